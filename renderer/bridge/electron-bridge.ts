/**
 * The Bridge inside Electron: a thin layer over the preload's `window.bidDesk`. Main reads the
 * files from disk by path, so the renderer never holds a large file in memory; the page hands
 * the preload the dropped `File`s and never handles a path itself.
 */
import type {
  BidDeskApi,
  DroppedFileStart,
  ImportOutcome,
  ImportUpdate,
} from '../../shared/ipc/contract';
import type { Bridge } from './bridge';
import { isWebUrl } from './web-url';

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
      // The preload finds each file's path and starts the import; the page never sees a path.
      let starts: DroppedFileStart[] | null = null;
      try {
        starts = await api.importFiles(files);
      } catch (error: unknown) {
        console.error('Bid Desk: main could not start the import', error);
      }
      const failures: ImportUpdate[] = [];
      const jobIds = files.map((file, index) => {
        const start = starts?.length === files.length ? starts[index] : undefined;
        if (start?.jobId) return start.jobId;
        const jobId = newJobId();
        failures.push(
          start !== undefined && 'problem' in start && start.problem === 'no-path'
            ? failed(jobId, file, 'no-path', noPathMessage(file.name))
            : failed(jobId, file, 'not-started', startFailedMessage(file.name)),
        );
        return jobId;
      });
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
