/**
 * Dates as an aggregator notice page prints them. The page glues a relative phrase straight onto
 * the year ("18 May 20262 weeks ago"), so a date is only ever read from the start of a value and
 * the year is exactly four digits.
 */
import { isoDay as dayFromNumbers, startOfUkDay } from '../calendar/days';
import { monthNumber } from '../calendar/format';
import { formatUk, isRealDay } from '../calendar/instants';
import type { Instant } from '../notice/model';

const MONTH_WORD =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
// Day, month word, four-digit year; whatever follows the year is the page's relative phrase.
const DAY_PATTERN = `(\\d{1,2}) (${MONTH_WORD}) (\\d{4})`;
const DATE_AT_START = new RegExp(`^${DAY_PATTERN}`, 'i');
const RANGE_AT_START = new RegExp(`^${DAY_PATTERN}\\s*[-–]\\s*${DAY_PATTERN}`, 'i');
const HISTORY_STAMP = new RegExp(`^${DAY_PATTERN} at (\\d{1,2}):(\\d{2})$`, 'i');

function isoDay(day: string, month: string, year: string): string | null {
  const m = monthNumber(month);
  const d = Number(day);
  const y = Number(year);
  // Reject 31 Feb and friends rather than rolling over into the next month.
  if (!isRealDay(y, m, d)) return null;
  return dayFromNumbers(y, m, d);
}

/**
 * Read the day a page value starts with: "18 May 20262 weeks ago", "1 Jul 20264 weeks to go",
 * "1 Jun 2026Expired", "23 Jun 2026Yesterday" → "2026-05-18" etc. (yyyy-MM-dd). Returns null
 * for "Not specified" and anything else that does not start with a real date.
 */
export function parsePageDate(value: string): string | null {
  const m = DATE_AT_START.exec(value.trim());
  if (!m) return null;
  return isoDay(m[1] as string, m[2] as string, m[3] as string);
}

/**
 * Read a printed period such as "31 Mar 2027 - 31 Mar 2031 4-5 years" into its first and last
 * day (yyyy-MM-dd). Null unless both ends are real dates.
 */
export function parsePageDateRange(value: string): { start: string; end: string } | null {
  const m = RANGE_AT_START.exec(value.trim());
  if (!m) return null;
  const start = isoDay(m[1] as string, m[2] as string, m[3] as string);
  const end = isoDay(m[4] as string, m[5] as string, m[6] as string);
  return start && end ? { start, end } : null;
}

/**
 * Read a release-history stamp ("18 May 2026 at 10:28"). The aggregator prints these in UTC
 * (seed 000's 10:28 is the release dated 11:28:45+01:00), so the result is that UTC moment
 * rendered as a Europe/London instant. Null when the text is not such a stamp.
 */
export function parseHistoryStamp(value: string): Instant | null {
  const m = HISTORY_STAMP.exec(value.trim());
  if (!m) return null;
  const day = isoDay(m[1] as string, m[2] as string, m[3] as string);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (!day || hour > 23 || minute > 59) return null;
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  return formatUk(new Date(Date.UTC(y, mo - 1, d, hour, minute)));
}

/**
 * Local midnight of a yyyy-MM-dd day, as a London instant: a day printed without a time is read
 * at its start, its earliest reading (a deadline the page prints as "27 Jun 2026" may be 00:00).
 */
export function dayInstant(day: string): Instant {
  return startOfUkDay(day);
}
