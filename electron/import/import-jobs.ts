import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ImportOutcome, ImportUpdate } from '../../shared/ipc/contract';
import { importError } from '../../shared/import/errors';
import { ProgressThrottle } from './progress-throttle';

/** One file to import, as the runner sees it. */
export interface ImportJob {
  jobId: string;
  path: string;
  fileName: string;
}

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number | null;
}

/** What a finished file produced: the engine's outcome and, when small enough, its text. */
export interface ImportJobResult {
  outcome: ImportOutcome;
  sourceText: string | null;
}

/**
 * Reads and imports one file off the UI thread (see worker-runner.ts). Must resolve, never
 * reject, with a `cancelled` outcome when the signal aborts; a rejection is reported to the
 * user as a problem in Bid Desk.
 */
export type ImportJobRunner = (
  job: ImportJob,
  context: { signal: AbortSignal; onProgress: (progress: ImportProgress) => void },
) => Promise<ImportJobResult>;

export interface ImportJobsOptions {
  run: ImportJobRunner;
  /** Where updates go (main sends them to the window as `import:update`). */
  emit: (update: ImportUpdate) => void;
  /** Files imported at once; the rest wait in order. Two keeps a 2-core laptop responsive. */
  concurrency?: number;
  /** Minimum time between two progress updates of one file (100 ms = 10 a second). */
  progressIntervalMs?: number;
  now?: () => number;
  newId?: () => string;
}

interface Entry {
  job: ImportJob;
  controller: AbortController;
  throttle: ProgressThrottle;
  bytesRead: number;
  totalBytes: number | null;
  running: boolean;
}

/**
 * The bookkeeping of imports in main: one id per file, a queue with a concurrency limit,
 * throttled progress, cancellation of waiting and running files, and exactly one `done` update
 * per file whatever happens.
 */
export class ImportJobs {
  private readonly waiting: Entry[] = [];
  private readonly entries = new Map<string, Entry>();
  private runningCount = 0;
  private readonly concurrency: number;
  private readonly intervalMs: number;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(private readonly options: ImportJobsOptions) {
    this.concurrency = Math.max(1, options.concurrency ?? 2);
    this.intervalMs = options.progressIntervalMs ?? 100;
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? randomUUID;
  }

  /**
   * Queue files for import. Each gets an id and an immediate `reading` update with its name, so
   * the renderer can list it before any byte is read. Returns the ids in the order given.
   */
  start(paths: readonly string[]): string[] {
    const ids: string[] = [];
    for (const filePath of paths) {
      const job: ImportJob = {
        jobId: this.newId(),
        path: filePath,
        fileName: path.basename(filePath),
      };
      const entry: Entry = {
        job,
        controller: new AbortController(),
        throttle: new ProgressThrottle(this.intervalMs, this.now),
        bytesRead: 0,
        totalBytes: null,
        running: false,
      };
      this.entries.set(job.jobId, entry);
      this.waiting.push(entry);
      ids.push(job.jobId);
      this.update(entry, 'reading');
    }
    this.pump();
    return ids;
  }

  /**
   * Cancel one file. A waiting file finishes at once as `cancelled`; a running one is asked to
   * stop and finishes when its runner returns. False when the id is unknown or already done.
   */
  cancel(jobId: string): boolean {
    const entry = this.entries.get(jobId);
    if (!entry || entry.controller.signal.aborted) return false;
    entry.controller.abort();
    if (!entry.running) {
      this.waiting.splice(this.waiting.indexOf(entry), 1);
      this.finish(entry, {
        outcome: errorOutcome('cancelled', entry.job.fileName),
        sourceText: null,
      });
    }
    return true;
  }

  /** Cancel everything, e.g. when the window closes. */
  cancelAll(): void {
    for (const jobId of [...this.entries.keys()]) this.cancel(jobId);
  }

  /** Files not finished yet (waiting or running). */
  get pending(): number {
    return this.entries.size;
  }

  private pump(): void {
    while (this.runningCount < this.concurrency) {
      const entry = this.waiting.shift();
      if (!entry) return;
      this.runningCount++;
      entry.running = true;
      void this.runOne(entry);
    }
  }

  private async runOne(entry: Entry): Promise<void> {
    let result: ImportJobResult;
    try {
      result = await this.options.run(entry.job, {
        signal: entry.controller.signal,
        onProgress: (progress) => this.progress(entry, progress),
      });
    } catch {
      // The runner promises never to reject; if it does, the file still gets its answer.
      result = { outcome: internalOutcome(entry.job.fileName), sourceText: null };
    }
    if (entry.controller.signal.aborted) {
      // The user was told the file is cancelled: a parse that finished in the same instant must
      // not import it after all.
      result = { outcome: errorOutcome('cancelled', entry.job.fileName), sourceText: null };
    }
    this.runningCount--;
    this.finish(entry, result);
    this.pump();
  }

  private progress(entry: Entry, progress: ImportProgress): void {
    if (!this.entries.has(entry.job.jobId)) return;
    entry.bytesRead = progress.bytesRead;
    entry.totalBytes = progress.totalBytes;
    if (entry.throttle.take()) this.update(entry, 'reading');
  }

  private finish(entry: Entry, result: ImportJobResult): void {
    if (!this.entries.delete(entry.job.jobId)) return;
    this.update(entry, 'done', result);
  }

  private update(entry: Entry, phase: ImportUpdate['phase'], result?: ImportJobResult): void {
    const update: ImportUpdate = {
      jobId: entry.job.jobId,
      fileName: entry.job.fileName,
      phase,
      bytesRead: entry.bytesRead,
      totalBytes: entry.totalBytes,
    };
    if (result) {
      update.outcome = result.outcome;
      update.sourceText = keepsText(result.outcome) ? result.sourceText : null;
    }
    this.options.emit(update);
  }
}

/**
 * Whether a file's text may go back to the renderer: only a notice's (stored so a newer engine
 * can re-read it) or a commissioning strategy's (kept as a reference document for the buyer).
 * Of any other file, a password file or a key the page was tricked into asking for, the renderer
 * learns only the name and why it is not a notice.
 */
export function keepsText(outcome: ImportOutcome): boolean {
  return outcome.ok || outcome.error.code === 'commissioning-strategy';
}

/** A failed outcome with the engine's standard sentence for `code`. */
export function errorOutcome(code: 'cancelled', fileName: string): ImportOutcome {
  const error = importError(code, fileName);
  return { ok: false, error: { code, message: error.message, details: {} } };
}

/** The outcome for a failure of Bid Desk itself (a crashed worker, an invalid result). */
export function internalOutcome(fileName: string): ImportOutcome {
  return {
    ok: false,
    error: {
      code: 'internal',
      message: `Bid Desk could not read “${fileName}” because of a problem in Bid Desk itself. Nothing was imported. Please report it with the file.`,
      details: {},
    },
  };
}
