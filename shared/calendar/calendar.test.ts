/**
 * The one calendar: day sums across the clock changes and the turn of the year, bank holidays as
 * gov.uk lists them, and dates written as a UK reader writes them, checked on the seed notices'
 * own dates as well as on the days where date code usually goes wrong.
 */
import { describe, expect, it } from 'vitest';
import { SEEDS, seedBytes } from '../../test/corpus';
import { importNoticeFile } from '../import/engine';
import {
  addDays,
  addMonths,
  addWorkingDays,
  countdown,
  dayFromNumber,
  dayNumber,
  daysBetween,
  daysFromToday,
  deadlineDayOf,
  dueText,
  fileStamp,
  formatDay,
  formatUkDate,
  formatUkDateTime,
  instantMs,
  isBankHoliday,
  isUkDay,
  isWorkingDay,
  longDay,
  monthNumber,
  startOfUkDay,
  ukDay,
  UkDaySchema,
  ukToday,
} from '.';

describe('UK days across the clock changes', () => {
  it('starts each day at its own midnight: GMT before the spring change, BST after', () => {
    expect(startOfUkDay('2026-03-29')).toBe('2026-03-29T00:00:00+00:00');
    expect(startOfUkDay('2026-03-30')).toBe('2026-03-30T00:00:00+01:00');
    expect(startOfUkDay('2026-10-25')).toBe('2026-10-25T00:00:00+01:00');
    expect(startOfUkDay('2026-10-26')).toBe('2026-10-26T00:00:00+00:00');
  });

  it('counts the 23-hour and the 25-hour day as one day each', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    const spring = instantMs(startOfUkDay('2026-03-30')) - instantMs(startOfUkDay('2026-03-29'));
    expect(spring / 3_600_000).toBe(23);
  });

  it('knows it is already tomorrow in the UK at 23:30 UTC in summer, not in winter', () => {
    expect(ukToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(daysFromToday(new Date('2026-06-30T23:30:00Z'), '2026-07-01')).toBe(0);
    expect(ukToday(new Date('2026-12-30T23:30:00Z'))).toBe('2026-12-30');
    expect(daysFromToday(new Date('2026-12-30T23:30:00Z'), '2026-12-31')).toBe(1);
  });

  it('words a deadline at midnight BST as due by the end of the day before', () => {
    const now = new Date('2026-06-26T09:00:00+01:00');
    expect(deadlineDayOf('2026-06-27T00:00:00+01:00')).toBe('2026-06-26');
    expect(countdown('2026-06-27T00:00:00+01:00', false, now)).toBe('today, in 15 hours');
    expect(countdown('2026-06-27', true, now)).toBe('tomorrow');
  });
});

