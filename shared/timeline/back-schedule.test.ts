import { describe, expect, it } from 'vitest';
import { formatUk, fromUkWallClock, ukDay } from '../calendar/instants';
import { backSchedule, contingencyDays } from './back-schedule';
import { BidScheduleSettings, DEFAULT_BID_SCHEDULE, MILESTONES } from './model';
import { addDays } from '../calendar/days';
import { isWorkingDay, workingDaysBetween } from '../calendar/working-days';

const days = (deadline: string, settings = DEFAULT_BID_SCHEDULE) =>
  Object.fromEntries(backSchedule(deadline, settings).map((m) => [m.milestone, m.day]));

const noContingency: BidScheduleSettings = { ...DEFAULT_BID_SCHEDULE, contingencyPercent: 0 };

describe('backSchedule', () => {
  it('plans the stalking tender (Wed 6 May 2026, 12:00) around Easter and the May bank holiday', () => {
    // 10% of the 18-day writing window is 1.8, so 2 working days are kept free before the deadline.
    expect(contingencyDays(DEFAULT_BID_SCHEDULE)).toBe(2);
    expect(days('2026-05-06T12:00:00+01:00')).toEqual({
      goNoGo: '2026-04-07', // 20 working days: Easter Monday 6 Apr is not one
      gapAnalysis: '2026-04-09', // 18
      firstDraft: '2026-04-16', // 12, +1 for contingency
      internalReview: '2026-04-23', // 7, +1
      finalSignOff: '2026-04-28', // 3, +2
      submit: '2026-04-30', // 1, +2 (Mon 4 May is a bank holiday)
    });
  });

  it('without contingency, submits the working day before and signs off three before', () => {
    expect(days('2026-05-06T12:00:00+01:00', noContingency)).toMatchObject({
      firstDraft: '2026-04-17',
      internalReview: '2026-04-24',
      finalSignOff: '2026-04-30',
      submit: '2026-05-05',
    });
  });

  it('explains each date in its detail', () => {
    const [goNoGo, , firstDraft] = backSchedule('2026-05-06T12:00:00+01:00', DEFAULT_BID_SCHEDULE);
    expect(goNoGo?.detail).toBe(
      '20 working days before the submission deadline (6 May 2026, 12:00). Weekends and bank holidays (England and Wales) are skipped.',
    );
    expect(firstDraft?.detail).toContain(
      'Planned at 12, brought forward 1 for contingency (10% of the 18-working-day writing window kept free).',
    );
    expect(firstDraft).toMatchObject({
      title: 'First draft complete',
      lane: 'writing',
      workingDaysBefore: 13,
      plannedWorkingDaysBefore: 12,
    });
  });

  it('a Monday-morning deadline is submitted on the Friday before', () => {
    expect(days('2026-06-15T09:00:00+01:00', noContingency).submit).toBe('2026-06-12');
  });

  it('an offset of 0 is the deadline’s own day, or the Friday before a Saturday deadline', () => {
    const zero: BidScheduleSettings = {
      ...noContingency,
      offsets: { ...noContingency.offsets, submit: 0 },
    };
    expect(days('2026-06-17T12:00:00+01:00', zero).submit).toBe('2026-06-17');
    expect(days('2026-06-20T12:00:00+01:00', zero).submit).toBe('2026-06-19');
  });

  it('a late-evening deadline in UTC belongs to its UK day', () => {
    // 23:30 UTC on 10 June is 00:30 on Thursday 11 June in London.
    expect(days('2026-06-10T23:30:00Z', noContingency).submit).toBe('2026-06-10');
  });

  it('gives each milestone the start of its UK day with that day’s offset', () => {
    const plan = backSchedule('2026-04-01T12:00:00+01:00', noContingency);
    const byName = Object.fromEntries(plan.map((m) => [m.milestone, m]));
    // Clocks went forward on Sunday 29 March 2026.
    expect(byName.submit?.at).toBe('2026-03-31T00:00:00+01:00');
    expect(byName.internalReview?.at).toBe('2026-03-23T00:00:00+00:00');
    for (const m of plan) expect(ukDay(m.at)).toBe(m.day);
  });

  it('never schedules after the deadline, skips non-working days, keeps the order, and keeps the contingency free', () => {
    const region = DEFAULT_BID_SCHEDULE.bankHolidays;
    for (let d = 0; d < 400; d += 3) {
      const day = addDays('2026-01-01', d);
      for (const clock of ['00:00:00', '09:30:00', '23:59:59']) {
        const deadline = formatUk(fromUkWallClock(day, clock));
        // A deadline at midnight is met by the end of the day before: that is the last day.
        const last = clock === '00:00:00' ? addDays(day, -1) : day;
        for (const percent of [0, 10, 25, 50]) {
          const settings = { ...DEFAULT_BID_SCHEDULE, contingencyPercent: percent };
          const plan = backSchedule(deadline, settings);
          expect(plan.map((m) => m.milestone)).toEqual([...MILESTONES]);
          for (const [i, m] of plan.entries()) {
            expect(m.day <= last).toBe(true);
            expect(isWorkingDay(m.day, region)).toBe(true);
            if (i > 0) expect(m.day >= (plan[i - 1]?.day as string)).toBe(true);
          }
          const submit = plan.at(-1);
          if (!submit) throw new Error('no submit milestone');
          // Working days left between submitting and the deadline (a weekend deadline's Friday counts).
          const free =
            workingDaysBetween(submit.day, last, region) + (isWorkingDay(last, region) ? 0 : 1);
          expect(free).toBe(submit.workingDaysBefore);
          const pulledIn = submit.workingDaysBefore - submit.plannedWorkingDaysBefore;
          expect(pulledIn).toBeGreaterThanOrEqual(contingencyDays(settings) - 1);
        }
      }
    }
  });
});

describe('BidScheduleSettings', () => {
  it('accepts the defaults', () => {
    expect(BidScheduleSettings.parse(DEFAULT_BID_SCHEDULE)).toEqual(DEFAULT_BID_SCHEDULE);
  });

  it('refuses milestones out of order, saying which and why', () => {
    const result = BidScheduleSettings.safeParse({
      ...DEFAULT_BID_SCHEDULE,
      offsets: { ...DEFAULT_BID_SCHEDULE.offsets, internalReview: 15 },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['offsets', 'internalReview'],
        message: 'The internal review cannot come before the first draft',
      }),
    ]);
  });

  it('refuses negative, fractional or huge offsets and too much contingency', () => {
    for (const bad of [
      { offsets: { ...DEFAULT_BID_SCHEDULE.offsets, submit: -1 } },
      { offsets: { ...DEFAULT_BID_SCHEDULE.offsets, firstDraft: 12.5 } },
      { offsets: { ...DEFAULT_BID_SCHEDULE.offsets, goNoGo: 400 } },
      { contingencyPercent: 80 },
      { bankHolidays: 'wales' },
    ]) {
      expect(BidScheduleSettings.safeParse({ ...DEFAULT_BID_SCHEDULE, ...bad }).success).toBe(
        false,
      );
    }
  });
});
