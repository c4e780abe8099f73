import { describe, expect, it } from 'vitest';
import { findDates } from './prose-dates';

const brief = (text: string, opts?: { defaultYear?: number }) =>
  findDates(text, opts).map((d) => [d.date, d.time, d.endTime]);

describe('findDates: the forms the seeds use', () => {
  it('reads "THURSDAY 14th MAY 2026 - 4pm" (seed 000) as 16:00 that day', () => {
    const [d] = findDates(
      'MARKET ENGAGEMENT EVENT - THURSDAY 14th MAY 2026 - 4pm. Slides and Q & A',
    );
    expect(d).toEqual({
      date: '2026-05-14',
      time: '16:00',
      endTime: null,
      index: 26,
      text: 'THURSDAY 14th MAY 2026 - 4pm',
    });
  });

  it('reads "8th June 2026 commencing at 10:00" (seed 001)', () => {
    expect(
      brief('hosted via MS Teams on the 8th June 2026 commencing at 10:00. The event'),
    ).toEqual([['2026-06-08', '10:00', null]]);
  });

  it('takes a time standing between month and year: "before 14th July 5pm 2026" (seed 002)', () => {
    const [d] = findDates('expressing an interest, before 14th July 5pm 2026. Please indicate');
    expect([d?.date, d?.time, d?.text]).toEqual(['2026-07-14', '17:00', '14th July 5pm 2026']);
  });

  it('reads day-only dates with and without weekday and ordinal', () => {
    expect(brief('on Friday 17th July 2026. This will include 1-2-1 sessions')).toEqual([
      ['2026-07-17', null, null],
    ]);
    expect(findDates('on Friday 17th July 2026.')[0]?.text).toBe('Friday 17th July 2026');
    expect(brief('by 6th March 2026 to the portal')).toEqual([['2026-03-06', null, null]]);
    expect(brief('The Service will commence 1 December 2026 for a period of 3 years')).toEqual([
      ['2026-12-01', null, null],
    ]);
    expect(brief('Services will commence 1st April 2027.')).toEqual([['2027-04-01', null, null]]);
  });

  it('reads times in the usual notations', () => {
    expect(brief('14 May 2026 at 16:00')).toEqual([['2026-05-14', '16:00', null]]);
    expect(brief('by 10.30am on 3 June 2026')).toEqual([['2026-06-03', '10:30', null]]);
    expect(brief('at 12:00 midday on Tuesday, 2 June 2026')).toEqual([
      ['2026-06-02', '12:00', null],
    ]);
    expect(brief('on 2 June 2026 at noon')).toEqual([['2026-06-02', '12:00', null]]);
    expect(brief('on 2 June 2026, 1400hrs')).toEqual([['2026-06-02', '14:00', null]]);
    expect(brief('Wednesday 3rd June 2026 from 10am to 12.30pm')).toEqual([
      ['2026-06-03', '10:00', '12:30'],
    ]);
    expect(brief('May 14, 2026 at 2pm-3.30pm')).toEqual([['2026-05-14', '14:00', '15:30']]);
  });

  it('reads ISO and UK numeric dates; an ISO offset is converted to London time', () => {
    expect(brief('due 2026-05-14T10:00:00Z, then 2026-12-01 and 14/05/2026')).toEqual([
      ['2026-05-14', '11:00', null],
      ['2026-12-01', null, null],
      ['2026-05-14', null, null],
    ]);
    expect(brief('2026-03-28T23:30:00Z')).toEqual([['2026-03-28', '23:30', null]]);
  });

  it('separates a year glued to relative page text: "18 May 20262 weeks ago"', () => {
    expect(
      brief(
        'Publication Date\n18 May 20262 weeks ago\nSubmission Deadline\n1 Jul 20264 weeks to go\nFuture Notice Date\n1 Jun 2026Expired',
      ),
    ).toEqual([
      ['2026-05-18', null, null],
      ['2026-07-01', null, null],
      ['2026-06-01', null, null],
    ]);
  });

  it('uses defaultYear for year-less dates and otherwise leaves them out', () => {
    expect(brief('before 14th July 5pm')).toEqual([]);
    expect(brief('before 14th July 5pm', { defaultYear: 2026 })).toEqual([
      ['2026-07-14', '17:00', null],
    ]);
    expect(brief('on 5th May', { defaultYear: 2027 })).toEqual([['2027-05-05', null, null]]);
  });

  it('does not invent dates', () => {
    expect(
      brief('suppliers 5 may be invited; 1-2-1 sessions; 2 x 1-year periods; since April 2016'),
    ).toEqual([]);
    expect(brief('31 June 2026 and 29 February 2026')).toEqual([]);
    expect(brief('see https://example.org/news/2026-05-14/14-May-2026 for details')).toEqual([]);
    expect(brief('')).toEqual([]);
  });
});

