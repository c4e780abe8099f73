import { describe, expect, it } from 'vitest';
import { dayInstant, parseHistoryStamp, parsePageDate, parsePageDateRange } from './page-date';

describe('parsePageDate', () => {
  it.each([
    ['18 May 20262 weeks ago', '2026-05-18'],
    ['1 Jul 20264 weeks to go', '2026-07-01'],
    ['1 Jun 2026Expired', '2026-06-01'],
    ['23 Jun 2026Yesterday', '2026-06-23'],
    ['14 Jul 20263 weeks to go', '2026-07-14'],
    ['2 Jun 20262 days ago', '2026-06-02'],
    ['1 Sep 20263 months to go', '2026-09-01'],
    ['6 Mar 2026Expired', '2026-03-06'],
    ['  8 Apr 20262 weeks ago  ', '2026-04-08'],
    ['02 Apr 2026 at 09:57', '2026-04-02'],
    ['14 September 2026', '2026-09-14'],
  ])('reads %j as %s', (printed, day) => {
    expect(parsePageDate(printed)).toBe(day);
  });

  it.each([
    'Not specified',
    'Not Specified',
    '',
    '31 Feb 2026',
    '2026-05-18',
    'May 2026',
    'x 1 Jul 2026',
  ])('gives null for %j', (printed) => {
    expect(parsePageDate(printed)).toBeNull();
  });
});

describe('parsePageDateRange', () => {
  it('reads a contract period with its printed duration band', () => {
    expect(parsePageDateRange('31 Mar 2027 - 31 Mar 2031 4-5 years')).toEqual({
      start: '2027-03-31',
      end: '2031-03-31',
    });
    expect(parsePageDateRange('1 Dec 2026 - 30 Nov 2029 3-4 years')).toEqual({
      start: '2026-12-01',
      end: '2029-11-30',
    });
  });

  it('gives null unless both ends are dates', () => {
    expect(parsePageDateRange('Not specified')).toBeNull();
    expect(parsePageDateRange('31 Mar 2027')).toBeNull();
    expect(parsePageDateRange('31 Mar 2027 - Not specified')).toBeNull();
  });
});

describe('parseHistoryStamp', () => {
  // Seed 000's newest release is dated 2026-05-18T11:28:45+01:00; the page prints 10:28 (UTC).
  it('reads the printed UTC time as a Europe/London instant', () => {
    expect(parseHistoryStamp('18 May 2026 at 10:28')).toBe('2026-05-18T11:28:00+01:00');
    expect(parseHistoryStamp('23 Feb 2026 at 10:21')).toBe('2026-02-23T10:21:00+00:00');
  });

  it('gives null for other text', () => {
    expect(parseHistoryStamp('PlanningUpdate')).toBeNull();
    expect(parseHistoryStamp('18 May 2026 at 25:00')).toBeNull();
  });
});

describe('dayInstant', () => {
  it('gives local midnight, the earliest reading of a day, with the right offset', () => {
    expect(dayInstant('2026-07-01')).toBe('2026-07-01T00:00:00+01:00');
    expect(dayInstant('2026-12-01')).toBe('2026-12-01T00:00:00+00:00');
  });
});
