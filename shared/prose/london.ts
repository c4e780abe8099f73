/**
 * Instants in Europe/London: UK notices state wall-clock times, and UK users think in them.
 * date-fns-tz does the BST arithmetic so a date in March or October gets the right offset.
 */
import { formatUk, fromUkWallClock, ukWallClock } from '../notice/instants';
import type { Instant } from '../notice/model';

export const LONDON = 'Europe/London';

/** Format a moment as an ISO-8601 instant with the London offset (`+01:00` or `+00:00`). */
export function formatLondon(date: Date): Instant {
  return formatUk(date);
}

/**
 * londonInstant's answers by time (null apart from any text), then by day: prose repeats the same
 * few days and times, and each conversion asks for London's offset twice and formats it.
 */
const instantsByTime = new Map<string | null, Map<string, Instant>>();

/**
 * A London wall-clock date (`yyyy-MM-dd`) and time (`HH:mm`, or null for the start of the day)
 * as an instant, e.g. `2026-03-06` → `2026-03-06T00:00:00+00:00`.
 */
export function londonInstant(date: string, time: string | null): Instant {
  let byDay = instantsByTime.get(time);
  if (!byDay) {
    if (instantsByTime.size > 2_000) instantsByTime.clear();
    byDay = new Map();
    instantsByTime.set(time, byDay);
  }
  let instant = byDay.get(date);
  if (instant === undefined) {
    instant = formatLondon(fromUkWallClock(date, `${time ?? '00:00'}:00`));
    if (byDay.size > 20_000) byDay.clear();
    byDay.set(date, instant);
  }
  return instant;
}

/** Any ISO instant (with `Z` or an offset) re-expressed in London time, or null if unreadable. */
export function toLondon(iso: string): Instant | null {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : formatLondon(d);
}

/** The London calendar date (`yyyy-MM-dd`) and time (`HH:mm`) of an instant. */
export function londonParts(date: Date): { date: string; time: string } {
  const { day, clock } = ukWallClock(date);
  return { date: day, time: clock.slice(0, 5) };
}

/** True when `yyyy-MM-dd` names a real calendar day. */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `yyyy-MM-dd` from numbers. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