describe('findDates: several days in one phrase', () => {
  const days = (text: string, opts?: { defaultYear?: number }) =>
    findDates(text, opts).map((d) => [d.date, d.days ?? null, d.text]);

  it('names every day of a list sharing its month (Contracts Finder, site visits)', () => {
    expect(
      days(
        'Site Visits if required by suppliers must be booked in advance, these will be held 2nd & 3rd November 2022.',
      ),
    ).toEqual([['2022-11-02', ['2022-11-02', '2022-11-03'], '2nd & 3rd November 2022']]);
  });

  it.each([
    ['held 2-4 November 2022', ['2022-11-02', '2022-11-03', '2022-11-04']],
    ['between 2nd and 4th November 2022', ['2022-11-02', '2022-11-03', '2022-11-04']],
    ['on Tuesday 3rd and Thursday 5th November 2026', ['2026-11-03', '2026-11-05']],
    ['on 2nd, 3rd and 5th November 2022', ['2022-11-02', '2022-11-03', '2022-11-05']],
    ['30 November - 2 December 2022', ['2022-11-30', '2022-12-01', '2022-12-02']],
    ['30th November & 1st December 2022', ['2022-11-30', '2022-12-01']],
    ['30 December - 2 January 2023', ['2022-12-30', '2022-12-31', '2023-01-01', '2023-01-02']],
  ])('%s', (text, expected) => {
    const [found, ...rest] = findDates(text);
    expect(rest).toEqual([]);
    expect(found?.days).toEqual(expected);
    expect(found?.date).toBe(expected[0]);
  });

  it('keeps the time for every day: "Tuesday 3rd and Thursday 5th November 2026 at 10am"', () => {
    expect(findDates('Tuesday 3rd and Thursday 5th November 2026 at 10am')).toEqual([
      {
        date: '2026-11-03',
        days: ['2026-11-03', '2026-11-05'],
        time: '10:00',
        endTime: null,
        index: 0,
        text: 'Tuesday 3rd and Thursday 5th November 2026 at 10am',
      },
    ]);
  });

  it('does not make a list of numbers that count something else, nor of a period', () => {
    expect(days('Lots 1 and 2 May 2026')).toEqual([['2026-05-02', null, '2 May 2026']]);
    expect(days('Stage 1 - 4 June 2026')).toEqual([['2026-06-04', null, '4 June 2026']]);
    expect(days('at 10:00 - 4 June 2026')).toEqual([['2026-06-04', null, '4 June 2026']]);
    expect(days('responses accepted 1 - 30 November 2022')).toEqual([
      ['2022-11-30', null, '30 November 2022'],
    ]);
    // Contracts Finder: "This contract will run from 1st April 2023 to 31st March 2025".
    expect(days('This contract will run from 1st April 2023 to 31st March 2025')).toEqual([
      ['2023-04-01', null, '1st April 2023'],
      ['2025-03-31', null, '31st March 2025'],
    ]);
    expect(days('Contract Period\n31 Mar 2027 - 31 Mar 2031 4-5 years')).toEqual([
      ['2027-03-31', null, '31 Mar 2027'],
      ['2031-03-31', null, '31 Mar 2031'],
    ]);
    expect(days('on 1 November 2022 and 3 November 2022')).toEqual([
      ['2022-11-01', null, '1 November 2022'],
      ['2022-11-03', null, '3 November 2022'],
    ]);
  });
});
