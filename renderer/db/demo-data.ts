/**
 * First-run demo data: the seed notices, marked `isDemo`, removable in one action and restorable
 * (the UI's Undo) from what the removal returns.
 */
import type { Table } from 'dexie';
import type { BidDeskDatabase } from './database';
import type {
  NoticeSnapshotRecord,
  OpportunityRecord,
  ReferenceDocumentRecord,
  SourceFileRecord,
} from './records';

/**
 * Tables whose rows belong to one opportunity (indexed by `opportunityId`). A later feature's
 * table joins this list so its rows leave and come back with the demo: the workspace tables
 * (version 3) and bid outcomes (version 4) do, so trying out go/no-go or a checklist on a demo
 * notice leaves nothing behind.
 */
export const OPPORTUNITY_CHILD_TABLES = [
  'changeLog',
  'decisions',
  'engagementPlans',
  'checklistItems',
  'criterionPlans',
  'bidOutcomes',
  'stageMoves',
] as const;
type ChildTable = (typeof OPPORTUNITY_CHILD_TABLES)[number];
type RowOf<K extends keyof BidDeskDatabase> =
  BidDeskDatabase[K] extends Table<infer Row, string> ? Row : never;

/** Every row a removal deleted, per table. */
export type DemoBackup = {
  opportunities: OpportunityRecord[];
  notices: NoticeSnapshotRecord[];
  sourceFiles: SourceFileRecord[];
  referenceDocuments: ReferenceDocumentRecord[];
} & { [K in ChildTable]: Array<RowOf<K>> };

function demoTables(db: BidDeskDatabase): Table[] {
  return [
    db.opportunities,
    db.notices,
    db.sourceFiles,
    db.referenceDocuments,
    ...OPPORTUNITY_CHILD_TABLES.map((name) => db[name] as Table),
  ];
}

/**
 * Delete the demo data in one transaction: demo opportunities (not those a real import made
 * real) with every row that belongs to them, demo source files and demo reference documents.
 * Returns what was deleted, for `restoreDemoData`.
 */
export async function removeDemoData(db: BidDeskDatabase): Promise<DemoBackup> {
  return db.transaction('rw', demoTables(db), async () => {
    const opportunities = (await db.opportunities.where('demoFlag').equals(1).toArray()).filter(
      (row) => row.isDemo,
    );
    const ids = opportunities.map((row) => row.id);
    const [notices, sourceFiles, referenceDocuments, ...children] = await Promise.all([
      db.notices.bulkGet(ids),
      db.sourceFiles.where('demoFlag').equals(1).toArray(),
      db.referenceDocuments.where('demoFlag').equals(1).toArray(),
      ...OPPORTUNITY_CHILD_TABLES.map((name) =>
        (db[name] as Table).where('opportunityId').anyOf(ids).toArray(),
      ),
    ]);
    const backup = {
      opportunities,
      notices: notices.filter((row) => row !== undefined),
      sourceFiles,
      referenceDocuments,
      ...Object.fromEntries(OPPORTUNITY_CHILD_TABLES.map((name, i) => [name, children[i]])),
    } as DemoBackup;

    await Promise.all([
      db.opportunities.bulkDelete(ids),
      db.notices.bulkDelete(ids),
      db.sourceFiles.bulkDelete(sourceFiles.map((row) => row.id)),
      db.referenceDocuments.bulkDelete(referenceDocuments.map((row) => row.id)),
      ...OPPORTUNITY_CHILD_TABLES.map((name) =>
        (db[name] as Table).where('opportunityId').anyOf(ids).delete(),
      ),
    ]);
    return backup;
  });
}

/**
 * Put back what `removeDemoData` deleted, in one transaction. A demo opportunity whose ocid was
 * imported for real in the meantime is not restored (with its rows): the real one stays.
 */
export async function restoreDemoData(db: BidDeskDatabase, backup: DemoBackup): Promise<void> {
  await db.transaction('rw', demoTables(db), async () => {
    const ocids = backup.opportunities.flatMap((row) => (row.ocid === null ? [] : [row.ocid]));
    const taken = new Set(
      (await db.opportunities.where('ocid').anyOf(ocids).toArray()).map((row) => row.ocid),
    );
    const skipped = new Set(
      backup.opportunities.filter((row) => taken.has(row.ocid)).map((row) => row.id),
    );
    const keep = <T extends object>(rows: T[], opportunityId: (row: T) => string): T[] =>
      rows.filter((row) => !skipped.has(opportunityId(row)));
    await Promise.all([
      db.opportunities.bulkPut(keep(backup.opportunities, (row) => row.id)),
      db.notices.bulkPut(keep(backup.notices, (row) => row.id)),
      db.sourceFiles.bulkPut(backup.sourceFiles),
      db.referenceDocuments.bulkPut(backup.referenceDocuments),
      ...OPPORTUNITY_CHILD_TABLES.map((name) =>
        (db[name] as Table).bulkPut(
          keep(backup[name] as Array<{ opportunityId: string }>, (row) => row.opportunityId),
        ),
      ),
    ]);
  });
}

/** Whether any demo data is stored (to offer "Remove demo data"). */
export async function hasDemoData(db: BidDeskDatabase): Promise<boolean> {
  const [opportunities, references] = await Promise.all([
    db.opportunities.where('demoFlag').equals(1).count(),
    db.referenceDocuments.where('demoFlag').equals(1).count(),
  ]);
  return opportunities + references > 0;
}
