/**
 * The bid timeline as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple
 * Calendar import: one event per dated item, in Europe/London time (with its VTIMEZONE) or UTC.
 */
import { ukDay, ukWallClock } from '../calendar/instants';
import { formatUkDate } from '../calendar/format';
import { addDays } from '../calendar/days';
import { LANE_NAMES, statusText } from './export-words';
import { escapeText, foldLine, icsDate, icsLondon, icsUtc, safeUri } from './ics-text';
import { isMilestone, REMINDER_KINDS } from './milestones';
import { DEADLINE_KINDS, type TimelineItem, type TimelineSource } from './model';

/** The domain part of every UID: the UIDs are Bid Desk's own, whoever exports them. */
export const UID_DOMAIN = 'biddesk.app';

/** When calendar apps remind the user of a deadline: a day or a week before it, or never. */
export const ICS_REMINDERS = ['1-day', '1-week', 'none'] as const;
export type IcsReminder = (typeof ICS_REMINDERS)[number];

/** Which revision of each event a calendar app last received from Bid Desk, by UID. */
export type IcsRevisions = Readonly<Record<string, IcsRevision>>;
export interface IcsRevision {
  /** RFC 5545 SEQUENCE: 0 when first exported, one more each time the event changed. */
  sequence: number;
  /** When the event last changed (LAST-MODIFIED), an ISO instant. */
  modifiedAt: string;
  /** A hash of the event as exported (everything but the stamps), to tell whether it changed. */
  fingerprint: string;
}

export interface IcsOptions {
  /** Shown by calendar apps as the calendar's name (NAME, X-WR-CALNAME). */
  calendarName: string;
  /** The export's clock: DTSTAMP (and LAST-MODIFIED of an event with no revision) come from it. */
  now: Date;
  /** `Europe/London` (default): times as UK wall clock with a VTIMEZONE. `UTC`: times in UTC. */
  timeZone?: 'Europe/London' | 'UTC';
  /** Reminders on the buyer's deadlines (`REMINDER_KINDS`); none when not given. */
  reminder?: IcsReminder;
  /** Only the milestones (`isMilestone`), not every checklist item. */
  milestonesOnly?: boolean;
  /** From `icsRevisions`: each event's SEQUENCE and LAST-MODIFIED. Without it: 0 and `now`. */
  revisions?: IcsRevisions;
}

/**
 * A moment (a deadline, a publication) exported as an event this long, not as zero length, which
 * some calendar apps hide or draw as a hairline.
 */
export const MOMENT_MINUTES = 30;

/**
 * Europe/London since 1996: BST from 01:00 GMT on the last Sunday of March, GMT from 02:00 BST
 * on the last Sunday of October. Every date a notice can hold follows these rules.
 */
const VTIMEZONE_LONDON = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZNAME:BST',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZNAME:GMT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * The UID of an item: its stable id at Bid Desk's domain. An id with characters calendar
 * software treats unevenly (spaces, colons, commas, quotes: notice lot ids may hold them; one
 * parser was seen decoding `%3A`) has them replaced by `-` and gets a hash of the whole id, so
 * the UID stays unique and the same in every export.
 */
