import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import type { Instant } from './model';

/** UK users think in Europe/London; every instant Bid Desk shows or exports is rendered there. */
export const UK_ZONE = 'Europe/London';

const ISO_WITH_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Format a Date as an ISO-8601 instant in Europe/London with its offset (`+01:00`/`+00:00`). */
export function formatUk(date: Date): Instant {
  return formatInTimeZone(date, UK_ZONE, "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/**
 * Read an OCDS date-time. Values with an offset keep their instant; values without one are
 * Europe/London wall time; a bare date is that day's local midnight. Returns null for anything
 * else (FTS has been seen to publish empty strings and nulls).
 */
export function parseOcdsDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  let m = ISO_WITH_TIME.exec(text);
  if (m) {
    const date = m[7] ? new Date(text) : fromZonedTime(text, UK_ZONE);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  m = DATE_ONLY.exec(text);
  if (m) {
    const date = fromZonedTime(`${text}T00:00:00`, UK_ZONE);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

/** `parseOcdsDate` rendered as a UK instant, or null. */
export function ocdsInstant(value: unknown): Instant | null {
  const date = parseOcdsDate(value);
  return date ? formatUk(date) : null;
}

/**
 * True when an OCDS time stands for "that day" rather than a moment: 23:59:59 (FTS's end of day)
 * or 00:00:00 local (start of day), read in Europe/London.
 */
export function isDayLevel(value: unknown): boolean {
  const date = parseOcdsDate(value);
  if (!date) return false;
  const clock = formatInTimeZone(date, UK_ZONE, 'HH:mm:ss');
  return clock === '23:59:59' || clock === '00:00:00';
}

/** The Europe/London calendar day of an instant, `yyyy-MM-dd`. */
export function ukDay(value: Instant | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return formatInTimeZone(date, UK_ZONE, 'yyyy-MM-dd');
}
