/**
 * Dates as UK readers write them: "6 May 2026", "15 Dec 2026, 12:00", "Monday 20 April 2026",
 * always in Europe/London time, never in the computer's locale (a US-English computer would put
 * the month first).
 */
import type { Instant } from '../notice/model';
import { isUkDay, weekday, type UkDay } from './days';
import { isRealDay, ukWallClock } from './instants';

/** Day names by `Date.getUTCDay()` index (and `weekday`), for dates written out in full. */
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** Month names by zero-based month. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Jan" … "Dec": three letters, September included ("Sep", as Find a Tender prints it). */
const SHORT_MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3));
const SHORT_MONTHS_LOWER = SHORT_MONTHS.map((name) => name.toLowerCase());

/**
 * The month (1–12) a month word names, read from its first three letters ("Sept", "sept",
 * "September" and "Sep" are all 9); 0 when it names none.
 */
export function monthNumber(word: string): number {
  return SHORT_MONTHS_LOWER.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/** "15 Dec 2026, 12:00" (Europe/London), or "15 Dec 2026" for a day-level date. */
export function formatUkDate(at: Instant, allDay = false): string {
  const formatted = ukDateTexts(at);
  if (!formatted) return at;
  return allDay ? formatted.day : formatted.dayAndTime;
}

/** "20 Apr 2026, 10:00" (UK time) for a moment the user did something, such as a backup. */
export function formatUkDateTime(at: Instant): string {
  const formatted = ukDateTexts(at);
  return formatted ? formatted.dayAndTime : at;
}

/** Change logs of a large import format the same few deadlines and periods again and again. */
const formattedCache = new Map<string, { day: string; time: string; dayAndTime: string } | null>();

function ukDateTexts(at: Instant): { day: string; time: string; dayAndTime: string } | null {
  let formatted = formattedCache.get(at);
  if (formatted === undefined) {
    const date = new Date(at);
    if (Number.isNaN(date.getTime())) {
      formatted = null;
    } else {
      const { day, clock } = ukWallClock(date);
      const text = formatDay(day);
      const time = clock.slice(0, 5);
      formatted = { day: text, time, dayAndTime: `${text}, ${time}` };
    }
    if (formattedCache.size > 50_000) formattedCache.clear();
    formattedCache.set(at, formatted);
  }
  return formatted;
}

/** "6 May 2026" for a day (`yyyy-MM-dd`); "6 May" with `withYear` false. */
export function formatDay(day: UkDay, withYear = true): string {
  const [year, month, date] = day.split('-');
  const text = `${Number(date)} ${SHORT_MONTHS[Number(month) - 1] ?? '?'}`;
  return withYear ? `${text} ${year}` : text;
}

/**
 * "Monday 20 April 2026" for a day (`yyyy-MM-dd`), "Monday 20 April" with `withYear` false, or
 * null when it is not a day. Shown beside a date box, whose own format follows the computer's
 * locale (month first on a US-English one).
 */
export function longDay(day: string | undefined, withYear = true): string | null {
  if (!day || !isUkDay(day)) return null;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  if (!isRealDay(year, month, date)) return null;
  const words = `${WEEKDAY_NAMES[weekday(day)] ?? ''} ${date} ${MONTH_NAMES[month - 1] ?? ''}`;
  return withYear ? `${words} ${year}` : words;
}

/** `yyyy-MM-dd-HHmm` in UK time: a stamp for file names that sorts by date. */
export function fileStamp(now: Date): string {
  const { day, clock } = ukWallClock(now);
  return `${day}-${clock.slice(0, 2)}${clock.slice(3, 5)}`;
}
