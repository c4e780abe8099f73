/**
 * Saving what the import engine read from one file. The whole file is one transaction: if any
 * write fails, nothing of it is stored.
 */
import type { Change, Opportunity } from '../../shared/notice/model';
import type { BidDeskDatabase } from './database';
import {
  emptyPlan,
  newestPerOcid,
  planCreated,
  planExisting,
  type Plan,
  type Writes,
} from './import-writes';
import { eventRows, inNoticeOrder, lotRows, noticeRecord } from './notice-record';
import { planEvents, planLots, type RowContext } from './notice-rows';
import { isOlderNotice } from './opportunity-row';
import type { NoticeSnapshotRecord, SourceFileRecord } from './records';
import { planImportOutcomes, type ImportedAwards } from './workspace/outcome-repository';
import { rescheduleChecklistsForImport } from './workspace/checklist-reschedule';
import type { WriteContext } from './write-context';
import { groupBy } from './group-by';
import { Slices, WriteProgress, type WriteProgressReport } from './write-progress';

export { buyerKey, saveReferenceDocument } from './reference-repository';

/**
 * Version of the import engine's output, stored on source files so a newer one can re-read them.
 * 2: engagement events carry `datesInDescription` (a moved date whose text names another day).
 * 3: opportunities carry `releaseHistory` (what each release in the file changed), `awards`
 *    and `warnings`; a midnight deadline is a moment, not a day; tenders opened is not an award;
 *    bulleted lots and events held on several days are read apart.
 * 4: hidden characters in notice text (bidi overrides, zero-width, controls) are shown as their
 *    code point; a deadline no date can be read from is warned of (`deadline-unreadable`).
 * 5: a deadline keeps the time its notice states, 23:59:59 too (it was read as a whole day).
 */
export const ENGINE_VERSION = 5;

export type { WriteContext } from './write-context';

export interface SaveImportInput {
  fileName: string;
  /** How the engine read the file (`release-package`, `notice-page`…). */
  format: string;
  /** The file's text, kept for a newer engine; null when too large to keep. */
  sourceText: string | null;
  size: number;
  opportunities: Opportunity[];
  /** First-run demo data: marked, and removable in one action. */
  isDemo?: boolean;
  /** Records written so far, of all the records the save writes (a bulk file takes a while). */
  onProgress?: WriteProgressReport;
  /**
   * The stored file this is a newer engine's reading of (see `rereadStoredFiles`): its row is
   * rewritten in place (same id, when and by whom it was imported) with the new
   * `engineVersion`, and only the file's notices still stored are written: a re-read never
   * brings back an opportunity the user removed.
   */
  rereadOf?: SourceFileRecord;
  /** Opportunities the user entered by hand (see `saveEntry`): no file, so no source-file row. */
  handEntered?: boolean;
}

export interface SavedOpportunity {
  id: string;
  title: string;
}

export interface SaveImportSummary {
  created: SavedOpportunity[];
  /** `reading`: the same releases as stored, read differently by this version (see `ChangeLogRecord.reading`). */
  updated: Array<SavedOpportunity & { changes: Change[]; reading?: true }>;
  unchanged: SavedOpportunity[];
  /** The file's notice is older than the one already stored, which was kept. */
  olderIgnored: SavedOpportunity[];
  /** The stored source file. */
  sourceFileId: string;
}

/**
 * Save one imported file in one transaction. Matches existing opportunities by ocid (an
 * opportunity without ocid is always new). Keeps every user-owned row and field; rewrites the
 * opportunity's notice record (see `notice-record.ts`), its lots and engagement events keeping
 * their ids (matched by the notice's lot id and the event's title) and vanished ones kept,
 * marked `removedFromNotice` (the user's data may point at them); appends a change-log entry when
 * `diffOpportunities(stored, new)` finds changes. A notice's first import writes its history
 * instead: one entry, already seen, per release of the file that changed something. A notice older than the stored one (by its
 * `updatedAt`) is not written (`olderIgnored`). Re-importing a demo notice as a real file makes
 * it real.
 *
 * The user's workspace rows (decisions, engagement and response plans) are never written, with one
 * exception: when a lot's submission deadline moved, the due dates of its checklist items that
 * follow the deadline move with it (`movedFrom` set until the user has seen them). An award
 * notice for an opportunity the user is bidding for appends its outcome (won or not, to whom, at
 * what value; see `planImportOutcomes`), also when the notice itself is unchanged, so that a
 * re-import after deciding to bid records it; the same award is never recorded twice.
 */
