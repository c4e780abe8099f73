import { create } from 'zustand';
import {
  rereadStoredFiles,
  type RereadReport,
  type SavedOpportunity,
  type StoredFileReader,
} from '../../db';
import { services } from '../../app/services';
import { useImportStore } from './import-store';

/** What the user is told about stored files being read again by this version of Bid Desk. */
export interface RereadStatus {
  busy: boolean;
  /** Plain sentences: progress while busy, then what came of it. */
  sentences: string[];
  /** Opportunities Bid Desk now reads differently, to open. */
  readDifferently: SavedOpportunity[];
}

interface RereadState {
  status: RereadStatus | null;
  dismiss(): void;
}

export const useRereadStore = create<RereadState>((set) => ({
  status: null,
  dismiss() {
    set({ status: null });
  },
}));

/**
 * At start-up: read the stored files an older Bid Desk read with this one (see
 * `rereadStoredFiles`), saying so while it runs and what came of it after. Says nothing when
 * every file is up to date.
 */
export async function rereadStoredFilesOnStart(read: StoredFileReader): Promise<void> {
  const { db, now } = services();
  const show = (status: RereadStatus): void => {
    useRereadStore.setState({ status });
    useImportStore.setState({ lastMessage: status.sentences.join(' ') });
  };
  const report = await rereadStoredFiles(
    db,
    read,
    { now: now(), user: 'Bid Desk' },
    (done, total) => {
      if (done < total)
        show({ busy: true, sentences: [progressSentence(done, total)], readDifferently: [] });
    },
  );
  if (report.reread.length + report.withoutText.length + report.failed.length === 0) return;
  show({ busy: false, ...rereadSummary(report) });
}

/** "Reading 3 stored notice files again with this version of Bid Desk…" */
export function progressSentence(done: number, total: number): string {
  const files = total === 1 ? 'stored notice file' : `${total} stored notice files`;
  const count = total > 1 && done > 0 ? ` (${done} of ${total} done)` : '';
  return `Reading ${total === 1 ? 'a ' : ''}${files} again with this version of Bid Desk…${count}`;
}

/** What came of reading the stored files again, in plain sentences. */
export function rereadSummary(report: RereadReport): Omit<RereadStatus, 'busy'> {
  const readDifferently = report.reread.flatMap((r) =>
    r.summary.updated.map(({ id, title }) => ({ id, title })),
  );
  const sentences: string[] = [];
  const n = report.reread.length;
  if (n) {
    const files = n === 1 ? 'a stored notice file' : `${n} stored notice files`;
    sentences.push(
      readDifferently.length
        ? `Read ${files} again with this version of Bid Desk: it now reads ${readDifferently.length === 1 ? 'one notice' : `${readDifferently.length} notices`} differently (shown on ${readDifferently.length === 1 ? 'its page' : 'their pages'}).`
        : `Read ${files} again with this version of Bid Desk: every notice reads as before.`,
    );
  }
  for (const name of report.withoutText) {
    sentences.push(
      `“${name}” was too large to keep, so this version of Bid Desk could not read it again: re-import “${name}” to update it.`,
    );
  }
  for (const { fileName, message } of report.failed) {
    sentences.push(
      `This version of Bid Desk could not read “${fileName}” again, so its notices keep what the earlier version read (${message.replace(/\.$/, '')}).`,
    );
  }
  return { sentences, readDifferently };
}
