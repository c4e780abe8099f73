/**
 * The backup screen's state and actions: backing up to a file, reading a backup and previewing
 * what restoring it changes, restoring after the user confirms, and the automatic snapshots.
 * Components call these actions; only the actions reach the store and the bridge.
 */
import { create } from 'zustand';
import { services, writeContext } from '../../app/services';
import { errorInWords } from '../../lib/error-words';
import {
  countRows,
  exportBackup,
  listSnapshots,
  parseBackup,
  previewRestore,
  restoreBackup,
  restoreSnapshot,
  serialiseBackup,
  takeSnapshot,
  takeSnapshotIfDue,
  type BackupFile,
  type RestorePreview,
  type SnapshotInfo,
} from '../../db/backup';
import { formatUkDateTime } from '../../../shared/calendar';
import { backupFileName, count, describeSummary, fileSize } from './backup-words';
import { APP_VERSION, snapshotsDatabase, SNAPSHOT_POLICY } from './snapshots-service';

/** A backup file read and previewed, waiting for the user to confirm. */
export interface PendingRestore {
  fileName: string;
  backup: BackupFile;
  preview: RestorePreview;
}

/** What is running (one thing at a time: the buttons are disabled meanwhile). */
export type BackupWork = 'backing-up' | 'reading' | 'restoring' | 'snapshotting';

/** How far a restore has written: records of the whole restore. */
export interface RestoreProgressState {
  written: number;
  total: number;
}

interface BackupState {
  working: BackupWork | null;
  /** While restoring: records written so far; null until the writing starts. */
  progress: RestoreProgressState | null;
  /** The last outcome, announced politely. */
  status: string;
  /** Why the last action failed (nothing was changed), announced as an alert. */
  error: string | null;
  pending: PendingRestore | null;
  /** Newest first; null until loaded. */
  snapshots: SnapshotInfo[] | null;
  /** The snapshot the user asked to restore, until they confirm or cancel. */
  confirming: SnapshotInfo | null;
  backUp(): Promise<void>;
  chooseBackupFile(file: File): Promise<void>;
  confirmRestore(): Promise<void>;
  cancelRestore(): void;
  loadSnapshots(): Promise<void>;
  takeSnapshotNow(): Promise<void>;
  askToRestoreSnapshot(snapshot: SnapshotInfo): void;
  confirmSnapshotRestore(): Promise<void>;
  cancelSnapshotRestore(): void;
}

/** The backup screen's UI state and actions (the data itself lives in IndexedDB). */
export const useBackupStore = create<BackupState>((set, get) => {
  /** Run one action: mark it running, clear the last outcome, turn a failure into a sentence. */
  const run = async (working: BackupWork, work: () => Promise<void>, failed: string) => {
    set({ working, error: null, status: '', progress: null });
    try {
      await work();
    } catch (error: unknown) {
      set({ error: `${failed} ${errorInWords(error)}` });
    } finally {
      set({ working: null, progress: null });
    }
  };
  const onProgress = (written: number, total: number) => set({ progress: { written, total } });
  const refresh = async () => set({ snapshots: await listSnapshots(await snapshotsDatabase()) });
  /** Before a restore writes anything, the store as it is becomes a snapshot: the way back. */
  const snapshotBeforeRestore = async () =>
    takeSnapshot(services().db, await snapshotsDatabase(), writeContext(), {
      ...SNAPSHOT_POLICY,
      reason: 'before-restore',
    });

  return {
    working: null,
    progress: null,
    status: '',
    error: null,
    pending: null,
    snapshots: null,
    confirming: null,

    backUp: () =>
      run(
        'backing-up',
        async () => {
          const { db, bridge, now } = services();
          const file = await exportBackup(db, { ...writeContext(), appVersion: APP_VERSION });
          const text = serialiseBackup(file);
          const name = backupFileName(now());
          const saved = await bridge.saveText(name, 'application/json', text);
          const rows = countRows(file);
          const what = count(rows.opportunities ?? 0, 'opportunity', 'opportunities');
          set({
            status: saved
              ? `Backed up ${what} and all their work to ${name} (${fileSize(new Blob([text]).size)}).`
              : 'Back-up cancelled: no file was saved.',
          });
        },
        'Could not back up.',
      ),

    chooseBackupFile: (file) =>
      run(
        'reading',
        async () => {
          set({ pending: null, confirming: null });
          const backup = parseBackup(await file.text());
          const preview = await previewRestore(services().db, backup);
          set({ pending: { fileName: file.name, backup, preview } });
        },
        `Could not restore from ${file.name}.`,
      ),

    confirmRestore: async () => {
      const pending = get().pending;
      if (!pending) return;
      await run(
        'restoring',
        async () => {
          const before = await snapshotBeforeRestore();
          const summary = await restoreBackup(services().db, pending.backup, writeContext(), {
            onProgress,
          });
          set({
            pending: null,
            status: `${describeSummary(summary, `from ${pending.fileName}`)} To undo, restore the snapshot of ${formatUkDateTime(before.takenAt)}.`,
          });
          await refresh();
        },
        'Nothing was restored.',
      );
    },

    cancelRestore: () => set({ pending: null, status: 'Restore cancelled: nothing was changed.' }),

    // Not through `run`: listing runs beside other work and must not clear its outcome.
    loadSnapshots: async () => {
      try {
        await refresh();
      } catch (error: unknown) {
        set({ snapshots: [], error: `Could not list the snapshots. ${errorInWords(error)}` });
      }
    },

    takeSnapshotNow: () =>
      run(
        'snapshotting',
        async () => {
          const taken = await takeSnapshot(
            services().db,
            await snapshotsDatabase(),
            writeContext(),
            { ...SNAPSHOT_POLICY, reason: 'manual' },
          );
          set({ status: `Snapshot taken: ${formatUkDateTime(taken.takenAt)}.` });
          await refresh();
        },
        'Could not take a snapshot.',
      ),

    askToRestoreSnapshot: (snapshot) => set({ confirming: snapshot, pending: null, error: null }),

    confirmSnapshotRestore: async () => {
      const snapshot = get().confirming;
      if (!snapshot) return;
      await run(
        'restoring',
        async () => {
          const { summary, before } = await restoreSnapshot(
            services().db,
            await snapshotsDatabase(),
            snapshot.id,
            writeContext(),
            { ...SNAPSHOT_POLICY, mode: 'replace', onProgress },
          );
          const undo = before
            ? ` To undo, restore the snapshot of ${formatUkDateTime(before.takenAt)}.`
            : '';
          set({
            confirming: null,
            status: `${describeSummary(summary, `the snapshot of ${formatUkDateTime(snapshot.takenAt)}`)}${undo}`,
          });
          await refresh();
        },
        'Nothing was restored.',
      );
    },

    cancelSnapshotRestore: () => set({ confirming: null }),
  };
});

/**
 * The start-up call: take the daily snapshot when the newest is a day old (or there is none) and
 * keep the newest 7. Never throws: a snapshot that cannot be taken must not stop Bid Desk.
 */
export async function takeDailySnapshot(): Promise<SnapshotInfo | null> {
  try {
    const { db, now } = services();
    const taken = await takeSnapshotIfDue(db, await snapshotsDatabase(), now(), SNAPSHOT_POLICY);
    if (taken && useBackupStore.getState().snapshots !== null) {
      await useBackupStore.getState().loadSnapshots();
    }
    return taken;
  } catch (error: unknown) {
    console.warn('Bid Desk could not take its daily snapshot:', error);
    return null;
  }
}
