import type { KeyDateKind, Stage } from '../../../shared/notice/model';
import type { CompactKeyDate, OpportunityRecord } from '../../db';
import { DAY_MS, daysFromToday, dueDay } from '../../../shared/calendar';

/** Dates a bidder acts on, in the order they matter when two fall together. */
const ACTIONABLE: KeyDateKind[] = [
  'engagementSignUp',
  'engagement',
  'expressionOfInterest',
  'clarificationDeadline',
  'submissionDeadline',
  'futureNotice',
  'awardDecision',
  'standstillEnd',
  'contractStart',
];

export type DeadlineWindow = 'any' | '7' | '30' | '90' | 'passed' | 'none';
export type Suitability = 'any' | 'vcse' | 'sme';
export type SortKey = 'next' | 'deadline' | 'value' | 'title' | 'buyer' | 'updated';

/** The user's go/no-go, as the decision filter offers it (see `decisionMark`). */
export type DecisionFilter = 'any' | 'bid' | 'no-bid' | 'undecided' | 'none';

export interface PipelineFilters {
  search: string;
  stage: Stage | 'all';
  decision: DecisionFilter;
  buyer: string;
  window: DeadlineWindow;
  suitability: Suitability;
}

export const NO_FILTERS: PipelineFilters = {
  search: '',
  stage: 'all',
  decision: 'any',
  buyer: '',
  window: 'any',
  suitability: 'any',
};

/** The next date the user must act on, or null when every date has passed. */
export function nextKeyDate(record: OpportunityRecord, now: Date): CompactKeyDate | null {
  const t = now.getTime();
  let best: CompactKeyDate | null = null;
  let bestTime = Infinity;
  for (const d of record.keyDates) {
    if (!ACTIONABLE.includes(d.kind)) continue;
    const time = Date.parse(d.at);
    if (!(time < bestTime)) continue;
    // A day-level date stays current for the whole of its day. Only one from the last two days
    // needs the UK calendar (costly: the pipeline sorts 5,000 rows by this): a later instant is
    // on today or after, an earlier one on a past UK day.
    const still = time >= t || (d.allDay && time > t - TWO_DAYS && daysFromToday(now, d.at) >= 0);
    if (still) {
      best = d;
      bestTime = time;
    }
  }
  return best;
}

const TWO_DAYS = 2 * DAY_MS;

/**
 * Where the competition stands on the calendar: `closed` once the submission deadline has passed,
 * `closing` within 7 days of it, `open` before that, `none` without a deadline.
 */
export type DeadlineState = 'open' | 'closing' | 'closed' | 'none';

export function deadlineState(record: OpportunityRecord, now: Date): DeadlineState {
  const deadline = record.keyDates.find((d) => d.kind === 'submissionDeadline');
  if (!deadline) return 'none';
  const days = daysToMeet(now, deadline);
  const passed = deadline.allDay ? days < 0 : Date.parse(deadline.at) < now.getTime();
  if (passed) return 'closed';
  return days <= 7 ? 'closing' : 'open';
}

/** Whole UK days to the last day to meet a deadline: the day before, for one at midnight. */
function daysToMeet(now: Date, deadline: CompactKeyDate): number {
  return daysFromToday(now, deadline.allDay ? deadline.at : dueDay(deadline.at));
}

/** A date the notice promised that has passed without a newer notice (e.g. "next notice by 1 Sep"). */
export function overdueNotice(record: OpportunityRecord, now: Date): CompactKeyDate | null {
  const future = record.keyDates.find((d) => d.kind === 'futureNotice');
  return future && daysFromToday(now, future.at) < 0 ? future : null;
}

/**
 * The records the notice-side filters let through. `stageOf` says where each is filed (the
 * user's stage from the board where set); the decision filter is applied by `showInPipeline`.
 */
export function filterPipeline(
  records: OpportunityRecord[],
  f: PipelineFilters,
  now: Date,
  stageOf: (record: OpportunityRecord) => Stage = (record) => record.stage,
): OpportunityRecord[] {
  const words = f.search.toLowerCase().split(/\s+/).filter(Boolean);
  return records.filter((r) => {
    if (f.stage !== 'all' && stageOf(r) !== f.stage) return false;
    if (f.buyer && r.buyerName !== f.buyer) return false;
    if (f.suitability === 'vcse' && r.vcse !== true) return false;
    if (f.suitability === 'sme' && r.sme !== true) return false;
    if (words.length && !words.every((w) => r.searchText.includes(w))) return false;
    if (f.window !== 'any') {
      const deadline = r.keyDates.find((d) => d.kind === 'submissionDeadline');
      if (f.window === 'none') return !deadline;
      if (!deadline) return false;
      const days = daysToMeet(now, deadline);
      if (f.window === 'passed') return deadlineState(r, now) === 'closed';
      if (deadlineState(r, now) === 'closed' || days > Number(f.window)) return false;
    }
    return true;
  });
}

export function sortPipeline(
  records: OpportunityRecord[],
  key: SortKey,
  now: Date,
): OpportunityRecord[] {
  const keyed = records.map((r) => ({ r, k: sortValue(r, key, now) }));
  keyed.sort((a, b) => {
    if (a.k === b.k) return a.r.title.localeCompare(b.r.title);
    if (a.k === null) return 1;
    if (b.k === null) return -1;
    if (typeof a.k === 'number' && typeof b.k === 'number')
      return key === 'value' || key === 'updated' ? b.k - a.k : a.k - b.k;
    return String(a.k).localeCompare(String(b.k));
  });
  return keyed.map((x) => x.r);
}

function sortValue(r: OpportunityRecord, key: SortKey, now: Date): number | string | null {
  switch (key) {
    case 'next': {
      const next = nextKeyDate(r, now);
      return next ? Date.parse(next.at) : null;
    }
    case 'deadline':
      return r.submissionDeadline ? Date.parse(r.submissionDeadline) : null;
    case 'value':
      return r.valueAmount ?? r.valueGross;
    case 'title':
      return r.title.toLowerCase();
    case 'buyer':
      return r.buyerName.toLowerCase();
    case 'updated':
      return Date.parse(r.updatedAt);
  }
}

/** Buyers present in the pipeline, for the buyer filter. */
export function buyersOf(records: OpportunityRecord[]): string[] {
  return [...new Set(records.map((r) => r.buyerName))].sort((a, b) => a.localeCompare(b));
}
