/**
 * UK working days: not a Saturday, a Sunday or a bank holiday. Bank holidays follow the rules
 * in the Banking and Financial Dealings Act 1971 and the royal proclamations made each year
 * (a fixed-date holiday on a weekend moves to the next weekday that is not already a holiday),
 * plus the one-off holidays since 2020. Holidays proclaimed after this code was written (a
 * coronation, a jubilee) are not known, so a plan near one may be a day out.
 *
 * Days are `yyyy-MM-dd` labels (`./days`).
 */
import { z } from 'zod';
import { addDays, DAY_MS, dayFromNumber, weekday } from './days';

/** UK bank-holiday calendars (working days skip weekends and the chosen calendar's holidays). */
export const BankHolidayRegion = z.enum([
  'england-and-wales',
  'scotland',
  'northern-ireland',
  'none',
]);
export type BankHolidayRegion = z.infer<typeof BankHolidayRegion>;

/** Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** A day from numbers that may roll over (month 13, day 0 = the last day of the month before). */
const iso = (year: number, month: number, date: number): string =>
  dayFromNumber(Date.UTC(year, month - 1, date) / DAY_MS);

/** The first (n = 1) or last (n = -1) Monday of a month. */
function monday(year: number, month: number, n: 1 | -1): string {
  if (n === 1) {
    const first = iso(year, month, 1);
    return addDays(first, (8 - weekday(first)) % 7);
  }
  const last = iso(year, month + 1, 0);
  return addDays(last, -((weekday(last) + 6) % 7));
}

/** One-off changes by proclamation, made in every part of the UK alike. */
const ONE_OFF: Record<number, { add: string[]; remove: string[] }> = {
  2020: { add: ['2020-05-08'], remove: ['2020-05-04'] },
  2022: { add: ['2022-06-02', '2022-06-03', '2022-09-19'], remove: ['2022-05-30'] },
  2023: { add: ['2023-05-08'], remove: [] },
};

const cache = new Map<string, ReadonlySet<string>>();

/** The bank holidays of one region in one year, as `yyyy-MM-dd` days. */
export function bankHolidays(year: number, region: BankHolidayRegion): ReadonlySet<string> {
  const key = `${region}:${year}`;
  const known = cache.get(key);
  if (known) return known;
  const days = new Set<string>();
  if (region !== 'none') {
    const easter = easterSunday(year);
    days.add(addDays(easter, -2)); // Good Friday
    if (region !== 'scotland') days.add(addDays(easter, 1)); // Easter Monday
    days.add(monday(year, 5, 1)); // Early May
    days.add(monday(year, 5, -1)); // Spring
    days.add(region === 'scotland' ? monday(year, 8, 1) : monday(year, 8, -1)); // Summer
    // Fixed dates in date order: one on a weekend (or already taken) moves to the next free weekday.
    const fixed = [iso(year, 1, 1)];
    if (region === 'scotland') fixed.push(iso(year, 1, 2));
    if (region === 'northern-ireland') fixed.push(iso(year, 3, 17), iso(year, 7, 12));
    if (region === 'scotland') fixed.push(iso(year, 11, 30));
    fixed.push(iso(year, 12, 25), iso(year, 12, 26));
    for (const date of fixed) {
      let day = date;
      while (weekday(day) === 0 || weekday(day) === 6 || days.has(day)) day = addDays(day, 1);
      days.add(day);
    }
    const oneOff = ONE_OFF[year];
    if (oneOff) {
      for (const day of oneOff.remove) days.delete(day);
      for (const day of oneOff.add) days.add(day);
    }
  }
  cache.set(key, days);
  return days;
}

/** True when `day` is a bank holiday in `region`. */
export function isBankHoliday(day: string, region: BankHolidayRegion): boolean {
  return bankHolidays(Number(day.slice(0, 4)), region).has(day);
}

/**
 * Holidays in ANY part of the UK: the Procurement Act 2023's "working day" (standstill periods)
 * excludes them all.
 */
function anyUkHoliday(day: string): boolean {
  const year = Number(day.slice(0, 4));
  return (['england-and-wales', 'scotland', 'northern-ireland'] as const).some((region) =>
    bankHolidays(year, region).has(day),
  );
}

/** Which days count as holidays: one region's calendar, or every UK calendar at once. */
export type HolidayCalendar = BankHolidayRegion | 'any-uk';

/** True on a weekday that is not a bank holiday in `calendar`. */
export function isWorkingDay(day: string, calendar: HolidayCalendar): boolean {
  const dow = weekday(day);
  if (dow === 0 || dow === 6) return false;
  if (calendar === 'any-uk') return !anyUkHoliday(day);
  return !bankHolidays(Number(day.slice(0, 4)), calendar).has(day);
}

/**
 * The `n`th working day after `day` (before it when `n` is negative); `day` itself never
 * counts. With `n` = 0: `day` if it is a working day, else the working day before it.
 */
export function addWorkingDays(day: string, n: number, calendar: HolidayCalendar): string {
  const step = n < 0 ? -1 : 1;
  let current = day;
  if (n === 0) {
    while (!isWorkingDay(current, calendar)) current = addDays(current, -1);
    return current;
  }
  for (let left = Math.abs(n); left > 0;) {
    current = addDays(current, step);
    if (isWorkingDay(current, calendar)) left--;
  }
  return current;
}

/** Working days from `from` (excluded) up to `to` (included); negative when `to` is earlier. */
export function workingDaysBetween(from: string, to: string, calendar: HolidayCalendar): number {
  if (to === from) return 0;
  const sign = to > from ? 1 : -1;
  let count = 0;
  for (let day = from; day !== to;) {
    day = addDays(day, sign);
    if (isWorkingDay(day, calendar)) count++;
  }
  return count * sign;
}
