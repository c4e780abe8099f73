/** Deadlines of different bids that fall on the same day: a small team cannot meet both well. */
import { dueDay, ukDay } from '../calendar/instants';
import { sortTimeline } from './items';
import { DEADLINE_KINDS, type TimelineClash, type TimelineItem } from './model';

/**
 * The UK days on which deadlines (submission, clarification, engagement sign-up, expression of
 * interest, checklist due dates, final sign-off) of two or more DIFFERENT opportunities fall, in
 * day order with each day's deadlines in time order. Done items are left out: they no longer
 * compete for the team's time. Several deadlines of one opportunity on a day are not a clash.
 * A notice's deadline counts on the last day to meet it: the day before, for one at midnight or
 * one given as a day without a time (its earliest reading).
 */
export function findClashes(items: readonly TimelineItem[]): TimelineClash[] {
  const byDay = new Map<string, TimelineItem[]>();
  for (const item of items) {
    if (item.done || !DEADLINE_KINDS.has(item.kind)) continue;
    const day = clashDay(item);
    const list = byDay.get(day);
    if (list) list.push(item);
    else byDay.set(day, [item]);
  }
  const clashes: TimelineClash[] = [];
  for (const [day, list] of byDay) {
    if (new Set(list.map((item) => item.opportunityId)).size < 2) continue;
    clashes.push({ day, items: sortTimeline(list) });
  }
  return clashes.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** The bid team's own all-day items are their day; a notice's deadline is its last day. */
function clashDay(item: TimelineItem): string {
  return item.allDay && item.source === 'bid' ? ukDay(item.at) : dueDay(item.at);
}
