import type { ImportOutcome } from '../../shared/ipc/contract';

/** What main gives the import worker when it starts: one file per worker. */
export interface ImportWorkerData {
  path: string;
}

/** Main → worker. */
export type ToImportWorker = { type: 'cancel' };

/** Worker → main. */
export type FromImportWorker =
  | { type: 'progress'; bytesRead: number; totalBytes: number | null }
  | { type: 'done'; outcome: ImportOutcome; sourceText: string | null };
