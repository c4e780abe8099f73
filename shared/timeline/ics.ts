/**
 * The bid timeline as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple
 * Calendar import: one event per dated item, in Europe/London time (with its VTIMEZONE) or UTC.
 */
import { ukDay, ukWallClock } from '../calendar/instants';
import { formatUkDate } from '../calendar/format';
import { addDays } from '../calendar/days';
import { escapeText, foldLine, icsDate, icsLondon, icsUtc, safeUri } from './ics-text';
import type { TimelineItem, TimelineLane, TimelineSource } from './model';

/** The domain part of every UID: the UIDs are Bid Desk's own, whoever exports them. */
export const UID_DOMAIN = 'biddesk.app';

export interface IcsOptions {
  /** Shown by calendar apps as the calendar's name (NAME, X-WR-CALNAME). */
  calendarName: string;
  /** The export's clock: DTSTAMP, LAST-MODIFIED and SEQUENCE come from it. */
  now: Date;
  /** `Europe/London` (default): times as UK wall clock with a VTIMEZONE. `UTC`: times in UTC. */
  timeZone?: 'Europe/London' | 'UTC';
}

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

const LANE_NAMES: Record<TimelineLane, string> = {
  notice: 'Notice',
  engagement: 'Engagement',
  writing: 'Writing',
  'sign-off': 'Sign-off',
};

/** 2020-01-01T00:00:00Z: SEQUENCE counts minutes from here. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

/**
 * The UID of an item: its stable id at Bid Desk's domain. An id with characters calendar
 * software treats unevenly (spaces, colons, commas, quotes: notice lot ids may hold them; one
 * parser was seen decoding `%3A`) has them replaced by `-` and gets a hash of the whole id, so
 * the UID stays unique and the same in every export.
 */
export function icsUid(item: Pick<TimelineItem, 'id'>): string {
  if (/^[A-Za-z0-9._~/#-]+$/.test(item.id)) return `${item.id}@${UID_DOMAIN}`;
  let hash = 0x811c9dc5;
  for (const char of item.id) hash = Math.imul(hash ^ (char.codePointAt(0) as number), 0x01000193);
  const safe = item.id.replace(/[^A-Za-z0-9._~/#-]+/g, '-').replace(/-+$/, '');
  return `${safe}-${(hash >>> 0).toString(16).padStart(8, '0')}@${UID_DOMAIN}`;
}

/**
 * The calendar file for `items`. Calendar apps match events by UID, so re-importing a later
 * export updates the events (a moved deadline moves) instead of adding copies: UIDs come from
 * the items' stable ids, and SEQUENCE is the export time in minutes since 2020, so each export
 * is newer than the one before. Timed items start at their instant (and end when they have an
 * end); all-day items are dates (DTEND the next day, as RFC 5545 wants). Lines end CRLF and are
 * folded at 75 octets.
 */
export function toIcs(items: readonly TimelineItem[], options: IcsOptions): string {
  const london = (options.timeZone ?? 'Europe/London') === 'Europe/London';
  const stamp = icsUtc(options.now);
  const sequence = Math.max(0, Math.floor((options.now.getTime() - SEQUENCE_EPOCH) / 60_000));
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
  const when = (instant: string): string => {
    const date = new Date(Math.floor(Date.parse(instant) / 1000) * 1000);
    // The hour the clocks go back happens twice. RFC 5545 reads a London time there as the
    // first occurrence, some parsers (pytz) as the second: a moment in it is written in UTC.
    return london && !inRepeatedHour(date)
      ? `;TZID=Europe/London:${icsLondon(date)}`
      : `:${icsUtc(date)}`;
  };

  for (const item of items) {
    lines.push('BEGIN:VEVENT', `UID:${icsUid(item)}`, `DTSTAMP:${stamp}`);
    lines.push(`LAST-MODIFIED:${stamp}`, `SEQUENCE:${sequence}`);
    if (item.allDay) {
      const day = ukDay(item.at);
      lines.push(`DTSTART;VALUE=DATE:${icsDate(day)}`);
      lines.push(`DTEND;VALUE=DATE:${icsDate(addDays(day, 1))}`);
    } else {
      lines.push(`DTSTART${when(item.at)}`);
      if (item.end) lines.push(`DTEND${when(item.end)}`);
    }
    lines.push(`SUMMARY:${escapeText(summary(item))}`);
    lines.push(`DESCRIPTION:${escapeText(description(item))}`);
    if (item.location) lines.push(`LOCATION:${escapeText(item.location)}`);
    const url = safeUri(item.url);
    if (url) lines.push(`URL:${url}`);
    lines.push(`CATEGORIES:${escapeText(LANE_NAMES[item.lane])}`);
    // Deadlines mark a moment; only events with a length take up the team's time.
    lines.push(`TRANSP:${item.end ? 'OPAQUE' : 'TRANSPARENT'}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
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
