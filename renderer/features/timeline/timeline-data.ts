/**
 * Turning the stored opportunity into timeline items, and the arithmetic the timeline and the
 * calendar screens share (UK days, positions on the date axis, month grids, clash sentences).
 */
import {
  addMonths as addCalendarMonths,
  dayFromNumber,
  dayNumber,
  formatDay,
  formatUkDate,
  isUkDay,
  MONTH_NAMES,
  ukDay,
  weekday,
} from '../../../shared/calendar';
import { formatKeyDate } from '../../../shared/notice/midnight';
import {
  bidTimeline,
  DEADLINE_KINDS,
  type BidScheduleSettings,
  type TimelineClash,
  type TimelineItem,
  type TimelineLane,
} from '../../../shared/timeline';
import type {
  ChecklistItem,
  EngagementPlan,
  GoNoGoDecision,
} from '../../../shared/workspace/model';
import type { OpportunityDetail, OpportunityRecord } from '../../db';
import { KEY_DATE_LABELS } from '../../lib/notice-words';
import { lowerFirstWord } from '../../../shared/words/mid-sentence';

/** The four rows of the visual timeline, top to bottom, with their names on screen. */
export const LANES: ReadonlyArray<{ lane: TimelineLane; label: string }> = [
  { lane: 'notice', label: 'Notice' },
  { lane: 'engagement', label: 'Engagement' },
  { lane: 'writing', label: 'Writing' },
  { lane: 'sign-off', label: 'Sign-off' },
];

/** The bid team's records about one opportunity, as the live queries return them. */
export interface WorkspaceRecords {
  decisions: readonly GoNoGoDecision[];
  checklist: readonly ChecklistItem[];
  engagementPlans: readonly EngagementPlan[];
}

/**
 * One opportunity's whole timeline, from its stored detail, the bid team's records and the
 * organisation's bid schedule (milestone offsets, contingency, bank holidays).
 */
export function timelineFromDetail(
  detail: OpportunityDetail,
  records: WorkspaceRecords,
  schedule: BidScheduleSettings,
  now: Date,
): TimelineItem[] {
  return bidTimeline({
    opportunityId: detail.opportunity.id,
    opportunity: detail.notice,
    lots: detail.lots.map((lot) => ({ id: lot.id, lotKey: lot.lotKey, title: lot.title })),
    events: detail.events.map((e) => ({
      id: e.id,
      eventKey: e.eventKey,
      previousStart: e.previousStart,
    })),
    decisions: records.decisions,
    checklist: records.checklist,
    engagementPlans: records.engagementPlans,
    settings: schedule,
    // Moves the user saw happen: not the history the first file told (`release`), which the
    // change log shows, so "moved from" still names where a date was when they last looked.
    changes: detail.changeLog
      .filter((entry) => !entry.release)
      .reverse()
      .flatMap((entry) => entry.changes),
    now,
  });
}

/**
 * Another opportunity's notice dates as timeline items, from the pipeline's compact key dates
 * (enough for clash warnings without loading every notice).
 */
export function keyDateItems(record: OpportunityRecord): TimelineItem[] {
  const prefix = record.ocid ?? record.id;
  return record.keyDates.map((date) => ({
    id: `${prefix}/notice/${date.kind}/${date.lotId ?? 'all'}`,
    opportunityId: record.id,
    opportunityTitle: record.title,
    buyerName: record.buyerName || null,
    lane: 'notice' as const,
    kind: date.kind,
    title: NOTICE_TITLES[date.kind] ?? KEY_DATE_LABELS[date.kind],
    // As the notice gives it, like the opportunity's own timeline: a day-level deadline at
    // 23:59:59 is met that day, one given as a bare day (read at its start) the day before.
    at: date.at,
    end: null,
    allDay: date.allDay,
    lotId: date.lotId,
    lotTitle: null,
    source: 'notice' as const,
    done: false,
    movedFrom: null,
    url: null,
    location: null,
    detail: '',
  }));
}

/** The notice timeline's own names for deadlines, so a clash reads the same on both sides. */
const NOTICE_TITLES: Partial<Record<OpportunityRecord['keyDates'][number]['kind'], string>> = {
  clarificationDeadline: 'Clarification questions deadline',
  expressionOfInterest: 'Expression of interest deadline',
  engagementSignUp: 'Sign up for market engagement',
  awardDecision: 'Award decision expected',
};

/** When an item is, as the UK writes it: "6 May 2026 12:00", or "6 May 2026" for a day. */
export function itemWhen(item: TimelineItem): string {
  return formatUkDate(item.at, item.allDay);
}

/**
 * `itemWhen` with what a midnight means, where there is room for it (the table; the chart's
 * tooltip says it in the item's detail): "27 Jun 2026 00:00 (midnight at the start of Saturday
 * 27 June: submit by the end of Friday 26 June)".
 */
export function itemWhenInFull(item: TimelineItem): string {
  return formatKeyDate(item);
}

/** "moved from 29 Apr 2026" for an item a re-import moved, else null. */
export function movedText(item: TimelineItem): string | null {
  if (!item.movedFrom) return null;
  const from = isUkDay(item.movedFrom)
    ? formatDay(item.movedFrom)
    : formatUkDate(item.movedFrom, item.allDay);
  return `moved from ${from}`;
}

/**
 * Overdue: past and not done, for the things someone has to do (the bid team's items and the
 * notice's deadlines); a notice's publication date in the past is just history.
 */
export function isOverdue(item: TimelineItem, now: Date): boolean {
  if (item.done) return false;
  if (item.source !== 'bid' && !DEADLINE_KINDS.has(item.kind)) return false;
  return item.allDay ? ukDay(item.at) < ukDay(now) : Date.parse(item.at) < now.getTime();
}

