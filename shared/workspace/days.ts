/**
 * Calendar arithmetic on UK days (`yyyy-MM-dd`). A day is a label, not an instant: adding days
 * to the label (in UTC, where there are no clock changes) never drifts across BST.
 */
import type { Instant } from '../notice/model';
import { dueDay, fromUkWallClock, ukDay } from '../notice/instants';
import type { Day } from './model';

const DAY_MS = 86_400_000;

function toUtcMs(day: Day): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
}

function fromUtcMs(ms: number): Day {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The day `n` calendar days after `day` (before, when `n` is negative). */
export function addDays(day: Day, n: number): Day {
  return fromUtcMs(toUtcMs(day) + n * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return new Date(toUtcMs(day)).getUTCDay();
}

/** The UK day of an instant or of a day label (returned as is). */
export function dayOf(at: Instant | Day): Day {
  return /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : ukDay(at);
}

/**
 * The last UK day to meet a deadline given as an instant or a day label (returned as is): a
 * deadline at midnight, or a day given without a time, is read as the end of the day before
 * (`dueDay`).
 */
export function deadlineDayOf(at: Instant | Day): Day {
  return /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : dueDay(at);
}

/** Milliseconds of the start of a UK day (its local midnight). */
export function startOfUkDay(day: Day): number {
  return fromUkWallClock(day).getTime();
}
