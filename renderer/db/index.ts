/** The local store: open the database, then read and write only through these repositories. */
export * from './database';
export * from './buyer-repository';
export * from './demo-data';
export * from './import-repository';
export * from './entry-repository';
export * from './meta-repository';
export * from './opportunity-repository';
export * from './persistent-storage';
export * from './records';
export * from './reference-repository';
export * from './reread-repository';
export * from './schema';
export * from './source-file-repository';
export type { WriteContext } from './write-context';
export * from './workspace';
export * from './notice-record';
