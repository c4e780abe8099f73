import { describe, expect, it } from 'vitest';
import { findClashes } from './clashes';
import { timelineItem as item } from '../../test/timeline-item';

describe('findClashes', () => {
  it('finds deadlines of two different bids on one UK day, in time order', () => {
    const a = item('a', 'submissionDeadline', '2026-05-06T12:00:00+01:00');
    const b = item('b', 'clarificationDeadline', '2026-05-06T09:00:00+01:00');
    const c = item('c', 'checklist', '2026-05-06T00:00:00+01:00', { allDay: true, source: 'bid' });
    const later = item('a', 'submissionDeadline', '2026-06-01T12:00:00+01:00');
    expect(findClashes([a, later, b, c])).toEqual([{ day: '2026-05-06', items: [c, b, a] }]);
  });

  it('groups by the UK day, not the UTC day', () => {
    // 23:30 UTC on 6 May is 00:30 on 7 May in London (BST).
    const a = item('a', 'submissionDeadline', '2026-05-06T23:30:00Z');
    const b = item('b', 'expressionOfInterest', '2026-05-07T10:00:00+01:00');
    const c = item('c', 'engagementSignUp', '2026-05-06T22:00:00Z');
    expect(findClashes([a, b, c])).toEqual([{ day: '2026-05-07', items: [a, b] }]);
  });

  it('is no clash when the deadlines are one bid’s own', () => {
    const a = item('a', 'submissionDeadline', '2026-05-06T12:00:00+01:00');
    const a2 = item('a', 'finalSignOff', '2026-05-06T00:00:00+01:00', { lane: 'sign-off' });
    expect(findClashes([a, a2])).toEqual([]);
  });

  it('ignores what is not a deadline, and deadlines already done', () => {
    const a = item('a', 'submissionDeadline', '2026-05-06T12:00:00+01:00');
    const start = item('b', 'contractStart', '2026-05-06T00:00:00+01:00');
    const event = item('c', 'engagement', '2026-05-06T10:00:00+01:00');
    const done = item('d', 'checklist', '2026-05-06T00:00:00+01:00', { done: true });
    expect(findClashes([a, start, event, done])).toEqual([]);
  });

  it('lists several clash days in day order', () => {
    const items = [
      item('a', 'submissionDeadline', '2026-07-01T12:00:00+01:00'),
      item('b', 'submissionDeadline', '2026-07-01T17:00:00+01:00'),
      item('a', 'clarificationDeadline', '2026-06-20T12:00:00+01:00'),
      item('c', 'engagementSignUp', '2026-06-20T17:00:00+01:00'),
    ];
    expect(findClashes(items).map((clash) => [clash.day, clash.items.length])).toEqual([
      ['2026-06-20', 2],
      ['2026-07-01', 2],
    ]);
  });
});
