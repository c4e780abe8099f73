/**
 * Automatic local snapshots: a full backup kept inside the browser profile once a day (the newest
 * few kept), so a mistake can be undone without the user ever having saved a file. They live in a
 * database of their own, so the store's schema (and its migrations) never carry them.
 */
import { Dexie, type Table } from 'dexie';
import type { DatabaseDependencies, OpenDatabaseOptions } from '../database';
import type { WriteContext } from '../write-context';
import { parseBackup, serialiseBackup, type BackupFile } from './backup-file';
import { exportBackup } from './export';
import {
  restoreBackup,
  type RestoreMode,
  type RestoreProgress,
  type RestoreSummary,
} from './restore';

/** The snapshots database's name. Tests pass their own. */
export const SNAPSHOTS_DATABASE_NAME = 'bid-desk-snapshots';

/** Why a snapshot was taken. */
export type SnapshotReason = 'daily' | 'manual' | 'before-restore';

/** One snapshot, without its text (listing never loads the copies themselves). */
export interface SnapshotInfo {
  id: string;
  /** ISO instant. */
  takenAt: string;
  reason: SnapshotReason;
  /** Size of the serialised backup (UTF-8 bytes). */
  sizeBytes: number;
  summary: { opportunities: number; decisions: number; checklistItems: number };
}

/** A snapshot's serialised backup, kept apart so the list stays small to read. */
export interface SnapshotText {
  id: string;
  text: string;
}

/** The snapshots' own database (never the store's schema: its migrations need not carry them). */
export class SnapshotsDatabase extends Dexie {
  snapshots!: Table<SnapshotInfo, string>;
  snapshotTexts!: Table<SnapshotText, string>;

  constructor(name: string, deps?: DatabaseDependencies) {
    super(name, { ...deps });
    // Append only, as the main schema: see schema.ts.
    this.version(1).stores({ snapshots: 'id, takenAt', snapshotTexts: 'id' });
  }
}

/** Open (creating) the snapshots database. */
export async function openSnapshots(options: OpenDatabaseOptions = {}): Promise<SnapshotsDatabase> {
  const db = new SnapshotsDatabase(options.name ?? SNAPSHOTS_DATABASE_NAME, {
    indexedDB: options.indexedDB ?? globalThis.indexedDB,
    IDBKeyRange: options.IDBKeyRange ?? globalThis.IDBKeyRange,
  });
  await db.open();
  return db;
}

/** How often, how many, and which Bid Desk takes them. */
export interface SnapshotPolicy {
  /** A snapshot is due when the newest is at least this old. Default 24. */
  everyHours?: number;
  /** How many snapshots are kept (the newest). Default 7. */
  keep?: number;
  /** Recorded in the backup's `app.version`. */
  appVersion?: string;
}

const DEFAULT_EVERY_HOURS = 24;
const DEFAULT_KEEP = 7;

/** The snapshots, newest first. */
export async function listSnapshots(snapshots: SnapshotsDatabase): Promise<SnapshotInfo[]> {
  return snapshots.snapshots.orderBy('takenAt').reverse().toArray();
}

/**
 * Take a snapshot of the whole store now and keep only the newest `keep` (default 7). Returns it.
 */
export async function takeSnapshot(
  db: Dexie,
  snapshots: SnapshotsDatabase,
  ctx: WriteContext,
  options: SnapshotPolicy & { reason?: SnapshotReason } = {},
): Promise<SnapshotInfo> {
  const file = await exportBackup(db, { ...ctx, appVersion: options.appVersion ?? 'unknown' });
  const text = serialiseBackup(file);
  const info: SnapshotInfo = {
    id: crypto.randomUUID(),
    takenAt: ctx.now.toISOString(),
    reason: options.reason ?? 'manual',
    sizeBytes: new Blob([text]).size,
    summary: summarise(file),
  };
  await snapshots.transaction('rw', snapshots.snapshots, snapshots.snapshotTexts, async () => {
    await Promise.all([
      snapshots.snapshots.add(info),
      snapshots.snapshotTexts.add({ id: info.id, text }),
    ]);
    const old = await snapshots.snapshots
      .orderBy('takenAt')
      .reverse()
      .offset(options.keep ?? DEFAULT_KEEP)
      .primaryKeys();
    await Promise.all([
      snapshots.snapshots.bulkDelete(old),
      snapshots.snapshotTexts.bulkDelete(old),
    ]);
  });
  return info;
}

/**
 * The start-up call: take a snapshot when the newest is older than `everyHours` (24) or there is
 * none, then keep the newest `keep` (7). A store without opportunities is not snapshotted: an
 * empty copy would only push an older, useful one out. Returns the snapshot taken, or null.
 */
export async function takeSnapshotIfDue(
  db: Dexie,
  snapshots: SnapshotsDatabase,
  now: Date,
  policy: SnapshotPolicy = {},
): Promise<SnapshotInfo | null> {
  const newest = await snapshots.snapshots.orderBy('takenAt').last();
  const everyMs = (policy.everyHours ?? DEFAULT_EVERY_HOURS) * 3_600_000;
  if (newest && now.getTime() - Date.parse(newest.takenAt) < everyMs) return null;
  if ((await db.table('opportunities').count()) === 0) return null;
  return takeSnapshot(db, snapshots, { now, user: 'Bid Desk' }, { ...policy, reason: 'daily' });
}

/** The snapshot's backup, read back from its text. */
export async function readSnapshot(snapshots: SnapshotsDatabase, id: string): Promise<BackupFile> {
  const row = await snapshots.snapshotTexts.get(id);
  if (!row) throw new Error('That snapshot is no longer kept. Nothing has been changed.');
  return parseBackup(row.text);
}

/** What restoring a snapshot did, and the snapshot of the store taken just before. */
export interface SnapshotRestore {
  summary: RestoreSummary;
  /** The store as it was before (replace only): restoring it undoes the restore. */
  before: SnapshotInfo | null;
}

/**
 * Restore a snapshot. `replace` (the default, what "undo a mistake" means) empties the store
 * and puts back exactly the snapshot, after first snapshotting the store as it is, so the restore
 * itself can be undone; `merge` restores as a backup file does (`restoreBackup`).
 */
export async function restoreSnapshot(
  db: Dexie,
  snapshots: SnapshotsDatabase,
  id: string,
  ctx: WriteContext,
  options: { mode?: RestoreMode; onProgress?: RestoreProgress } & SnapshotPolicy = {},
): Promise<SnapshotRestore> {
  const mode = options.mode ?? 'replace';
  const file = await readSnapshot(snapshots, id);
  const before =
    mode === 'replace'
      ? await takeSnapshot(db, snapshots, ctx, { ...options, reason: 'before-restore' })
      : null;
  const summary = await restoreBackup(db, file, ctx, { mode, onProgress: options.onProgress });
  return { summary, before };
}

function summarise(file: BackupFile): SnapshotInfo['summary'] {
  const count = (table: string) => file.tables[table]?.length ?? 0;
  return {
    opportunities: count('opportunities'),
    decisions: count('decisions'),
    checklistItems: count('checklistItems'),
  };
}
