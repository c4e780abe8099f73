/** Restoring a backup file into the store: first a preview of what changes, then one transaction. */
import type { Dexie } from 'dexie';
import { noticeIndexes } from '../notice-record';
import type { NoticeSnapshotRecord } from '../records';
import { SCHEMA_VERSION } from '../schema';
import type { WriteContext } from '../write-context';
import type { BackupFile } from './backup-file';
import {
  matchOpportunities,
  planRestore,
  type RestorePlan,
  type RestorePreview,
  type TableCounts,
} from './restore-writes';
import { checkRows, tableShapes, type Row, type TableShape } from './rows';
import { dependenciesOf, upgradeBackup } from './upgrade-backup';
import { Slices, WriteProgress, type WriteProgressReport } from '../write-progress';

/**
 * `merge`: the backup's opportunities (matched by ocid) and settings win; everything else stays.
 * `replace`: the store is emptied first, so it ends holding exactly the backup (undoing a mistake
 * from a snapshot).
 */
export type RestoreMode = 'merge' | 'replace';

/** What a restore did. */
export interface RestoreSummary {
  mode: RestoreMode;
  fromSchemaVersion: number;
  /** Opportunities the store did not have. */
  added: number;
  /** Stored opportunities the backup's copy replaced (their rows or the user's records differed). */
  updated: number;
  unchanged: number;
  tables: Record<string, TableCounts>;
  /** The keys of the settings the backup's values replaced (see `RestorePreview`). */
  settingsChanged: string[];
  restoredAt: string;
  restoredBy: string;
}

/**
 * What restoring `backup` (merging) would change, for the user to confirm. Reads only; an older
 * backup is brought up to date in a scratch database first, as the restore will.
 */
export async function previewRestore(db: Dexie, backup: BackupFile): Promise<RestorePreview> {
  const current = withNoticeIndexes(await upgradeBackup(backup, dependenciesOf(db)));
  const shapes = tableShapes(db);
  checkRows(shapes, current.tables);
  const plan = await db.transaction('r', db.tables, () =>
    planAgainstStore(db, shapes, current, backup.schemaVersion),
  );
  return plan.preview;
}

/**
 * Restore a backup in one transaction: if anything fails, nothing is written. Merging (the
 * default): for each opportunity in the backup (matched by ocid; by id when it has none) its
 * notice rows and the user's records become exactly the backup's, pointed at the stored
 * opportunity's id when the ocid is stored under another one; other opportunities are untouched;
 * settings merge (see `planRestore`). Replacing: every table is emptied first. A backup from an
 * older Bid Desk goes through the real upgrades first (`upgradeBackup`); a newer one is refused.
 */
export async function restoreBackup(
  db: Dexie,
  backup: BackupFile,
  ctx: WriteContext,
  options: { mode?: RestoreMode; onProgress?: RestoreProgress } = {},
): Promise<RestoreSummary> {
  const mode = options.mode ?? 'merge';
  const current = withNoticeIndexes(await upgradeBackup(backup, dependenciesOf(db)));
  const shapes = tableShapes(db);
  checkRows(shapes, current.tables);
  const preview = await db.transaction('rw', db.tables, async () => {
    if (mode === 'replace') await Promise.all(db.tables.map((table) => table.clear()));
    const plan = await planAgainstStore(db, shapes, current, backup.schemaVersion);
    // Emptied, the store lost the version its creation recorded: the rows are at this version.
    if (mode === 'replace') plan.puts.meta?.push({ key: 'schemaVersion', value: SCHEMA_VERSION });
    await write(db, shapes, plan, options.onProgress);
    return plan.preview;
  });
  return {
    mode,
    fromSchemaVersion: backup.schemaVersion,
    added: preview.newOpportunities.length,
    updated: preview.updatedOpportunities.length,
    unchanged: preview.unchanged,
    tables: preview.tables,
    settingsChanged: preview.settingsChanged,
    restoredAt: ctx.now.toISOString(),
    restoredBy: ctx.user,
  };
}

/**
 * The backup with each notice record's indexed keys computed from the record itself, as an import
 * writes them: a file's own (edited) `eventIds` or `eventDays` could otherwise point the event
 * lookups and This week at the wrong record. A record that is not one is left for `checkRows`.
 */
