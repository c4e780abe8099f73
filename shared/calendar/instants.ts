import { getTimezoneOffset } from 'date-fns-tz';
import type { Instant } from '../notice/model';

/** UK users think in Europe/London; every instant Bid Desk shows or exports is rendered there. */
export const UK_ZONE = 'Europe/London';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Per UTC day: the offset, or null when the clocks change that day (then asked per hour). */
const offsetByDay = new Map<number, number | null>();
const offsetByHour = new Map<number, number>();

function askOffset(ms: number): number {
  return getTimezoneOffset(UK_ZONE, new Date(ms));
}

/**
 * London's offset from UTC (ms) at an instant. date-fns-tz knows the rules; asking it goes
 * through Intl and costs ~20 µs, which dominated importing 10k releases. The offset only changes
 * on a UTC hour boundary and on two days a year, so one answer per UTC day (per hour on the days
 * the clocks change) is exact.
 */
function londonOffset(ms: number): number {
  const day = Math.floor(ms / DAY);
  let offset = offsetByDay.get(day);
  if (offset === undefined) {
    const start = askOffset(day * DAY);
    offset = start === askOffset(day * DAY + DAY - 1) ? start : null;
    if (offsetByDay.size > 100_000) offsetByDay.clear();
    offsetByDay.set(day, offset);
  }
  if (offset !== null) return offset;
  const hour = Math.floor(ms / HOUR);
  let hourly = offsetByHour.get(hour);
  if (hourly === undefined) {
    hourly = askOffset(hour * HOUR);
    offsetByHour.set(hour, hourly);
  }
  return hourly;
}

/**
 * The instant of a Europe/London wall-clock time (`yyyy-MM-dd`, `HH:mm[:ss]`). Same answers as
 * date-fns-tz's fromZonedTime (tested hour by hour across the clock changes), without its
 * per-call Intl cost.
 */
export function fromUkWallClock(day: string, clock = '00:00:00'): Date {
  const [y, mo, d] = day.split('-').map(Number);
  const [h, mi, se] = clock.split(':').map(Number);
  const wall = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, se ?? 0);
  if (Number.isNaN(wall)) return new Date(Number.NaN);
  const first = wall - londonOffset(wall);
  const second = wall - londonOffset(first);
  // In the spring gap (01:00–01:59 does not exist) this reads the time as GMT, like date-fns-tz.
  return new Date(Math.min(first, second));
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The Europe/London wall clock of an instant, as `yyyy-MM-dd` and `HH:mm:ss`, plus its offset. */
export function ukWallClock(date: Date): { day: string; clock: string; offsetMinutes: number } {
  const ms = date.getTime();
  const offset = londonOffset(ms);
  const local = new Date(ms + offset);
  const year = local.getUTCFullYear();
  const day = `${year < 1000 ? String(year).padStart(4, '0') : year}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}`;
  const clock = `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`;
  return { day, clock, offsetMinutes: offset / 60_000 };
}

