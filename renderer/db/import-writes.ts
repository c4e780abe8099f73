/**
 * Deciding what one imported file writes, before anything is written: which notices are new,
 * unchanged, older than what is stored, or changed (and what changed). Pure: no database access.
 */
import { diffOpportunities } from '../../shared/notice/changes';
import type { Change, Opportunity } from '../../shared/notice/model';
import { noticeRecord } from './notice-record';
import { planEvents, planLots, type RowContext } from './notice-rows';
import { isOlderNotice, noticeFields } from './opportunity-row';
import type {
  ChangeLogRecord,
  EngagementEventRecord,
  LotRecord,
  NoticeSnapshotRecord,
  OpportunityRecord,
} from './records';
import type { SaveImportSummary } from './import-repository';

/** Everything one `saveImport` writes, gathered before the first write. */
export interface Writes {
  opportunities: OpportunityRecord[];
  /** One record per opportunity: the notice with its lots' and events' entries. */
  notices: NoticeSnapshotRecord[];
  /** Lots and events new or changed by this import (inside `notices`; awards read them). */
  lots: LotRecord[];
  events: EngagementEventRecord[];
  changeLog: ChangeLogRecord[];
}

/** The state of one `saveImport` while it decides what to write. */
export interface Plan {
  ctx: RowContext;
  isDemo: boolean;
  fileName: string;
  summary: SaveImportSummary;
  writes: Writes;
  /**
   * Updated opportunities, whose lots and events are matched against the stored ones before their
   * notice record is written.
   */
  updates: Array<{ row: OpportunityRecord; notice: Opportunity }>;
  fileOpportunityIds: string[];
}

/** A plan with nothing in it yet. */
export function emptyPlan(ctx: RowContext, isDemo: boolean, fileName: string): Plan {
  return {
    ctx,
    isDemo,
    fileName,
    summary: {
      created: [],
      updated: [],
      unchanged: [],
      olderIgnored: [],
      sourceFileId: ctx.newId(),
    },
    writes: {
      opportunities: [],
      notices: [],
      lots: [],
      events: [],
      changeLog: [],
    },
    updates: [],
    fileOpportunityIds: [],
  };
}

/**
 * A notice whose ocid is not stored yet (or that has none): every row is new, and what each
 * release in the file changed becomes its change log (history, already seen: see
 * `ChangeLogRecord.release`).
 */
export function planCreated(plan: Plan, notice: Opportunity): void {
  const { ctx, writes } = plan;
  const row = createdRow(notice, plan.isDemo, ctx);
  plan.fileOpportunityIds.push(row.id);
  plan.summary.created.push({ id: row.id, title: row.title });
  writes.opportunities.push(row);
  const lots = planLots(row.id, notice.lots, [], ctx);
  const events = planEvents(row.id, notice.engagementEvents, [], ctx);
  writes.notices.push(noticeRecord(row.id, notice, ctx.at, lots, events));
  writes.lots.push(...lots);
  writes.events.push(...events);
  for (const { changes, ...release } of notice.releaseHistory) {
    writes.changeLog.push({
      ...changeLogEntry(plan, row.id, changes),
      dismissedAt: ctx.at,
      dismissedBy: ctx.user,
      release,
    });
  }
}

/** A change log entry of this import, unread (the first import's history marks itself seen). */
function changeLogEntry(plan: Plan, opportunityId: string, changes: Change[]): ChangeLogRecord {
  const { ctx } = plan;
  return {
    id: ctx.newId(),
    opportunityId,
    importedAt: ctx.at,
    importedBy: ctx.user,
    fileName: plan.fileName,
    changes,
    dismissedAt: null,
    dismissedBy: null,
  };
}

