import { formatInTimeZone } from 'date-fns-tz';
import { describe, expect, it } from 'vitest';
import {
  dueDay,
  formatUk,
  isDateOnly,
  isDayLevel,
  isUkMidnight,
  ocdsInstant,
  ukDay,
} from './instants';

describe('UK instants', () => {
  it('agree with date-fns-tz for every hour across both 2026 clock changes and a leap day', () => {
    const starts = ['2026-03-28T00:00:00Z', '2026-10-24T00:00:00Z', '2028-02-28T12:00:00Z'];
    for (const start of starts) {
      for (let minutes = 0; minutes < 72 * 60; minutes += 17) {
        const date = new Date(Date.parse(start) + minutes * 60_000);
        expect(formatUk(date)).toBe(
          formatInTimeZone(date, 'Europe/London', "yyyy-MM-dd'T'HH:mm:ssxxx"),
        );
      }
    }
  });

  it('shows the BST switch: 00:59:59Z is winter, 01:00:00Z is summer', () => {
    expect(formatUk(new Date('2026-03-29T00:59:59Z'))).toBe('2026-03-29T00:59:59+00:00');
    expect(formatUk(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29T02:00:00+01:00');
    expect(formatUk(new Date('2026-10-25T00:59:59Z'))).toBe('2026-10-25T01:59:59+01:00');
    expect(formatUk(new Date('2026-10-25T01:00:00Z'))).toBe('2026-10-25T01:00:00+00:00');
  });

  it('reads OCDS dates with and without offsets, keeping the instant', () => {
    expect(ocdsInstant('2027-01-04T23:59:59Z')).toBe('2027-01-04T23:59:59+00:00');
    expect(ocdsInstant('2026-05-06T12:00:00+01:00')).toBe('2026-05-06T12:00:00+01:00');
    expect(ocdsInstant('2026-05-06T11:00:00Z')).toBe('2026-05-06T12:00:00+01:00');
    // No offset: a UK wall-clock time.
    expect(ocdsInstant('2026-07-01T17:00:00')).toBe('2026-07-01T17:00:00+01:00');
    expect(ocdsInstant('2026-12-01')).toBe('2026-12-01T00:00:00+00:00');
    expect(ocdsInstant('')).toBeNull();
    expect(ocdsInstant('next Tuesday')).toBeNull();
    expect(ocdsInstant(20260101)).toBeNull();
  });

  it('reads its own instants back unchanged (key dates rely on it), across years and clock changes', () => {
    const inputs = [
      '1900-01-01',
      '1941-07-01T12:00:00Z',
      '2999-12-31T23:59:59',
      '2026-03-29T01:30:00',
    ];
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 7 * 3_600_000 + 61_000) {
      inputs.push(new Date(ms).toISOString());
    }
    for (const input of inputs) {
      const instant = ocdsInstant(input);
      expect(instant).not.toBeNull();
      expect(ocdsInstant(instant)).toBe(instant);
    }
  });

  it('treats 23:59:59 and midnight (UK time) as day-level, other times as moments', () => {
    expect(isDayLevel('2026-07-01T23:59:59+01:00')).toBe(true);
    expect(isDayLevel('2026-07-01T22:59:59Z')).toBe(true);
    expect(isDayLevel('2027-04-01T00:00:00+01:00')).toBe(true);
    expect(isDayLevel('2026-10-02T23:59:00+01:00')).toBe(false);
    expect(isDayLevel('2026-05-06T12:00:00+01:00')).toBe(false);
  });

  it('tells a date without a time from a time at midnight (FTS 051000-2026 and 049950-2026)', () => {
    expect(isDateOnly('2026-06-19')).toBe(true);
    expect(isDateOnly('2026-06-27T00:00:00+01:00')).toBe(false);
    expect(isDateOnly(ocdsInstant('2026-06-19'))).toBe(false);
    expect(isUkMidnight('2026-06-27T00:00:00+01:00')).toBe(true);
    expect(isUkMidnight('2026-06-26T23:00:00Z')).toBe(true);
    expect(isUkMidnight('2026-06-27T00:00:00Z')).toBe(false); // 01:00 in London
    expect(isUkMidnight('2026-06-26T23:59:59+01:00')).toBe(false);
  });

  it('gives the last day to meet a deadline: the day before at midnight, else its own day', () => {
    expect(dueDay('2026-06-27T00:00:00+01:00')).toBe('2026-06-26');
    expect(dueDay('2026-06-26T23:00:00Z')).toBe('2026-06-26');
    expect(dueDay('2027-01-01T00:00:00+00:00')).toBe('2026-12-31');
    // The night the clocks go forward: midnight is still GMT.
    expect(dueDay('2026-03-29T00:00:00+00:00')).toBe('2026-03-28');
    expect(dueDay('2026-06-19T23:59:59+01:00')).toBe('2026-06-19');
    expect(dueDay('2026-06-29T12:00:00+01:00')).toBe('2026-06-29');
    expect(dueDay('2026-06-27T00:00:01+01:00')).toBe('2026-06-27');
  });

  it('gives the UK calendar day of a late-evening UTC instant', () => {
    expect(ukDay('2026-06-30T23:30:00Z')).toBe('2026-07-01');
    expect(ukDay('2026-12-31T23:30:00Z')).toBe('2026-12-31');
  });
});

describe('UK date text', () => {
  it('formats like a UK bid manager writes dates', async () => {
    const { formatUkDate } = await import('./format');
    expect(formatUkDate('2026-12-15T12:00:00+00:00')).toBe('15 Dec 2026, 12:00');
    expect(formatUkDate('2027-01-12T12:00:00Z')).toBe('12 Jan 2027, 12:00');
    expect(formatUkDate('2026-07-01T22:59:59Z', true)).toBe('1 Jul 2026');
    expect(formatUkDate('2026-05-14T15:00:00Z')).toBe('14 May 2026, 16:00');
  });
});

describe('UK wall-clock times to instants', () => {
  it('match date-fns-tz every 15 minutes across both clock changes, including the missing hour', async () => {
    const { fromZonedTime } = await import('date-fns-tz');
    const { fromUkWallClock } = await import('./instants');
    for (const day of [
      '2026-03-29',
      '2026-10-25',
      '2027-03-28',
      '2027-10-31',
      '2026-07-01',
      '2026-12-31',
    ]) {
      for (let m = 0; m < 24 * 60; m += 15) {
        const clock = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00`;
        expect(fromUkWallClock(day, clock).toISOString()).toBe(
          fromZonedTime(`${day}T${clock}`, 'Europe/London').toISOString(),
        );
      }
    }
  });
});