const ISO_WITH_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Format a Date as an ISO-8601 instant in Europe/London with its offset (`+01:00`/`+00:00`). */
export function formatUk(date: Date): Instant {
  const { day, clock, offsetMinutes } = ukWallClock(date);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${day}T${clock}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/**
 * Read an OCDS date-time. Values with an offset keep their instant; values without one are
 * Europe/London wall time; a bare date is that day's local midnight. Returns null for anything
 * else (FTS has been seen to publish empty strings and nulls).
 */
export function parseOcdsDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const timed = ISO_WITH_TIME.exec(text);
  const m = timed ?? DATE_ONLY.exec(text);
  if (!m || !isRealDay(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  let date: Date;
  if (!timed) date = fromUkWallClock(text);
  else date = timed[7] ? new Date(text) : fromUkWallClock(text.slice(0, 10), text.slice(11, 19));
  return inRange(date) ? date : null;
}

/**
 * Years a procurement notice can mean. Outside them the date is damage (year 0000, 10000), and
 * would not even format as a four-digit-year Instant; before 1847 London was not on GMT.
 */
function inRange(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= 1900 && year <= 2999;
}

/** False for `2026-02-31`, which JavaScript would silently read as 3 March. */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Notices repeat the same few dates (contract periods, deadlines) across lots and releases. */
const instantCache = new Map<string, Instant | null>();

/** `parseOcdsDate` rendered as a UK instant, or null. */
export function ocdsInstant(value: unknown): Instant | null {
  if (typeof value !== 'string') return null;
  let instant = instantCache.get(value);
  if (instant === undefined) {
    const date = parseOcdsDate(value);
    instant = date ? formatUk(date) : null;
    if (instantCache.size > 50_000) instantCache.clear();
    instantCache.set(value, instant);
  }
  return instant;
}

/** Instants as epoch milliseconds: Date.parse is slow, and key dates sort the same few often. */
const msCache = new Map<string, number>();

/** `Date.parse` of an instant (NaN when it does not parse), remembered per string. */
export function instantMs(instant: string): number {
  let ms = msCache.get(instant);
  if (ms === undefined) {
    ms = Date.parse(instant);
    if (msCache.size > 50_000) msCache.clear();
    msCache.set(instant, ms);
  }
  return ms;
}

/**
 * True when an OCDS time may stand for "that day" rather than a moment: 23:59:59 (FTS's end of
 * day) or 00:00:00 local (start of day), read in Europe/London. An engagement milestone at either
 * is a day whose time the description may give. A deadline at 00:00 is not a day but the end of
 * the day before: key dates decide per kind (`readKeyDates`).
 */
export function isDayLevel(value: unknown): boolean {
  const instant = ocdsInstant(value);
  return instant !== null && isDayLevelInstant(instant);
}

/**
 * True when an OCDS value is a bare date (`"2026-06-19"`): the notice gives a day and no time.
 * `ocdsInstant` reads it as that day's first instant, which looks like a midnight time; this is
 * how a reader tells the two apart.
 */
export function isDateOnly(value: unknown): boolean {
  return typeof value === 'string' && DATE_ONLY.test(value.trim());
}

/** True when an instant is exactly 00:00:00 in Europe/London: the first instant of a UK day. */
export function isUkMidnight(instant: Instant): boolean {
  let midnight = midnightCache.get(instant);
  if (midnight === undefined) {
    const ms = instantMs(instant);
    midnight = !Number.isNaN(ms) && ukWallClock(new Date(ms)).clock === '00:00:00';
    if (midnightCache.size > 50_000) midnightCache.clear();
    midnightCache.set(instant, midnight);
  }
  return midnight;
}

/** The change log words the same few deadlines of a large import again and again. */
const midnightCache = new Map<string, boolean>();

/**
 * The UK day by whose end something due at `at` must be done: the day of the last moment before
 * it. That is the instant's own day, except at midnight, which is the first instant of its day
 * and so the end of the day before (a deadline at 00:00 on 27 June is met by the end of 26 June).
 * A day-level date at its day's first instant (a date given without a time) is read the same way:
 * its earliest reading. 23:59:59 (FTS's end of day) stays on its own day.
 */
export function dueDay(at: Instant): string {
  return ukWallClock(new Date(instantMs(at) - 1)).day;
}

/** isDayLevel of a value already read with `ocdsInstant`. */
export function isDayLevelInstant(instant: Instant): boolean {
  const clock = instant.slice(11, 19);
  return clock === '23:59:59' || clock === '00:00:00';
}

/** The Europe/London calendar day of an instant, `yyyy-MM-dd`. */
export function ukDay(value: Instant | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return ukWallClock(date).day;
}

/**
 * ukInstant's answers by time (null apart from any text), then by day: prose repeats the same
 * few days and times, and each conversion asks for London's offset twice and formats it.
 */
const instantsByTime = new Map<string | null, Map<string, Instant>>();

/**
 * A UK wall-clock day (`yyyy-MM-dd`) and time (`HH:mm`, or null for the start of the day) as an
 * instant, e.g. `2026-03-06` → `2026-03-06T00:00:00+00:00`.
 */
export function ukInstant(day: string, time: string | null): Instant {
  let byDay = instantsByTime.get(time);
  if (!byDay) {
    if (instantsByTime.size > 2_000) instantsByTime.clear();
    byDay = new Map();
    instantsByTime.set(time, byDay);
  }
  let instant = byDay.get(day);
  if (instant === undefined) {
    instant = formatUk(fromUkWallClock(day, `${time ?? '00:00'}:00`));
    if (byDay.size > 20_000) byDay.clear();
    byDay.set(day, instant);
  }
  return instant;
}

/** Any ISO instant (with `Z` or an offset) re-expressed in UK time, or null if unreadable. */
export function toUkInstant(iso: string): Instant | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : formatUk(date);
}