/** A notice for a stored ocid: ignored if older, unchanged if the same, otherwise merged. */
export function planExisting(
  plan: Plan,
  stored: OpportunityRecord,
  previous: Opportunity | undefined,
  notice: Opportunity,
): void {
  const { ctx, writes, summary } = plan;
  plan.fileOpportunityIds.push(stored.id);
  const claimed = stored.isDemo && !plan.isDemo; // a real file makes a demo opportunity real
  const older = isOlderNotice(notice.updatedAt, stored.noticeUpdatedAt);
  if (older || (previous && sameNotice(previous, notice))) {
    const list = older ? summary.olderIgnored : summary.unchanged;
    list.push({ id: stored.id, title: stored.title });
    if (claimed) writes.opportunities.push(withDemo(stored, false, ctx));
    return;
  }
  const changes = previous ? diffOpportunities(previous, notice) : [];
  const reading = previous !== undefined && sameReleases(previous, notice);
  const row: OpportunityRecord = {
    ...withDemo(stored, stored.isDemo && plan.isDemo, ctx),
    ...noticeFields(notice),
    unreadChanges: stored.unreadChanges + (changes.length ? 1 : 0),
  };
  summary.updated.push({ id: row.id, title: row.title, changes, ...(reading ? { reading } : {}) });
  writes.opportunities.push(row);
  // Its notice record is written once its lots and events are matched (`updates`).
  if (changes.length) {
    writes.changeLog.push({
      ...changeLogEntry(plan, row.id, changes),
      ...(reading ? { reading } : {}),
    });
  }
  plan.updates.push({ row, notice });
}

/**
 * One notice per ocid: the engine compiles each ocid once, but should a file ever hold two
 * states of one ocid, the newest wins rather than the file failing on the unique ocid index.
 */
export function newestPerOcid(notices: Opportunity[]): Opportunity[] {
  const at = new Map<string, number>();
  const out: Opportunity[] = [];
  for (const notice of notices) {
    const index = notice.ocid === null ? undefined : at.get(notice.ocid);
    if (index === undefined) {
      if (notice.ocid !== null) at.set(notice.ocid, out.length);
      out.push(notice);
    } else if (!isOlderNotice(notice.updatedAt, (out[index] as Opportunity).updatedAt)) {
      out[index] = notice;
    }
  }
  return out;
}

function createdRow(notice: Opportunity, isDemo: boolean, ctx: RowContext): OpportunityRecord {
  return {
    id: ctx.newId(),
    ...noticeFields(notice),
    isDemo,
    ...(isDemo ? { demoFlag: 1 as const } : {}),
    unreadChanges: 0,
    createdAt: ctx.at,
    updatedAt: ctx.at,
    updatedBy: ctx.user,
  };
}

/** The stored row with its demo mark set or cleared, as written now. */
function withDemo(row: OpportunityRecord, isDemo: boolean, ctx: RowContext): OpportunityRecord {
  const next: OpportunityRecord = { ...row, isDemo, updatedAt: ctx.at, updatedBy: ctx.user };
  if (isDemo) next.demoFlag = 1;
  else delete next.demoFlag;
  return next;
}

/**
 * The same notice state (as the engine would write it again). How the file says the notice got
 * there (`changes`, `releaseHistory`) is not its state, and is not stored (see `storedNotice`).
 */
function sameNotice(a: Opportunity, b: Opportunity): boolean {
  return JSON.stringify(noticeState(a)) === JSON.stringify(noticeState(b));
}

/**
 * The same releases as stored: whatever differs is how this version of Bid Desk reads them, not
 * something the buyer published. A notice without release ids (a page without its OCDS) cannot
 * tell, so its differences stay the buyer's.
 */
function sameReleases(stored: Opportunity, notice: Opportunity): boolean {
  const ids = (list: readonly string[] | undefined) => JSON.stringify([...(list ?? [])].sort());
  return (
    notice.releaseIds.length > 0 &&
    notice.updatedAt !== null &&
    stored.updatedAt !== null &&
    Date.parse(stored.updatedAt) === Date.parse(notice.updatedAt) &&
    ids(stored.releaseIds) === ids(notice.releaseIds)
  );
}

function noticeState(notice: Opportunity): Partial<Opportunity> {
  const state: Partial<Opportunity> = { ...notice };
  delete state.releaseHistory;
  delete state.changes;
  return state;
}
