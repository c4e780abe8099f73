/**
 * Reminders: when to tell the user about a date they asked to be reminded of. Pure: the dates
 * come from the timeline, the clock is a parameter, and the desktop (native notifications) or
 * the browser (the Notifications API) only shows what `dueReminders` returns. Nothing is sent
 * anywhere.
 *
 * A reminder "N days before" is on the UK day N calendar days before the date's last day, at the
 * user's reminder time (09:00 by default) in UK wall time: it stays at 09:00 across the clock
 * changes. A reminder that would come at or after the date itself is not made.
 */
import { z } from 'zod';
import { addDays, dayOf, deadlineDayOf } from '../calendar/days';
import { formatDay, formatUkDate } from '../calendar/format';
import { formatUk, fromUkWallClock, instantMs, ukWallClock } from '../calendar/instants';
import type { Instant } from '../notice/model';
import type { TimelineItem } from '../timeline/model';

export const ReminderKind = z.enum(['deadline', 'signUp', 'checklistItem', 'decision']);
export type ReminderKind = z.infer<typeof ReminderKind>;

const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time such as 09:00');

export const ReminderSettings = z.object({
  enabled: z.boolean(),
  /** Days before the date, per kind; 0 is the day itself. An empty list: no reminders of that kind. */
  daysBefore: z.record(ReminderKind, z.array(z.number().int().min(0).max(60))),
  /** When in the day reminders come (UK time). */
  at: Clock,
  /** No reminder between `from` and `to` (UK time; may run past midnight); null: none. */
  quietHours: z.object({ from: Clock, to: Clock }).nullable(),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

/** What the issue asks by default: a deadline 7 and 2 days before, a sign-up 2 days before, … */
export const DEFAULT_REMINDERS: ReminderSettings = {
  enabled: true,
  daysBefore: { deadline: [7, 2], signUp: [2], checklistItem: [0], decision: [0] },
  at: '09:00',
  quietHours: { from: '21:00', to: '08:00' },
};

export interface Reminder {
  /** Stable: the timeline item's id and the offset, so a reminder is shown once. */
  id: string;
  kind: ReminderKind;
  /** When to show it. */
  at: Instant;
  opportunityId: string;
  /** The timeline item it is about. */
  itemId: string;
  /** The date it reminds of; a reminder is stale once this has passed (decisions excepted). */
  dueAt: Instant;
  title: string;
  body: string;
}

/** The kind of reminder a timeline item gets, or null when it gets none. */
function kindOf(item: TimelineItem): ReminderKind | null {
  if (item.done) return null;
  if (item.kind === 'submissionDeadline') return 'deadline';
  if (item.kind === 'engagementSignUp') return 'signUp';
  if (item.kind === 'checklist') return 'checklistItem';
  if (item.kind === 'goNoGo') return 'decision';
  return null;
}

function inQuietHours(clock: string, quiet: ReminderSettings['quietHours']): boolean {
  if (!quiet || quiet.from === quiet.to) return false;
  return quiet.from < quiet.to
    ? clock >= quiet.from && clock < quiet.to
    : clock >= quiet.from || clock < quiet.to;
}

/** A reminder time moved out of quiet hours to when they end (the same night's morning). */
function outOfQuietHours(at: Date, quiet: ReminderSettings['quietHours']): Date {
  const { day, clock } = ukWallClock(at);
  if (!quiet || !inQuietHours(clock.slice(0, 5), quiet)) return at;
  const morning = clock.slice(0, 5) < quiet.to ? day : addDays(day, 1);
  return fromUkWallClock(morning, `${quiet.to}:00`);
}

function when(item: TimelineItem): string {
  return formatUkDate(item.at, item.allDay);
}

function words(kind: ReminderKind, item: TimelineItem, daysBefore: number): string {
  const ahead =
    daysBefore === 0 ? 'today' : daysBefore === 1 ? 'tomorrow' : `in ${String(daysBefore)} days`;
  const lot = item.lotTitle ? ` (${item.lotTitle})` : '';
  switch (kind) {
    case 'deadline':
      return `${item.title}${lot} ${ahead}: ${when(item)}.`;
    case 'signUp':
      return `Sign up ${ahead}${lot}: ${item.title}, ${when(item)}.`;
    case 'checklistItem':
      return `Due ${ahead}${lot}: ${item.title}.`;
    case 'decision':
      return `Go/no-go decision due ${ahead}${lot}: decide whether to bid.`;
  }
}

/**
 * Every reminder the items call for under the settings, in time order. `undecided` holds the
 * opportunities with no go/no-go decision yet: only those get decision reminders, one on the day
 * the plan set for the decision and, when it passes undecided, one the morning after ("overdue").
 */
export function scheduleReminders(
  items: readonly TimelineItem[],
  settings: ReminderSettings,
  undecided: ReadonlySet<string>,
): Reminder[] {
  if (!settings.enabled) return [];
  const out: Reminder[] = [];
  for (const item of items) {
    const kind = kindOf(item);
    if (!kind) continue;
    if (kind === 'decision' && !undecided.has(item.opportunityId)) continue;
    const lastDay = item.allDay ? dayOf(item.at) : deadlineDayOf(item.at);
    const offsets = settings.daysBefore[kind];
    const dueMs = item.allDay ? fromUkWallClock(addDays(lastDay, 1)).getTime() : instantMs(item.at);
    for (const daysBefore of offsets) {
      const planned = fromUkWallClock(addDays(lastDay, -daysBefore), `${settings.at}:00`);
      const at = outOfQuietHours(planned, settings.quietHours);
      if (at.getTime() >= dueMs) continue;
      out.push({
        id: `${item.id}/reminder/${String(daysBefore)}`,
        kind,
        at: formatUk(at),
        opportunityId: item.opportunityId,
        itemId: item.id,
        dueAt: item.at,
        title: item.opportunityTitle,
        body: words(kind, item, daysBefore),
      });
    }
    if (kind === 'decision') {
      const morningAfter = fromUkWallClock(addDays(lastDay, 1), `${settings.at}:00`);
      out.push({
        id: `${item.id}/reminder/overdue`,
        kind,
        at: formatUk(outOfQuietHours(morningAfter, settings.quietHours)),
        opportunityId: item.opportunityId,
        itemId: item.id,
        dueAt: item.at,
        title: item.opportunityTitle,
        body: `The go/no-go decision was due ${formatDay(lastDay)} and has not been made.`,
      });
    }
  }
  return out.sort((a, b) => instantMs(a.at) - instantMs(b.at) || a.id.localeCompare(b.id));
}

/**
 * The reminders to show now: those whose time came after `since` (the last check) and by `now`,
 * not shown before, and not stale (the date they remind of has not passed; a missed decision
 * stays worth saying). After a computer slept through several, only the latest per item is shown.
 */
export function dueReminders(
  reminders: readonly Reminder[],
  since: Date,
  now: Date,
  shown: ReadonlySet<string>,
): Reminder[] {
  const latest = new Map<string, Reminder>();
  for (const r of reminders) {
    const at = instantMs(r.at);
    if (at <= since.getTime() || at > now.getTime() || shown.has(r.id)) continue;
    if (r.kind !== 'decision' && instantMs(r.dueAt) <= now.getTime()) continue;
    const known = latest.get(r.itemId);
    if (!known || instantMs(known.at) < at) latest.set(r.itemId, r);
  }
  return [...latest.values()].sort((a, b) => instantMs(a.at) - instantMs(b.at));
}

/** When the next reminder after `now` is due, for the timer that waits for it; null if none. */
export function nextReminderAt(reminders: readonly Reminder[], now: Date): Date | null {
  const next = reminders.find((r) => instantMs(r.at) > now.getTime());
  return next ? new Date(instantMs(next.at)) : null;
}
