/**
 * UK days: a day is a `yyyy-MM-dd` label, not an instant. Arithmetic on labels is done in UTC,
 * where there are no clock changes, so adding days never drifts across BST; turning a day into an
 * instant (its start in Europe/London) is `startOfUkDay`.
 */
import { addMonths as addMonthsToDate } from 'date-fns';
import { z } from 'zod';
import { dueDay, formatUk, fromUkWallClock, ukDay, ukWallClock } from './instants';

/** A UK calendar day as stored and exchanged: `yyyy-MM-dd`. */
export type UkDay = string;

const DAY_LABEL = /^\d{4}-\d{2}-\d{2}$/;

/** The one schema for a day (`yyyy-MM-dd`), in forms, settings and the timeline alike. */
export const UkDaySchema = z.string().regex(DAY_LABEL, 'Enter a date');

/** A day's length in milliseconds: only for instants and UTC labels, never for UK wall time. */
export const DAY_MS = 86_400_000;

/** True when `text` is shaped as a day label (`yyyy-MM-dd`); `isRealDay` (in instants) checks the date too. */
export function isUkDay(text: string): boolean {
  return DAY_LABEL.test(text);
}

/** `yyyy-MM-dd` from numbers. */
export function isoDay(year: number, month: number, day: number): UkDay {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toUtcMs(day: UkDay): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function fromUtcMs(ms: number): UkDay {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Days since 1 January 1970 (a whole number): charts lay days out by it. `dayFromNumber` turns
 * it back into a label.
 */
export function dayNumber(day: UkDay): number {
  return Math.round(toUtcMs(day) / DAY_MS);
}

/** The day `dayNumber` counted. */
export function dayFromNumber(n: number): UkDay {
  return fromUtcMs(n * DAY_MS);
}

/** The day `n` calendar days after `day` (before, when `n` is negative). */
export function addDays(day: UkDay, n: number): UkDay {
  return fromUtcMs(toUtcMs(day) + n * DAY_MS);
}

/**
 * The same day `n` calendar months later (earlier when negative), kept within the month: 31 March
 * less 6 months is 30 September. date-fns does the month rules on the day's own date parts (at
 * noon, so no clock change can move it), whatever the computer's time zone.
 */
export function addMonths(day: UkDay, n: number): UkDay {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const moved = addMonthsToDate(new Date(year, month - 1, date, 12), n);
  return isoDay(moved.getFullYear(), moved.getMonth() + 1, moved.getDate());
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: UkDay): number {
  return new Date(toUtcMs(day)).getUTCDay();
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: UkDay, to: UkDay): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** The UK day of an instant or of a day label (returned as is). */
export function dayOf(at: string): UkDay {
  return isUkDay(at) ? at : ukDay(at);
}

/**
 * The last UK day to meet a deadline given as an instant or a day label (returned as is): a
 * deadline at midnight, or a day given without a time, is read as the end of the day before
 * (`dueDay`).
 */
export function deadlineDayOf(at: string): UkDay {
  return isUkDay(at) ? at : dueDay(at);
}

/** Today in the UK: the day the user's wall calendar shows at `now`. */
export function ukToday(now: Date): UkDay {
  return ukWallClock(now).day;
}

/**
 * Whole UK calendar days from today (at `now`) to `at`, an instant or a day label: 0 today, 1
 * tomorrow, negative when it has passed.
 */
export function daysFromToday(now: Date, at: string): number {
  return daysBetween(ukToday(now), dayOf(at));
}

/** The start of a UK day (its local midnight) as an instant with its offset. */
export function startOfUkDay(day: UkDay): string {
  return formatUk(fromUkWallClock(day));
}