function withNoticeIndexes(file: BackupFile): BackupFile {
  const notices = file.tables.notices;
  if (!notices) return file;
  const indexed = notices.map((row) => {
    const record = row as Partial<NoticeSnapshotRecord> | null;
    if (!record?.notice || !Array.isArray(record.lots) || !Array.isArray(record.events)) return row;
    try {
      return { ...record, ...noticeIndexes(record.notice, record.events) };
    } catch {
      return row;
    }
  });
  return { ...file, tables: { ...file.tables, notices: indexed } };
}

/** Read the stored rows the backup meets and plan against them. Call inside a transaction. */
async function planAgainstStore(
  db: Dexie,
  shapes: readonly TableShape[],
  file: BackupFile,
  fromSchemaVersion: number,
): Promise<RestorePlan> {
  const backupOpportunities = (file.tables.opportunities ?? []) as Row[];
  const candidates = await storedCandidates(db, backupOpportunities);
  const matches = matchOpportunities(backupOpportunities, candidates, () => crypto.randomUUID());
  const matchedIds = [...matches.values()].flatMap((m) => (m.stored ? [m.targetId] : []));

  const stored: Record<string, Row[]> = {};
  await Promise.all(
    shapes.map(async (shape) => {
      stored[shape.name] = await storedRows(db, shape, matchedIds, file.tables[shape.name] ?? []);
    }),
  );
  return planRestore(shapes, file.tables, matches, stored, fromSchemaVersion);
}

/** Stored opportunities with a backup opportunity's ocid or id. */
async function storedCandidates(db: Dexie, backupRows: readonly Row[]): Promise<Row[]> {
  const table = db.table<Row, string>('opportunities');
  // Restoring into an empty store (a new machine, "replace") needs no lookups at all.
  if (backupRows.length === 0 || (await table.count()) === 0) return [];
  const ocids = backupRows.flatMap((row) => (typeof row.ocid === 'string' ? [row.ocid] : []));
  const [byOcid, byId] = await Promise.all([
    ocids.length ? table.where('ocid').anyOf(ocids).toArray() : [],
    table.bulkGet(backupRows.map((row) => row.id as string)),
  ]);
  const all = new Map<unknown, Row>();
  for (const row of [...byOcid, ...byId]) if (row) all.set(row.id, row);
  return [...all.values()];
}

/** The stored rows of one table that the backup's rows meet (see `planRestore`). */
async function storedRows(
  db: Dexie,
  shape: TableShape,
  matchedIds: readonly string[],
  backupRows: readonly unknown[],
): Promise<Row[]> {
  const table = db.table<Row, string | number>(shape.name);
  const present = (rows: Array<Row | undefined>) => rows.filter((row) => row !== undefined);
  switch (shape.kind) {
    case 'opportunities':
      return [];
    case 'meta':
      return table.toArray();
    case 'keyed':
      return matchedIds.length ? present(await table.bulkGet([...matchedIds])) : [];
    case 'child':
      return matchedIds.length ? table.where('opportunityId').anyOf(matchedIds).toArray() : [];
    case 'other': {
      if (backupRows.length === 0 || (await table.count()) === 0) return [];
      const keys = backupRows.map((row) => (row as Row)[shape.primaryKey] as string | number);
      return present(await table.bulkGet(keys));
    }
  }
}

/** Records written so far, of all the restore writes; called as each batch completes. */
export type RestoreProgress = WriteProgressReport;

/**
 * Every delete and put of the plan, in slices (see `Slices`): a table's deletes are issued before
 * its puts (IndexedDB runs them in order); puts go in batches that report as they complete.
 */
async function write(
  db: Dexie,
  shapes: readonly TableShape[],
  plan: RestorePlan,
  onProgress?: RestoreProgress,
): Promise<void> {
  const total = shapes.reduce((sum, shape) => sum + (plan.puts[shape.name]?.length ?? 0), 0);
  // Pauses answer through a read of the transaction's own (small) settings table.
  const slices = new Slices(() => db.table('meta').get('schemaVersion'));
  const progress = new WriteProgress(total, slices, onProgress);
  for (const shape of shapes) {
    const table = db.table(shape.name);
    const deletes = plan.deletes[shape.name] ?? [];
    // Before the puts (IndexedDB answers in order); not counted, as the total counts rows put.
    progress.add(deletes, (keys) => table.bulkDelete(keys), { counted: false });
    progress.add(plan.puts[shape.name] ?? [], (batch) => table.bulkPut(batch));
  }
  await progress.run();
}
