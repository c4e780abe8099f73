import { create } from 'zustand';
import type { ImportOutcome, ImportUpdate } from '../../../shared/ipc/contract';
import type { ImportWarning } from '../../../shared/notice/model';
import { saveImport, saveReferenceDocument, type SaveImportSummary } from '../../db';
import { services, writeContext } from '../../app/services';
import { errorInWords } from '../../lib/error-words';

type ImportError = Extract<ImportOutcome, { ok: false }>['error'];

/** One file on its way in, as the user sees it in the import panel. */
export interface ImportJob {
  jobId: string;
  fileName: string;
  phase: 'reading' | 'saving' | 'done' | 'failed';
  bytesRead: number;
  totalBytes: number | null;
  /** While saving: records written so far, of the records the save writes. */
  saved: { written: number; total: number } | null;
  summary: SaveImportSummary | null;
  warnings: ImportWarning[];
  error: ImportError | null;
  /** For a commissioning strategy: its text, so the user can keep it as a reference document. */
  referenceText: string | null;
  /** Set once the user kept the file as a reference document. */
  keptAsReference: boolean;
}

interface ImportState {
  jobs: ImportJob[];
  /** The most recent finished import, for the status line. */
  lastMessage: string | null;
  /** Whether the import panel is open (folded, only its button in the header is left). */
  panelOpen: boolean;
  setPanelOpen(open: boolean): void;
  importFiles(files: readonly File[]): Promise<void>;
  chooseFiles(): Promise<boolean>;
  handleUpdate(update: ImportUpdate): Promise<void>;
  cancel(jobId: string): void;
  keepAsReference(jobId: string): Promise<void>;
  dismiss(jobId: string): void;
  clearFinished(): void;
}

const newJob = (jobId: string, fileName: string, totalBytes: number | null): ImportJob => ({
  jobId,
  fileName,
  phase: 'reading',
  bytesRead: 0,
  totalBytes,
  saved: null,
  summary: null,
  warnings: [],
  error: null,
  referenceText: null,
  keptAsReference: false,
});

export const useImportStore = create<ImportState>((set, get) => {
  const patch = (jobId: string, change: Partial<ImportJob>): void =>
    set((state) => ({
      jobs: state.jobs.map((job) => (job.jobId === jobId ? { ...job, ...change } : job)),
    }));
  const ensure = (jobId: string, fileName: string, totalBytes: number | null): void => {
    if (!get().jobs.some((j) => j.jobId === jobId)) {
      set((state) => ({ jobs: [...state.jobs, newJob(jobId, fileName, totalBytes)] }));
    }
  };

  return {
    jobs: [],
    lastMessage: null,
    panelOpen: true,

    setPanelOpen(open) {
      set({ panelOpen: open });
    },

    async importFiles(files) {
      if (files.length === 0) return;
      const ids = await services().bridge.importFiles(files);
      ids.forEach((id, i) => ensure(id, files[i]?.name ?? 'file', files[i]?.size ?? null));
    },

    async chooseFiles() {
      const choose = services().bridge.chooseFiles;
      if (!choose) return false;
      await choose();
      return true;
    },

    async handleUpdate(update) {
      ensure(update.jobId, update.fileName, update.totalBytes);
      if (update.phase === 'reading') {
        patch(update.jobId, { bytesRead: update.bytesRead, totalBytes: update.totalBytes });
        return;
      }
      const outcome = update.outcome;
      if (!outcome) return;
      if (!outcome.ok) {
        patch(update.jobId, {
          phase: 'failed',
          error: outcome.error,
          bytesRead: update.bytesRead,
          referenceText:
            outcome.error.code === 'commissioning-strategy' ? (update.sourceText ?? null) : null,
        });
        set({ lastMessage: outcome.error.message });
        return;
      }
      patch(update.jobId, {
        phase: 'saving',
        bytesRead: update.bytesRead,
        warnings: outcome.warnings,
      });
      try {
        const summary = await saveImport(
          services().db,
          {
            fileName: update.fileName,
            format: outcome.format,
            sourceText: update.sourceText ?? null,
            size: update.totalBytes ?? update.bytesRead,
            opportunities: outcome.opportunities,
            onProgress: (written, total) => patch(update.jobId, { saved: { written, total } }),
          },
          writeContext(),
        );
        patch(update.jobId, { phase: 'done', summary, saved: null });
        set({ lastMessage: summaryMessage(update.fileName, summary) });
      } catch (error: unknown) {
        const message =
          `“${update.fileName}” was read but could not be saved, so nothing from it was stored. ${errorInWords(error, '')}`.trim();
        patch(update.jobId, {
          phase: 'failed',
          error: { code: 'save-failed', message, details: {} },
        });
        set({ lastMessage: message });
      }
    },

    cancel(jobId) {
      services().bridge.cancelImport(jobId);
    },

    async keepAsReference(jobId) {
      const job = get().jobs.find((j) => j.jobId === jobId);
      if (!job?.referenceText || !job.error) return;
      await saveReferenceDocument(
        services().db,
        {
          fileName: job.fileName,
          title: job.error.details.title ?? null,
          buyerName: job.error.details.buyerName ?? null,
          text: job.referenceText,
        },
        writeContext(),
      );
      patch(jobId, { keptAsReference: true });
      set({
        lastMessage: `Kept “${job.fileName}” as a reference document${job.error.details.buyerName ? ` for ${job.error.details.buyerName}` : ''}.`,
      });
    },

    dismiss(jobId) {
      set((state) => ({ jobs: state.jobs.filter((j) => j.jobId !== jobId) }));
    },

    clearFinished() {
      set((state) => ({
        jobs: state.jobs.filter((j) => j.phase === 'reading' || j.phase === 'saving'),
      }));
    },
  };
});

/** True when the host has its own open dialog (Electron). */
export function hasNativeDialog(): boolean {
  return services().bridge.chooseFiles !== null;
}

/** "Imported “x.json”: 2 new, 1 updated (3 changes)." */
export function summaryMessage(fileName: string, summary: SaveImportSummary): string {
  const parts: string[] = [];
  if (summary.created.length) parts.push(`${summary.created.length} new`);
  if (summary.updated.length) {
    const changes = summary.updated.reduce((n, u) => n + u.changes.length, 0);
    parts.push(`${summary.updated.length} updated (${changes} change${changes === 1 ? '' : 's'})`);
  }
  if (summary.unchanged.length) parts.push(`${summary.unchanged.length} already up to date`);
  if (summary.olderIgnored.length)
    parts.push(`${summary.olderIgnored.length} older than the version you have, so kept yours`);
  const noun =
    summary.created.length +
      summary.updated.length +
      summary.unchanged.length +
      summary.olderIgnored.length ===
    1
      ? 'opportunity'
      : 'opportunities';
  return `Imported “${fileName}”: ${parts.join(', ') || `no ${noun}`}.`;
}
