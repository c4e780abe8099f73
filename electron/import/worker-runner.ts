import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  errorOutcome,
  internalOutcome,
  type ImportJobResult,
  type ImportJobRunner,
} from './import-jobs';
import { importWorkerLimits } from './worker-limits';
import type { FromImportWorker, ImportWorkerData, ToImportWorker } from './worker-protocol';

export interface WorkerRunnerOptions {
  /** The bundled worker script (dist/electron/import-worker.cjs). */
  workerPath: string;
  /**
   * How long a cancelled worker may take to stop by itself. The engine checks for cancel
   * between chunks, but the final parse of a small file is one synchronous step; after this the
   * thread is terminated, which always works.
   */
  cancelGraceMs?: number;
  /** Reported when a worker fails to start or crashes (main logs it). */
  onCrash?: (job: { fileName: string }, error: unknown) => void;
}

/**
 * Where the worker script is at run time. Packaged, it is unpacked from app.asar (see
 * `asarUnpack` in build/electron-builder.config.ts) because a worker thread's loader has not
 * always been able to read inside the archive (electron/electron#22446).
 */
export function importWorkerPath(appPath: string): string {
  return path
    .join(appPath, 'dist', 'electron', 'import-worker.cjs')
    .replace(/\.asar([\\/])/, '.asar.unpacked$1');
}

/** The file's size, or null when it cannot be read (the worker then says why). */
async function sizeOf(filePath: string): Promise<number | null> {
  try {
    return (await stat(filePath)).size;
  } catch {
    return null;
  }
}

/**
 * An ImportJobRunner that imports each file in its own worker thread, with the resource limits
 * that suit the file's size (worker-limits.ts).
 */
export function createWorkerRunner(options: WorkerRunnerOptions): ImportJobRunner {
  const grace = options.cancelGraceMs ?? 300;
  return async (job, { signal, onProgress }) => {
    const resourceLimits = importWorkerLimits(await sizeOf(job.path));
    return new Promise<ImportJobResult>((resolve) => {
      const workerData: ImportWorkerData = { path: job.path };
      const worker = new Worker(options.workerPath, { workerData, resourceLimits });
      let settled = false;
      let timer: ReturnType<typeof setTimeout> | undefined;

      const finish = (result: ImportJobResult): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        void worker.terminate();
        resolve(result);
      };
      const crashed = (error: unknown): void => {
        if (settled) return;
        options.onCrash?.(job, error);
        finish({ outcome: internalOutcome(job.fileName), sourceText: null });
      };
      function onAbort(): void {
        const message: ToImportWorker = { type: 'cancel' };
        worker.postMessage(message);
        timer = setTimeout(
          () => finish({ outcome: errorOutcome('cancelled', job.fileName), sourceText: null }),
          grace,
        );
      }

      worker.on('message', (message: FromImportWorker) => {
        if (message.type === 'progress') {
          if (!settled)
            onProgress({ bytesRead: message.bytesRead, totalBytes: message.totalBytes });
        } else {
          finish({ outcome: message.outcome, sourceText: message.sourceText });
        }
      });
      worker.on('error', crashed);
      worker.on('exit', (code) =>
        crashed(new Error(`Import worker exited with code ${code} before answering.`)),
      );
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    });
  };
}
