/**
 * Reading the pipeline and an opportunity's detail, and the user's actions on what imports
 * recorded (dismissing changes).
 */
import { Dexie } from 'dexie';
import type { Opportunity } from '../../shared/notice/model';
import type { BidDeskDatabase } from './database';
import type {
  ChangeLogRecord,
  DocumentRecord,
  EngagementEventRecord,
  KeyDateRecord,
  LotRecord,
  OpportunityRecord,
  ReferenceDocumentRecord,
} from './records';
import { listReferenceDocumentsForBuyer } from './reference-repository';
import type { WriteContext } from './write-context';
import { documentRows, eventRows, keyDateRows, lotRows } from './notice-record';

export { hasDemoData, removeDemoData, restoreDemoData, type DemoBackup } from './demo-data';
export { getMeta, setMeta, type MetaValues } from './meta-repository';
export { getLatestSourceFile } from './source-file-repository';

/** Every opportunity, for the pipeline (compact rows: 5,000 load in one read). */
export async function listOpportunities(db: BidDeskDatabase): Promise<OpportunityRecord[]> {
  return db.opportunities.toArray();
}

/**
 * Opportunities whose earliest submission deadline falls in [from, to), soonest first (a scan of
 * the compact rows: no index, see `SCHEMA_V6`). Bounds are instants (any offset); the stored
 * deadline is UTC, so it compares as text.
 */
export async function listOpportunitiesByDeadline(
  db: BidDeskDatabase,
  from: Date,
  to: Date,
): Promise<OpportunityRecord[]> {
  const [start, end] = [from.toISOString(), to.toISOString()];
  const due = (row: OpportunityRecord): string => row.submissionDeadline ?? '';
  const rows = await db.opportunities
    .filter((row) => due(row) >= start && due(row) < end)
    .toArray();
  return rows.sort((a, b) => due(a).localeCompare(due(b)));
}

/** Opportunities with undismissed changes (a scan: no index, see `SCHEMA_V6`). */
export async function listOpportunitiesWithUnreadChanges(
  db: BidDeskDatabase,
): Promise<OpportunityRecord[]> {
  return db.opportunities.filter((row) => row.unreadChanges > 0).toArray();
}

export interface OpportunityDetail {
  opportunity: OpportunityRecord;
  /** The notice as last imported. */
  notice: Opportunity;
  /** In the notice's order; lots the notice dropped come last (`removedFromNotice`). */
  lots: LotRecord[];
  /** Soonest first. */
  keyDates: KeyDateRecord[];
  /** In the notice's order; events the notice dropped come last (`removedFromNotice`). */
  events: EngagementEventRecord[];
  documents: DocumentRecord[];
  /** Newest first (a first import's history: its newest release first). */
  changeLog: ChangeLogRecord[];
  /** Kept for the same buyer (names matched ignoring case, word order and filler words). */
  referenceDocuments: ReferenceDocumentRecord[];
}

/** Everything the detail screen shows for one opportunity, or null if there is none. */
export async function getOpportunityDetail(
  db: BidDeskDatabase,
  id: string,
): Promise<OpportunityDetail | null> {
  const tables = [db.opportunities, db.notices, db.changeLog, db.referenceDocuments];
  return db.transaction('r', tables, async () => {
    const [opportunity, snapshot] = await Promise.all([
      db.opportunities.get(id),
      db.notices.get(id),
    ]);
    if (!opportunity || !snapshot) return null;
    const [changeLog, referenceDocuments] = await Promise.all([
      db.changeLog
        .where('[opportunityId+importedAt]')
        .between([id, Dexie.minKey], [id, Dexie.maxKey])
        .reverse()
        .toArray(),
      listReferenceDocumentsForBuyer(db, opportunity.buyerName),
    ]);
    return {
      opportunity,
      notice: snapshot.notice,
      lots: lotRows(snapshot).sort(noticeOrder),
      keyDates: keyDateRows(snapshot),
      events: eventRows(snapshot).sort(noticeOrder),
      documents: documentRows(snapshot),
      changeLog: changeLog.sort(newestFirst),
      referenceDocuments,
    };
  });
}

/**
 * Mark every undismissed change of an opportunity as seen by `ctx.user`. The entries stay in the
 * log (history is appended, never rewritten); only their dismissal is recorded.
 */
export async function dismissChanges(
  db: BidDeskDatabase,
  opportunityId: string,
  ctx: WriteContext,
): Promise<void> {
  const at = ctx.now.toISOString();
  await db.transaction('rw', [db.opportunities, db.changeLog], async () => {
    await db.changeLog
      .where('opportunityId')
      .equals(opportunityId)
      .filter((entry) => entry.dismissedAt === null)
      .modify({ dismissedAt: at, dismissedBy: ctx.user });
    await db.opportunities
      .where('id')
      .equals(opportunityId)
      .filter((row) => row.unreadChanges !== 0)
      .modify({ unreadChanges: 0, updatedAt: at, updatedBy: ctx.user });
  });
}

/**
 * The index gives entries newest import first; the history one import wrote shares its time, so
 * its releases are ordered by when they were published (a release without a date is the oldest).
 */
function newestFirst(a: ChangeLogRecord, b: ChangeLogRecord): number {
  if (a.importedAt !== b.importedAt) return a.importedAt < b.importedAt ? 1 : -1;
  const x = publishedAt(a);
  const y = publishedAt(b);
  return x === y ? 0 : x < y ? 1 : -1;
}

function publishedAt(entry: ChangeLogRecord): number {
  const date = entry.release?.date;
  return date ? Date.parse(date) : -Infinity;
}

function noticeOrder(
  a: { removedFromNotice: boolean; position: number },
  b: { removedFromNotice: boolean; position: number },
): number {
  return Number(a.removedFromNotice) - Number(b.removedFromNotice) || a.position - b.position;
}