export function icsUid(item: Pick<TimelineItem, 'id'>): string {
  if (/^[A-Za-z0-9._~/#-]+$/.test(item.id)) return `${item.id}@${UID_DOMAIN}`;
  const safe = item.id.replace(/[^A-Za-z0-9._~/#-]+/g, '-').replace(/-+$/, '');
  return `${safe}-${fnv1a(item.id)}@${UID_DOMAIN}`;
}

/** FNV-1a over the code points, as 8 hex digits: short, stable, not for security. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) as number), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The calendar file for `items`. Calendar apps match events by UID, so re-importing a later
 * export updates the events (a moved deadline moves) instead of adding copies: UIDs come from
 * the items' stable ids, and SEQUENCE from `options.revisions` (one more each time an event
 * changed). All-day items are dates (DTEND the next day, as RFC 5545 wants); timed items with an
 * end run from start to end. A moment is `MOMENT_MINUTES` long: a deadline is the half hour that
 * ends at it (so the block on the calendar is the last chance, and ends when the portal closes),
 * any other moment the half hour from it. Lines end CRLF and are folded at 75 octets.
 */
export function toIcs(items: readonly TimelineItem[], options: IcsOptions): string {
  const london = (options.timeZone ?? 'Europe/London') === 'Europe/London';
  const stamp = icsUtc(options.now);
  const name = escapeText(options.calendarName);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Bid Desk//Bid timeline//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${name}`,
    `X-WR-CALNAME:${name}`,
  ];
  if (london) lines.push('X-WR-TIMEZONE:Europe/London', ...VTIMEZONE_LONDON);
  for (const item of exported(items, options)) {
    const uid = icsUid(item);
    const revision = options.revisions?.[uid];
    const modified = revision ? icsUtc(new Date(revision.modifiedAt)) : stamp;
    lines.push('BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${stamp}`);
    lines.push(`LAST-MODIFIED:${modified}`, `SEQUENCE:${revision?.sequence ?? 0}`);
    lines.push(...eventBody(item, options), 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/**
 * The revisions after exporting `items`: an event whose content (times, text, reminder) differs
 * from the one last exported gets SEQUENCE one higher and LAST-MODIFIED `now`; a new event starts
 * at 0; others keep theirs. Events not in this export are kept as they were. Store the result
 * once the file is saved, and pass it to `toIcs` as `revisions`.
 */
export function icsRevisions(
  items: readonly TimelineItem[],
  options: Omit<IcsOptions, 'revisions'>,
  previous: IcsRevisions,
): Record<string, IcsRevision> {
  const next: Record<string, IcsRevision> = { ...previous };
  for (const item of exported(items, options)) {
    const uid = icsUid(item);
    const fingerprint = fnv1a(eventBody(item, options).join('\n'));
    const before = previous[uid];
    if (before?.fingerprint === fingerprint) continue;
    next[uid] = {
      sequence: before ? before.sequence + 1 : 0,
      modifiedAt: options.now.toISOString(),
      fingerprint,
    };
  }
  return next;
}

function exported(items: readonly TimelineItem[], options: Pick<IcsOptions, 'milestonesOnly'>) {
  return options.milestonesOnly ? items.filter(isMilestone) : items;
}

/** An event's content lines from DTSTART to TRANSP (and its reminder), without the stamps. */
function eventBody(item: TimelineItem, options: Omit<IcsOptions, 'revisions'>): string[] {
  const london = (options.timeZone ?? 'Europe/London') === 'Europe/London';
  const when = (instant: number): string => {
    const date = new Date(Math.floor(instant / 1000) * 1000);
    // The hour the clocks go back happens twice. RFC 5545 reads a London time there as the
    // first occurrence, some parsers (pytz) as the second: a moment in it is written in UTC.
    return london && !inRepeatedHour(date)
      ? `;TZID=Europe/London:${icsLondon(date)}`
      : `:${icsUtc(date)}`;
  };
  const lines: string[] = [];
  const deadline = DEADLINE_KINDS.has(item.kind) || REMINDER_KINDS.has(item.kind);
  if (item.allDay) {
    const day = ukDay(item.at);
    lines.push(`DTSTART;VALUE=DATE:${icsDate(day)}`);
    lines.push(`DTEND;VALUE=DATE:${icsDate(addDays(day, 1))}`);
  } else {
    const at = Date.parse(item.at);
    const moment = MOMENT_MINUTES * 60_000;
    const start = item.end || !deadline ? at : at - moment;
    const end = item.end ? Date.parse(item.end) : deadline ? at : at + moment;
    lines.push(`DTSTART${when(start)}`, `DTEND${when(end)}`);
  }
  const title = escapeText(summary(item));
  lines.push(`SUMMARY:${title}`);
  lines.push(`DESCRIPTION:${escapeText(description(item))}`);
  if (item.location) lines.push(`LOCATION:${escapeText(item.location)}`);
  const url = safeUri(item.url);
  if (url) lines.push(`URL:${url}`);
  lines.push(`CATEGORIES:${escapeText(LANE_NAMES[item.lane])}`);
  // Deadlines mark a moment; only events with a length take up the team's time.
  lines.push(`TRANSP:${item.end ? 'OPAQUE' : 'TRANSPARENT'}`);
  const trigger = reminderTrigger(item, options.reminder ?? 'none');
  if (trigger && !item.done) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${title}`);
    lines.push(`TRIGGER:${trigger}`, 'END:VALARM');
  }
  return lines;
}

/**
 * When to remind, before the event's start (every calendar app reads that; fewer read a trigger
 * on the end): a timed deadline's event starts half an hour before the deadline, so a day before
 * the deadline is 23 h 30 min before the start. A day's deadline is reminded at 09:00 the day
 * (or week) before: 15 hours before that day starts.
 */
function reminderTrigger(item: TimelineItem, reminder: IcsReminder): string | null {
  if (reminder === 'none' || !REMINDER_KINDS.has(item.kind)) return null;
  const days = reminder === '1-week' ? 6 : 0;
  const prefix = days > 0 ? `-P${days}D` : '-P';
  if (item.allDay) return `${prefix}T15H`;
  return item.end ? `-P${days + 1}D` : `${prefix}T23H${60 - MOMENT_MINUTES}M`;
}

/** True in the hour the clocks go back, whose London times happen twice. */
function inRepeatedHour(date: Date): boolean {
  const { day, clock } = ukWallClock(date);
  return [-3_600_000, 3_600_000].some((shift) => {
    const other = ukWallClock(new Date(date.getTime() + shift));
    return other.day === day && other.clock === clock;
  });
}

function lotText(item: TimelineItem): string {
  if (item.lotId === null) return '';
  return item.lotTitle ? `Lot ${item.lotId}: ${item.lotTitle}` : `Lot ${item.lotId}`;
}

/** "Submission deadline – Stalking Service (Lot 2)", "Done: …" once done. */
function summary(item: TimelineItem): string {
  const lot = item.lotId === null ? '' : ` (Lot ${item.lotId})`;
  return `${item.done ? 'Done: ' : ''}${item.title} – ${item.opportunityTitle}${lot}`;
}

const SOURCE_LINES: Record<TimelineSource, string> = {
  notice: 'From the notice.',
  bid: "From the bid team's plan.",
  estimate: "Bid Desk's estimate, not from a notice.",
};

function description(item: TimelineItem): string {
  const lines = [item.detail.trim()];
  if (item.owner) lines.push(`Owner: ${item.owner}`);
  const status = item.status ? statusText(item) : '';
  if (status) lines.push(`Status: ${status}`);
  lines.push(
    `Opportunity: ${item.opportunityTitle}${item.buyerName ? ` (${item.buyerName})` : ''}`,
  );
  const lot = lotText(item);
  if (lot) lines.push(lot);
  if (item.movedFrom) lines.push(`Moved from ${formatUkDate(item.movedFrom, item.allDay)}`);
  lines.push(SOURCE_LINES[item.source]);
  if (item.url) lines.push(`Notice: ${item.url}`);
  return lines.filter(Boolean).join('\n');
}
