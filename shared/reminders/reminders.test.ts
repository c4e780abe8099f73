import { describe, expect, it } from 'vitest';
import { timelineItem } from '../../test/timeline-item';
import { DEFAULT_REMINDERS, dueReminders, nextReminderAt, scheduleReminders } from './reminders';

const none = new Set<string>();

describe('scheduleReminders', () => {
  it('a deadline 7 and 2 days before at 09:00 UK time, across the spring clock change', () => {
    // Clocks go forward on Sunday 29 March 2026.
    const deadline = timelineItem('a', 'submissionDeadline', '2026-03-31T12:00:00+01:00', {
      title: 'Submission deadline',
    });
    const reminders = scheduleReminders([deadline], DEFAULT_REMINDERS, none);
    expect(reminders.map((r) => r.at)).toEqual([
      '2026-03-24T09:00:00+00:00',
      '2026-03-29T09:00:00+01:00',
    ]);
    expect(reminders[1]?.body).toBe('Submission deadline in 2 days: 31 Mar 2026, 12:00.');
    expect(reminders[0]?.title).toBe('Bid a');
  });

  it('a midnight deadline counts back from the day before it, across the autumn change', () => {
    // Clocks go back on Sunday 25 October 2026; 00:00 on 26 Oct means by the end of 25 Oct.
    const deadline = timelineItem('a', 'submissionDeadline', '2026-10-26T00:00:00+00:00');
    expect(scheduleReminders([deadline], DEFAULT_REMINDERS, none).map((r) => r.at)).toEqual([
      '2026-10-18T09:00:00+01:00',
      '2026-10-23T09:00:00+01:00',
    ]);
  });

  it('a sign-up 2 days before, a checklist item on its day, nothing for done items', () => {
    const items = [
      timelineItem('a', 'engagementSignUp', '2026-06-10T17:00:00+01:00', { title: 'Market day' }),
      timelineItem('a', 'checklist', '2026-06-12T00:00:00+01:00', {
        allDay: true,
        title: 'Get DBS letters',
      }),
      timelineItem('a', 'checklist', '2026-06-13T00:00:00+01:00', { allDay: true, done: true }),
      timelineItem('a', 'contractStart', '2026-09-01T00:00:00+01:00', { allDay: true }),
    ];
    const reminders = scheduleReminders(items, DEFAULT_REMINDERS, none);
    expect(reminders.map((r) => [r.kind, r.at, r.body])).toEqual([
      ['signUp', '2026-06-08T09:00:00+01:00', 'Sign up in 2 days: Market day, 10 Jun 2026, 17:00.'],
      ['checklistItem', '2026-06-12T09:00:00+01:00', 'Due today: Get DBS letters.'],
    ]);
  });

  it('no reminder at or after the date itself: a 08:30 deadline gets none on its day', () => {
    const early = timelineItem('a', 'submissionDeadline', '2026-06-10T08:30:00+01:00');
    const settings = {
      ...DEFAULT_REMINDERS,
      daysBefore: { ...DEFAULT_REMINDERS.daysBefore, deadline: [0, 1] },
    };
    expect(scheduleReminders([early], settings, none).map((r) => r.at)).toEqual([
      '2026-06-09T09:00:00+01:00',
    ]);
  });

  it('moves a reminder out of quiet hours to when they end', () => {
    const deadline = timelineItem('a', 'submissionDeadline', '2026-06-10T12:00:00+01:00');
    const late = { ...DEFAULT_REMINDERS, at: '22:30', quietHours: { from: '21:00', to: '07:30' } };
    expect(scheduleReminders([deadline], late, none).map((r) => r.at)).toEqual([
      '2026-06-04T07:30:00+01:00',
      '2026-06-09T07:30:00+01:00',
    ]);
  });

  it('decision reminders only while undecided: on the day, then the morning after', () => {
    const goNoGo = timelineItem('a', 'goNoGo', '2026-06-01T00:00:00+01:00', {
      allDay: true,
      source: 'bid',
    });
    expect(scheduleReminders([goNoGo], DEFAULT_REMINDERS, none)).toEqual([]);
    const reminders = scheduleReminders([goNoGo], DEFAULT_REMINDERS, new Set(['a']));
    expect(reminders.map((r) => [r.at, r.body])).toEqual([
      ['2026-06-01T09:00:00+01:00', 'Go/no-go decision due today: decide whether to bid.'],
      [
        '2026-06-02T09:00:00+01:00',
        'The go/no-go decision was due 1 Jun 2026 and has not been made.',
      ],
    ]);
  });

  it('makes none when reminders are off', () => {
    const deadline = timelineItem('a', 'submissionDeadline', '2026-06-10T12:00:00+01:00');
    expect(scheduleReminders([deadline], { ...DEFAULT_REMINDERS, enabled: false }, none)).toEqual(
      [],
    );
  });
});

describe('dueReminders', () => {
  const deadline = timelineItem('a', 'submissionDeadline', '2026-06-10T12:00:00+01:00');
  const reminders = scheduleReminders([deadline], DEFAULT_REMINDERS, none);

  it('shows what came due since the last check, once', () => {
    const since = new Date('2026-06-03T07:55:00Z');
    const now = new Date('2026-06-03T08:05:00Z');
    const due = dueReminders(reminders, since, now, none);
    expect(due.map((r) => r.id)).toEqual([`${deadline.id}/reminder/7`]);
    expect(dueReminders(reminders, since, now, new Set(due.map((r) => r.id)))).toEqual([]);
  });

  it('after a computer slept through two, shows only the latest', () => {
    const due = dueReminders(
      reminders,
      new Date('2026-06-01T00:00:00Z'),
      new Date('2026-06-09T10:00:00Z'),
      none,
    );
    expect(due.map((r) => r.id)).toEqual([`${deadline.id}/reminder/2`]);
  });

  it('says nothing of a deadline that has passed', () => {
    expect(
      dueReminders(
        reminders,
        new Date('2026-06-01T00:00:00Z'),
        new Date('2026-06-11T10:00:00Z'),
        none,
      ),
    ).toEqual([]);
  });

  it('knows when the next one is due', () => {
    expect(nextReminderAt(reminders, new Date('2026-06-03T09:00:00Z'))?.toISOString()).toBe(
      '2026-06-08T08:00:00.000Z',
    );
    expect(nextReminderAt(reminders, new Date('2026-06-09T09:00:00Z'))).toBeNull();
  });
});
