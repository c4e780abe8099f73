import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

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
