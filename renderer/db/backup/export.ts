/** Writing the whole store into one backup file. */
import type { Dexie } from 'dexie';
import { SCHEMA_VERSION } from '../schema';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile } from './backup-file';

/** Who makes the backup, when, and with which Bid Desk. */
export interface BackupContext {
  now: Date;
  /** Recorded as `exportedBy`. */
  user: string;
  /** The app's version, recorded for support questions; rows are versioned by `schemaVersion`. */
  appVersion: string;
}

/**
 * Every row of every table (including `meta`, and any table a later schema version adds: the
 * tables come from the database, not a list), read in one transaction so the backup is one
 * consistent moment even while an import is saving.
 */
export async function exportBackup(db: Dexie, ctx: BackupContext): Promise<BackupFile> {
  const tables = await db.transaction('r', db.tables, async () => {
    const rows = await Promise.all(db.tables.map((table) => table.toArray()));
    return Object.fromEntries(db.tables.map((table, i) => [table.name, rows[i] ?? []]));
  });
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: ctx.now.toISOString(),
    exportedBy: ctx.user,
    app: { version: ctx.appVersion },
    tables,
  };
}

/** How many rows each table of a backup holds (for summaries and snapshot lists). */
export function countRows(file: BackupFile): Record<string, number> {
  return Object.fromEntries(Object.entries(file.tables).map(([name, rows]) => [name, rows.length]));
}
