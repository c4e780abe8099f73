/** The bid workspace's domain: schemas, defaults and the pure logic screens and repositories use. */
export * from './model';
export * from './settings';
export * from './scoring';
export * from './checklist';
export * from './response-plan';
export * from './agenda';
export * from './organisation';
export * from './outcome';
export * from './weight-split';
export * from './bid-status';
