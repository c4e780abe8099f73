/**
 * The Bridge when Bid Desk runs in a plain browser: files come from the page's file input or a
 * drop, and are parsed in a module Web Worker so the page stays responsive.
 */
import { ImportUpdate } from '../../shared/ipc/contract';
import type { Bridge, MenuCommand } from './bridge';
import { downloadFile } from './download-file';
import type { ImportWorkerRequest } from './import-job';
import { isWebUrl } from './web-url';

/** The page's end of the import worker, reduced to what the bridge needs (tests pass a fake). */
export interface ImportWorkerPort {
  send(request: ImportWorkerRequest): void;
  /** `onFailure` is for the worker failing as a whole (it could not load, or crashed). */
  listen(onMessage: (data: unknown) => void, onFailure: (reason: string) => void): void;
}

export interface BrowserBridgeOptions {
  /** Starts the worker on first import; defaults to the real module worker. */
  startWorker?: () => ImportWorkerPort;
  /** Opens a URL in a new tab; defaults to `window.open`. */
  openWindow?: (url: string) => void;
  /** Offers a file as a download; defaults to `downloadFile`. */
  download?: (name: string, mime: string, data: string) => void;
  /** Opens the print dialog; defaults to `window.print`. */
  print?: () => void;
  newJobId?: () => string;
}

interface PendingJob {
  fileName: string;
  bytesRead: number;
  totalBytes: number | null;
}

/** Create the browser-mode Bridge. One worker serves every import and starts on first use. */
export function createBrowserBridge(options: BrowserBridgeOptions = {}): Bridge {
  const startWorker = options.startWorker ?? startImportWorker;
  const openWindow =
    options.openWindow ?? ((url: string) => window.open(url, '_blank', 'noopener,noreferrer'));
  const newJobId = options.newJobId ?? (() => crypto.randomUUID());
  const download = options.download ?? downloadFile;
  const print = options.print ?? (() => window.print());
  const listeners = new Set<(update: ImportUpdate) => void>();
  const pending = new Map<string, PendingJob>();
  let worker: ImportWorkerPort | null = null;

  const emit = (update: ImportUpdate): void => {
    if (update.phase === 'done') pending.delete(update.jobId);
    else {
      const job = pending.get(update.jobId);
      if (job) job.bytesRead = update.bytesRead;
    }
    for (const listener of [...listeners]) listener(update);
  };

  const fail = (jobId: string, job: PendingJob, message: string): void =>
    emit({
      jobId,
      fileName: job.fileName,
      phase: 'done',
      bytesRead: job.bytesRead,
      totalBytes: job.totalBytes,
      outcome: { ok: false, error: { code: 'internal', message, details: {} } },
      sourceText: null,
    });

  const onMessage = (data: unknown): void => {
    const parsed = ImportUpdate.safeParse(data);
    const jobId = parsed.success ? parsed.data.jobId : jobIdOf(data);
    const job = jobId === null ? undefined : pending.get(jobId);
    // Only jobs this page started are reported; anything else is stale or foreign.
    if (!job || jobId === null) return;
    if (parsed.success) return emit(parsed.data);
    console.error('Bid Desk: the import worker sent a malformed update', parsed.error.issues);
    // Better a clear failure than a progress bar that never finishes.
    fail(jobId, job, internalMessage(job.fileName));
  };

  const onFailure = (reason: string): void => {
    console.error('Bid Desk: the import worker failed:', reason);
    worker = null;
    for (const [jobId, job] of [...pending]) fail(jobId, job, internalMessage(job.fileName));
  };

  const port = (): ImportWorkerPort => {
    if (worker) return worker;
    const started = startWorker();
    started.listen(onMessage, onFailure);
    worker = started;
    return started;
  };

  return {
    kind: 'browser',
    chooseFiles: null,
    importFiles: async (files) => {
      if (files.length === 0) return [];
      const target = port();
      return files.map((file) => {
        const jobId = newJobId();
        pending.set(jobId, { fileName: file.name, bytesRead: 0, totalBytes: file.size });
        target.send({ type: 'start', jobId, file });
        return jobId;
      });
    },
    cancelImport: (jobId) => {
      if (pending.has(jobId)) worker?.send({ type: 'cancel', jobId });
    },
    onImportUpdate: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    // A browser page has no native menu; the app's own keyboard shortcuts stand in for it.
    onMenuCommand: (_listener: (command: MenuCommand) => void) => () => undefined,
    openExternal: (url) => {
      if (isWebUrl(url)) openWindow(url);
      else console.warn('Bid Desk: refused to open a link that is not http(s):', url);
    },
    saveText: async (name, mime, text) => {
      download(name, mime, text);
      return true;
    },
    printToPdf: async (name) => {
      // Browsers suggest the page title as the PDF's file name.
      const title = document.title;
      document.title = name.replace(/\.pdf$/i, '');
      try {
        print();
      } finally {
        document.title = title;
      }
      return true;
    },
  };
}

function startImportWorker(): ImportWorkerPort {
  // Vite spots this exact `new Worker(new URL(...))` form and bundles the worker as its own file.
  const worker = new Worker(new URL('./browser-import-worker.ts', import.meta.url), {
    type: 'module',
  });
  return {
    send: (request) => worker.postMessage(request),
    listen: (onMessage, onFailure) => {
      worker.addEventListener('message', (event) => onMessage(event.data));
      worker.addEventListener('messageerror', () =>
        console.error('Bid Desk: a message from the import worker could not be read'),
      );
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        worker.terminate();
        onFailure(event.message || 'the worker could not start');
      });
    },
  };
}

function jobIdOf(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || !('jobId' in data)) return null;
  return typeof data.jobId === 'string' ? data.jobId : null;
}

function internalMessage(fileName: string): string {
  return `Bid Desk could not read “${fileName}” because of a problem in Bid Desk itself. Nothing was imported. Please report it with the file.`;
}
