/**
 * Entry point of the import worker thread (bundled to dist/electron/import-worker.cjs). One
 * worker imports one file so that parsing a large notice never blocks main's event loop, and a
 * cancelled or crashed import can be thrown away with the thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { importFileAtPath } from './import-file';
import type { FromImportWorker, ImportWorkerData, ToImportWorker } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('import-worker.ts must run as a worker thread.');

const { path } = workerData as ImportWorkerData;
const controller = new AbortController();
const post = (message: FromImportWorker): void => port.postMessage(message);

// 'cancel' is the only message main sends (ToImportWorker).
port.on('message', (_message: ToImportWorker) => controller.abort());

void importFileAtPath(path, {
  signal: controller.signal,
  onProgress: ({ bytesRead, totalBytes }) => post({ type: 'progress', bytesRead, totalBytes }),
}).then((result) => {
  post({ type: 'done', ...result });
  // Nothing more to do: closing the port lets the thread end on its own.
  port.close();
});
