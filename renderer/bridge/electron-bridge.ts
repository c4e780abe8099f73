/**
 * The Bridge inside Electron: a thin layer over the preload's `window.bidDesk`. Main reads the
 * files from disk by path, so the renderer never holds a large file in memory.
 */
import type { BidDeskApi, ImportOutcome, ImportUpdate } from '../../shared/ipc/contract';
import type { Bridge } from './bridge';
import { isWebUrl } from './web-url';

/** The contract accepts at most this many paths per call (see `import:paths`). */
const PATHS_PER_CALL = 200;

export interface ElectronBridgeOptions {
  newJobId?: () => string;
}

/** Create the Electron Bridge over the preload API. */
export function createElectronBridge(api: BidDeskApi, options: ElectronBridgeOptions = {}): Bridge {
  const newJobId = options.newJobId ?? (() => crypto.randomUUID());
  // Files main cannot import (no path, or the call failed) are reported from here, beside main's
  // own updates, so the app sees every file end in exactly one `done`.
  const local = new Set<(update: ImportUpdate) => void>();

  const reportLater = (updates: ImportUpdate[]): void => {
    if (updates.length === 0) return;
    // After `importFiles` resolves, so the app already knows the job ids when they arrive.
    setTimeout(() => {
      for (const update of updates) for (const listener of [...local]) listener(update);
    }, 0);
  };

  return {
    kind: 'electron',
    importFiles: async (files) => {
      const jobIds: string[] = new Array<string>(files.length);
      const failures: ImportUpdate[] = [];
      const withPaths: { index: number; path: string }[] = [];
      files.forEach((file, index) => {
        const path = pathOf(api, file);
        if (path) withPaths.push({ index, path });
        else {
          jobIds[index] = newJobId();
          failures.push(failed(jobIds[index], file, 'no-path', noPathMessage(file.name)));
        }
      });
      for (let start = 0; start < withPaths.length; start += PATHS_PER_CALL) {
        const batch = withPaths.slice(start, start + PATHS_PER_CALL);
        const ids = await importBatch(
          api,
          batch.map((entry) => entry.path),
        );
        batch.forEach(({ index }, i) => {
          const file = files[index] as File;
          const id = ids?.[i];
          if (id) jobIds[index] = id;
          else {
            jobIds[index] = newJobId();
            failures.push(
              failed(jobIds[index], file, 'not-started', startFailedMessage(file.name)),
            );
          }
        });
      }
      reportLater(failures);
      return jobIds;
    },
    chooseFiles: async () => (await api.chooseFiles()).jobIds,
    cancelImport: (jobId) => {
      api.cancelImport(jobId).catch((error: unknown) => {
        console.error('Bid Desk: could not cancel the import', error);
      });
    },
    onImportUpdate: (listener) => {
      local.add(listener);
      const unsubscribe = api.onImportUpdate(listener);
      return () => {
        local.delete(listener);
        unsubscribe();
      };
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    openExternal: (url) => {
      // Main refuses other schemes too; checking here keeps a bad link from becoming an IPC error.
      if (!isWebUrl(url)) {
        console.warn('Bid Desk: refused to open a link that is not http(s):', url);
        return;
      }
      api.openExternal(url).catch((error: unknown) => {
        console.error('Bid Desk: could not open the link', error);
      });
    },
    saveText: async (name, mime, text) =>
      (await api.saveExport({ defaultName: name, mime, text })).saved,
    printToPdf: async (name) => (await api.exportPdf({ defaultName: name })).saved,
  };
}

function pathOf(api: BidDeskApi, file: File): string {
  try {
    return api.pathForFile(file);
  } catch {
    return '';
  }
}

async function importBatch(api: BidDeskApi, paths: string[]): Promise<string[] | null> {
  try {
    const { jobIds } = await api.importPaths(paths);
    return jobIds.length === paths.length ? jobIds : null;
  } catch (error: unknown) {
    console.error('Bid Desk: main could not start the import', error);
    return null;
  }
}

/** Why this side, not main, ends a job: the file has no path, or main would not start it. */
type LocalFailure = 'no-path' | 'not-started';

function failed(jobId: string, file: File, code: LocalFailure, message: string): ImportUpdate {
  const outcome: ImportOutcome = { ok: false, error: { code, message, details: {} } };
  return {
    jobId,
    fileName: file.name,
    phase: 'done',
    bytesRead: 0,
    totalBytes: file.size,
    outcome,
    sourceText: null,
  };
}

function noPathMessage(name: string): string {
  return `Bid Desk could not open “${name}” because it is not saved on this computer (it may have been dragged from a web page or an email). Save it to a folder first, then import it from there.`;
}

function startFailedMessage(name: string): string {
  return `Bid Desk could not start importing “${name}”. Nothing was imported. Try again, and if it keeps happening, restart Bid Desk.`;
}
