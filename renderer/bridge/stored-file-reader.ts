/**
 * Runs a stored notice file's text through the import engine again (see `rereadStoredFiles`).
 * Both hosts use the browser bridge's Web Worker for it: the text is already in the renderer, so
 * Electron's main process (which imports files by path) has nothing to add, and no IPC channel
 * is needed. Its own bridge, so these reads never reach the import panel as user imports.
 */
import type { ImportOutcome } from '../../shared/ipc/contract';
import { errorInWords } from '../lib/error-words';
import type { Bridge } from './bridge';
import { createBrowserBridge } from './browser-bridge';

/** Read stored texts one at a time with `bridge` (a browser bridge; tests pass a fake worker). */
export function createStoredFileReader(
  bridge: Bridge = createBrowserBridge(),
): (file: { fileName: string; text: string }) => Promise<ImportOutcome> {
  return ({ fileName, text }) =>
    new Promise((resolve) => {
      let jobId: string | null = null;
      const early = new Map<string, ImportOutcome>();
      const stop = bridge.onImportUpdate((update) => {
        if (update.phase !== 'done' || !update.outcome) return;
        if (jobId === null) early.set(update.jobId, update.outcome);
        else if (update.jobId === jobId) finish(update.outcome);
      });
      const finish = (outcome: ImportOutcome): void => {
        stop();
        resolve(outcome);
      };
      void bridge.importFiles([new File([text], fileName)]).then(
        ([id]) => {
          jobId = id ?? '';
          const outcome = early.get(jobId);
          if (outcome) finish(outcome);
        },
        (error: unknown) =>
          finish({
            ok: false,
            error: { code: 'internal', message: errorInWords(error), details: {} },
          }),
      );
    });
}