export async function saveImport(
  db: BidDeskDatabase,
  input: SaveImportInput,
  ctx: WriteContext,
): Promise<SaveImportSummary> {
  const at = ctx.now.toISOString();
  const rowCtx: RowContext = { at, user: ctx.user, newId: () => crypto.randomUUID() };
  const isDemo = input.isDemo ?? false;
  const notices = newestPerOcid(input.opportunities);
  const tables = [
    db.opportunities,
    db.notices,
    db.changeLog,
    db.sourceFiles,
    db.checklistItems,
    db.meta, // the bid schedule's bank holidays, for moved checklist due dates; your organisation
    db.decisions, // read: is the user bidding for an awarded opportunity?
    db.bidOutcomes,
  ];
  return db.transaction('rw', tables, async () => {
    // Pauses answer through a read of the transaction's own (small) settings table.
    const slices = new Slices(() => db.meta.get('schemaVersion'));
    const ocids = notices.flatMap((n) => (n.ocid === null ? [] : [n.ocid]));
    const storedRows = ocids.length
      ? await db.opportunities.where('ocid').anyOf(ocids).toArray()
      : [];
    const byOcid = new Map(storedRows.map((row) => [row.ocid, row]));
    const snapshots = storedRows.length
      ? await db.notices.bulkGet(storedRows.map((row) => row.id))
      : [];
    const recordById = new Map(snapshots.flatMap((s) => (s ? [[s.id, s] as const] : [])));
    const reread = input.rereadOf;
    const planned = reread ? notices.filter((n) => n.ocid !== null && byOcid.has(n.ocid)) : notices;

    const plan = emptyPlan(rowCtx, isDemo, input.fileName);
    if (reread) plan.summary.sourceFileId = reread.id;
    for (const notice of planned) {
      const stored = notice.ocid === null ? undefined : byOcid.get(notice.ocid);
      if (stored) planExisting(plan, stored, recordById.get(stored.id)?.notice, notice);
      else planCreated(plan, notice);
      if (slices.due) await slices.pause();
    }
    const { summary, writes, updates } = plan;

    if (updates.length) await planChildUpdates(recordById, updates, writes, rowCtx, slices);
    const movedItems = await rescheduleChecklistsForImport(
      db,
      updates.map(({ row, notice }) => ({
        opportunityId: row.id,
        previous: recordById.get(row.id)?.notice.keyDates ?? null,
        current: notice.keyDates,
      })),
      ctx,
    );

    const sourceFile: SourceFileRecord = {
      id: summary.sourceFileId,
      fileName: input.fileName,
      format: input.format,
      importedAt: reread?.importedAt ?? at,
      importedBy: reread?.importedBy ?? ctx.user,
      size: input.size,
      text: input.sourceText,
      opportunityIds: plan.fileOpportunityIds,
      engineVersion: ENGINE_VERSION,
      isDemo,
      ...(isDemo ? { demoFlag: 1 as const } : {}),
    };
    const outcomes = await planImportOutcomes(
      db,
      awardsOfStored(planned, byOcid, writes),
      { fileName: input.fileName, sourceFileId: summary.sourceFileId },
      ctx,
    );

    if (movedItems.length) await db.checklistItems.bulkPut(movedItems);
    if (outcomes.length) await db.bidOutcomes.bulkAdd(outcomes);
    await write(db, writes, input.handEntered ? null : sourceFile, slices, input.onProgress);
    return summary;
  });
}

/**
 * The file's notices for opportunities already stored (only those can have a decision to bid),
 * unless older than the stored notice, with the lots this import writes for them.
 */
function awardsOfStored(
  notices: readonly Opportunity[],
  byOcid: ReadonlyMap<string | null, { id: string; noticeUpdatedAt: string | null }>,
  writes: Writes,
): ImportedAwards[] {
  const lotsBy = groupBy(writes.lots, (lot) => lot.opportunityId);
  return notices.flatMap((notice) => {
    const stored = notice.ocid === null ? undefined : byOcid.get(notice.ocid);
    if (!stored || notice.awards.length === 0) return [];
    if (isOlderNotice(notice.updatedAt, stored.noticeUpdatedAt)) return [];
    return [{ opportunityId: stored.id, notice, lots: lotsBy.get(stored.id) ?? [] }];
  });
}

/**
 * The notice records of updated opportunities: their lots and events matched against the stored
 * ones (ids kept), the changed ones also listed in `writes` for the awards.
 */
async function planChildUpdates(
  recordById: ReadonlyMap<string, NoticeSnapshotRecord>,
  updates: Plan['updates'],
  writes: Writes,
  rowCtx: RowContext,
  slices: Slices,
): Promise<void> {
  for (const { row, notice } of updates) {
    const stored = recordById.get(row.id);
    const storedLots = stored ? lotRows(stored) : [];
    const storedEvents = stored ? eventRows(stored) : [];
    const lots = planLots(row.id, notice.lots, storedLots, rowCtx);
    const events = planEvents(row.id, notice.engagementEvents, storedEvents, rowCtx);
    writes.lots.push(...lots);
    writes.events.push(...events);
    writes.notices.push(
      noticeRecord(
        row.id,
        notice,
        rowCtx.at,
        merged(storedLots, lots),
        merged(storedEvents, events),
      ),
    );
    if (slices.due) await slices.pause();
  }
}

/** The stored rows with the planned ones in their place, new ones after, in the notice's order. */
function merged<T extends { id: string; removedFromNotice: boolean; position: number }>(
  stored: readonly T[],
  planned: readonly T[],
): T[] {
  const byId = new Map(stored.map((row) => [row.id, row]));
  for (const row of planned) byId.set(row.id, row);
  return [...byId.values()].sort(inNoticeOrder);
}

/**
 * Every write, in slices (see `Slices`); batches report progress as they complete. Tables are
 * written one after another, IndexedDB running the requests in the order issued.
 */
async function write(
  db: BidDeskDatabase,
  w: Writes,
  sourceFile: SourceFileRecord | null,
  slices: Slices,
  onProgress?: WriteProgressReport,
): Promise<void> {
  const files = sourceFile ? [sourceFile] : [];
  const total = files.length + w.opportunities.length + w.notices.length + w.changeLog.length;
  await new WriteProgress(total, slices, onProgress)
    // Put, not add: a re-read rewrites the file's own row.
    .add(files, (rows) => db.sourceFiles.bulkPut(rows))
    .add(w.opportunities, (rows) => db.opportunities.bulkPut(rows))
    .add(w.notices, (rows) => db.notices.bulkPut(rows))
    .add(w.changeLog, (rows) => db.changeLog.bulkAdd(rows))
    .run();
}