describe('UK days across the turn of the year', () => {
  it('adds and counts days into the new year', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(dayFromNumber(dayNumber('2026-12-31') + 1)).toBe('2027-01-01');
  });

  it('moves by whole months, keeping the day within the month', () => {
    expect(addMonths('2026-03-31', -6)).toBe('2025-09-30');
    expect(addMonths('2026-01-31', -2)).toBe('2025-11-30');
    expect(addMonths('2028-03-31', -1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('says when something is due across New Year', () => {
    const now = new Date('2026-12-31T16:00:00Z');
    expect(dueText('2027-01-01', now)).toEqual({ text: 'due tomorrow', urgency: 'soon' });
    expect(dueText('2026-12-29', now)).toEqual({ text: 'overdue by 2 days', urgency: 'overdue' });
    expect(dueText('2027-01-11', now)).toEqual({ text: 'due in 11 days', urgency: 'later' });
  });

  it('skips New Year’s Day (and Scotland’s 2 January, moved to Monday) working back', () => {
    expect(addWorkingDays('2027-01-04', -1, 'england-and-wales')).toBe('2026-12-31');
    expect(isWorkingDay('2027-01-04', 'england-and-wales')).toBe(true);
    expect(isWorkingDay('2027-01-04', 'scotland')).toBe(false);
    expect(addWorkingDays('2027-01-05', -1, 'scotland')).toBe('2026-12-31');
  });
});

describe('bank holidays', () => {
  it('names the substitute days gov.uk lists, per part of the UK', () => {
    // 26 December 2026 is a Saturday: its bank holiday is Monday 28 December.
    expect(isBankHoliday('2026-12-28', 'england-and-wales')).toBe(true);
    expect(isBankHoliday('2026-12-26', 'england-and-wales')).toBe(false);
    // Scotland's summer holiday is the first Monday of August, England's the last.
    expect(isBankHoliday('2026-08-03', 'scotland')).toBe(true);
    expect(isBankHoliday('2026-08-03', 'england-and-wales')).toBe(false);
    expect(isBankHoliday('2026-08-31', 'england-and-wales')).toBe(true);
    // St Patrick's Day is Northern Ireland's alone.
    expect(isBankHoliday('2026-03-17', 'northern-ireland')).toBe(true);
    expect(isBankHoliday('2026-03-17', 'scotland')).toBe(false);
    expect(isBankHoliday('2026-12-25', 'none')).toBe(false);
  });
});

describe('dates in UK words', () => {
  it('writes days day-first with a three-letter month, whatever the computer’s locale', () => {
    expect(formatDay('2026-09-06')).toBe('6 Sep 2026');
    expect(formatDay('2026-05-06', false)).toBe('6 May');
    expect(formatUkDate('2026-09-30T23:30:00Z')).toBe('1 Oct 2026, 00:30');
    expect(formatUkDateTime('2026-04-20T09:00:00Z')).toBe('20 Apr 2026, 10:00');
    expect(formatUkDateTime('not a date')).toBe('not a date');
  });

  it('writes a day out in full, or refuses what is not a day', () => {
    expect(longDay('2026-04-20')).toBe('Monday 20 April 2026');
    expect(longDay('2026-06-27', false)).toBe('Saturday 27 June');
    expect(longDay('2026-02-31')).toBeNull();
    expect(longDay('20/04/2026')).toBeNull();
    expect(longDay(undefined)).toBeNull();
  });

  it('reads a month word by its first three letters', () => {
    expect(['Sep', 'Sept', 'september', 'SEPTEMBER'].map(monthNumber)).toEqual([9, 9, 9, 9]);
    expect(monthNumber('Jan')).toBe(1);
    expect(monthNumber('Dec')).toBe(12);
    expect(monthNumber('Foo')).toBe(0);
  });

  it('stamps file names with the UK time, so they sort by when they were made', () => {
    expect(fileStamp(new Date('2026-04-20T09:05:00Z'))).toBe('2026-04-20-1005');
    expect(fileStamp(new Date('2026-12-31T23:59:00Z'))).toBe('2026-12-31-2359');
  });

  it('has one day schema, which says what to enter', () => {
    expect(UkDaySchema.safeParse('2026-04-20').success).toBe(true);
    const wrong = UkDaySchema.safeParse('20/04/2026');
    expect(wrong.success ? null : wrong.error.issues[0]?.message).toBe('Enter a date');
    expect(isUkDay('2026-4-20')).toBe(false);
  });
});

describe('the seed notices’ own dates', () => {
  const notices = Object.values(SEEDS).filter((name) => name !== SEEDS.strategy);
  const dates = notices.flatMap((name) => {
    const result = importNoticeFile({ name, bytes: seedBytes(name) });
    if (!result.ok) throw new Error(result.error.message);
    return result.opportunities.flatMap((o) => o.keyDates);
  });

  it('fall inside their UK day, and read the same as a day and as a date', () => {
    expect(dates.length).toBeGreaterThan(10);
    for (const { at } of dates) {
      const day = ukDay(at);
      const ms = instantMs(at);
      expect(ms).toBeGreaterThanOrEqual(instantMs(startOfUkDay(day)));
      expect(ms).toBeLessThan(instantMs(startOfUkDay(addDays(day, 1))));
      expect(formatUkDate(at, true)).toBe(formatDay(day));
      expect([day, addDays(day, -1)]).toContain(deadlineDayOf(at));
    }
  });
});