/** Contract dates run for years; they are in the list, not on the bid's date axis. */
const OFF_AXIS = new Set(['contractStart', 'contractEnd', 'contractMaxEnd']);

/** After the deadline: on the axis only when the notice has no submission deadline yet. */
const AFTER_DEADLINE = new Set([
  'awardDecision',
  'standstillEnd',
  'expectedSignature',
  'futureNotice',
]);

/**
 * The items drawn on the date axis: the bid's weeks up to the deadline. Contract dates (and,
 * once there is a submission deadline, the award and standstill months later) would squash
 * them; they are in the list below the timeline.
 */
export function axisItems(items: readonly TimelineItem[]): TimelineItem[] {
  const hasDeadline = items.some((item) => item.kind === 'submissionDeadline');
  return items.filter(
    (item) => !OFF_AXIS.has(item.kind) && !(hasDeadline && AFTER_DEADLINE.has(item.kind)),
  );
}

/** The date axis: first and last day shown (with a few days either side, and today). */
export function axisRange(items: readonly TimelineItem[], now: Date): { from: number; to: number } {
  const days = [...items.map((item) => dayNumber(ukDay(item.at))), dayNumber(ukDay(now))];
  const from = Math.min(...days) - 3;
  const to = Math.max(...days) + 4;
  return { from, to: Math.max(to, from + 14) };
}

/** Where a day's middle falls on the axis, as a percentage of its width. */
export function axisPercent(day: string, range: { from: number; to: number }): number {
  return ((dayNumber(day) - range.from + 0.5) / (range.to - range.from + 1)) * 100;
}

/** Tick days for the axis: Mondays for a short range, the 1st of each month for a long one. */
export function axisTicks(range: { from: number; to: number }): string[] {
  const ticks: string[] = [];
  const long = range.to - range.from > 120;
  for (let n = range.from; n <= range.to; n += 1) {
    const day = dayFromNumber(n);
    if (long ? day.endsWith('-01') : weekday(day) === 1) ticks.push(day);
  }
  return ticks;
}

/** About how much room a label takes per character of its title, in pixels (with its margins). */
const LABEL_CHAR_PX = 9.5;
/** The share of the track (%) one character takes before the chart has been measured. */
const UNMEASURED_CHAR_PERCENT = 0.9;

/**
 * Markers of one lane in rows so their labels do not overlap: each item goes in the first row
 * whose last label ends before it starts (label widths estimated from their length and the
 * track's width in pixels, so a narrow window stacks more).
 */
export function stackLane(
  items: readonly TimelineItem[],
  range: { from: number; to: number },
  trackWidthPx = 0,
): Array<{ item: TimelineItem; left: number; row: number; flipped: boolean }> {
  const charPercent =
    trackWidthPx > 0 ? (100 * LABEL_CHAR_PX) / trackWidthPx : UNMEASURED_CHAR_PERCENT;
  const rowEnds: number[] = [];
  return items.map((item) => {
    const left = axisPercent(ukDay(item.at), range);
    const width = Math.max(item.title.length, 12) * charPercent;
    // Near the right edge the label goes to the left of its marker, so it is not cut off.
    const flipped = left + width > 100 && left > 50;
    const start = flipped ? left - width : left;
    let row = rowEnds.findIndex((end) => end < start);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(0);
    }
    rowEnds[row] = flipped ? left + 1 : left + width;
    return { item, left, row, flipped };
  });
}

/**
 * A clash in words, from where the user is standing: "6 May 2026: your submission deadline here
 * and the clarification questions close of ‘West Midlands …’".
 */
export function clashSentence(clash: TimelineClash, currentId: string | null): string {
  const parts = clash.items.map((item) =>
    item.opportunityId === currentId
      ? `your ${lowerFirstWord(item.title)} here`
      : `the ${lowerFirstWord(item.title)} of ‘${item.opportunityTitle}’`,
  );
  const list =
    parts.length <= 1
      ? parts.join('')
      : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
  return `${formatDay(clash.day)}: ${list}`;
}

/** `yyyy-MM` of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The month `delta` months from `month` (`yyyy-MM`). */
export function addMonths(month: string, delta: number): string {
  return addCalendarMonths(`${month}-01`, delta).slice(0, 7);
}

/** "April 2026". */
export function monthLabel(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? '?'} ${month.slice(0, 4)}`;
}

/** The weeks of a month view, Monday first, each day `yyyy-MM-dd` (days of next/previous month included). */
export function monthWeeks(month: string): string[][] {
  const first = dayNumber(`${month}-01`);
  const start = first - ((weekday(`${month}-01`) + 6) % 7);
  const weeks: string[][] = [];
  for (let n = start; ; n += 7) {
    const week = Array.from({ length: 7 }, (_, i) => dayFromNumber(n + i));
    if (monthOf(week[0] as string) > month) break;
    weeks.push(week);
  }
  return weeks;
}

/** A safe file name from an opportunity's title: "provision-of-a-stalking-service-timeline.ics". */
export function exportName(title: string, ext: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return `${slug || 'bid'}-timeline.${ext}`;
}

/** How far the checklist has got: items needed, done and overdue, and the open ones by due date. */
export function checklistProgress(
  items: readonly ChecklistItem[],
  now: Date,
): { needed: number; done: number; overdue: number; open: ChecklistItem[] } {
  const needed = items.filter((i) => i.status !== 'not-needed');
  const today = ukDay(now);
  const open = needed
    .filter((i) => i.status !== 'done' && i.dueDate)
    .sort((a, b) => ((a.dueDate ?? '') < (b.dueDate ?? '') ? -1 : 1));
  return {
    needed: needed.length,
    done: needed.filter((i) => i.status === 'done').length,
    overdue: open.filter((i) => (i.dueDate ?? '') < today).length,
    open,
  };
}
