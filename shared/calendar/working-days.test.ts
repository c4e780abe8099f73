import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  bankHolidays,
  easterSunday,
  isWorkingDay,
  workingDaysBetween,
} from './working-days';

const sorted = (days: ReadonlySet<string>): string[] => [...days].sort();

// The published lists on gov.uk/bank-holidays.
describe('bankHolidays', () => {
  it('England and Wales, with substitute days for Christmas on a weekend', () => {
    expect(sorted(bankHolidays(2025, 'england-and-wales'))).toEqual([
      '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05',
      '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
    ]); // prettier-ignore
    expect(sorted(bankHolidays(2026, 'england-and-wales'))).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04',
      '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
    ]); // prettier-ignore
    expect(sorted(bankHolidays(2027, 'england-and-wales'))).toEqual([
      '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03',
      '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
    ]); // prettier-ignore
  });

  it('Scotland: 2 January, St Andrew’s Day, the first Monday of August, no Easter Monday', () => {
    expect(sorted(bankHolidays(2026, 'scotland'))).toEqual([
      '2026-01-01', '2026-01-02', '2026-04-03', '2026-05-04', '2026-05-25',
      '2026-08-03', '2026-11-30', '2026-12-25', '2026-12-28',
    ]); // prettier-ignore
    expect(sorted(bankHolidays(2027, 'scotland'))).toEqual([
      '2027-01-01', '2027-01-04', '2027-03-26', '2027-05-03', '2027-05-31',
      '2027-08-02', '2027-11-30', '2027-12-27', '2027-12-28',
    ]); // prettier-ignore
  });

  it('Northern Ireland: St Patrick’s Day and the Battle of the Boyne (moved off a Sunday)', () => {
    expect(sorted(bankHolidays(2026, 'northern-ireland'))).toEqual([
      '2026-01-01', '2026-03-17', '2026-04-03', '2026-04-06', '2026-05-04',
      '2026-05-25', '2026-07-13', '2026-08-31', '2026-12-25', '2026-12-28',
    ]); // prettier-ignore
  });

  it('knows the one-off holidays: 2022 jubilee and funeral, 2023 coronation, 2020 VE day', () => {
    expect(sorted(bankHolidays(2022, 'england-and-wales'))).toEqual([
      '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02',
      '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27',
    ]); // prettier-ignore
    expect(bankHolidays(2023, 'england-and-wales').has('2023-05-08')).toBe(true);
    expect(bankHolidays(2020, 'england-and-wales').has('2020-05-08')).toBe(true);
    expect(bankHolidays(2020, 'england-and-wales').has('2020-05-04')).toBe(false);
  });

  it('has none for the "none" calendar', () => {
    expect(bankHolidays(2026, 'none').size).toBe(0);
  });
});

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('%i', (year, day) => expect(easterSunday(year)).toBe(day));
});

describe('working days', () => {
  it('skip weekends and the chosen calendar’s bank holidays', () => {
    expect(isWorkingDay('2026-05-04', 'england-and-wales')).toBe(false); // Early May bank holiday
    expect(isWorkingDay('2026-05-04', 'none')).toBe(true);
    expect(isWorkingDay('2026-05-09', 'none')).toBe(false); // Saturday
    expect(isWorkingDay('2026-08-03', 'england-and-wales')).toBe(true);
    expect(isWorkingDay('2026-08-03', 'scotland')).toBe(false);
    expect(isWorkingDay('2026-08-03', 'any-uk')).toBe(false);
    expect(isWorkingDay('2026-07-13', 'any-uk')).toBe(false); // Northern Ireland
  });

  it('count from the day after (or before) the given day', () => {
    // Wed 6 May 2026: Tue 5, (Mon 4 bank holiday), Fri 1 May.
    expect(addWorkingDays('2026-05-06', -1, 'england-and-wales')).toBe('2026-05-05');
    expect(addWorkingDays('2026-05-06', -2, 'england-and-wales')).toBe('2026-05-01');
    expect(addWorkingDays('2026-05-06', -2, 'none')).toBe('2026-05-04');
    // Over Christmas 2026 (25 and 28 December are holidays) into the new year.
    expect(addWorkingDays('2026-12-23', 3, 'england-and-wales')).toBe('2026-12-30');
    expect(addWorkingDays('2026-12-31', 1, 'england-and-wales')).toBe('2027-01-04');
  });

  it('0 keeps a working day, and moves a weekend or holiday back to the working day before', () => {
    expect(addWorkingDays('2026-05-06', 0, 'england-and-wales')).toBe('2026-05-06');
    expect(addWorkingDays('2026-05-09', 0, 'england-and-wales')).toBe('2026-05-08');
    expect(addWorkingDays('2026-05-04', 0, 'england-and-wales')).toBe('2026-05-01');
  });

  it('workingDaysBetween undoes addWorkingDays', () => {
    for (const n of [-25, -3, -1, 1, 2, 8, 40]) {
      const day = addWorkingDays('2026-04-01', n, 'england-and-wales');
      expect(workingDaysBetween('2026-04-01', day, 'england-and-wales')).toBe(n);
    }
    expect(workingDaysBetween('2026-04-01', '2026-04-01', 'none')).toBe(0);
  });
});
