import { describe, expect, it } from 'vitest';
import { timelineItem } from '../../test/timeline-item';
import { sortTimeline } from './items';

/** The twelve answers of seed 004's tender (Staffordshire stalking service), due the same day. */
const ANSWERS = [
  'Quality answer: Q1 - Vision',
  'Quality answer: Q2 - Service Delivery Model',
  'Quality answer: Q3 - Staffing',
  'Quality answer: Q4 - Delivery of Equality and Diversity',
  'Quality answer: Q5 - Victim Support',
  'Quality answer: Q6 - Safeguarding',
  'Quality answer: Q7 - Service User Engagement / Accessibility',
  'Quality answer: Q8 - Performance Management',
  'Quality answer: Q9 - Governance and Contract Management',
  'Social value response: Q10 - Social Value',
  'Quality answer: Q11 - Mobilisation',
  'Quality answer: Q12 - Stakeholders / Partners',
];

describe('sortTimeline', () => {
  it('puts questions due at the same time in number order, Q1 … Q9, Q10, Q11, Q12', () => {
    const at = '2026-04-29T00:00:00+01:00';
    const items = [...ANSWERS]
      .reverse()
      .map((title, i) => timelineItem('opp', `answer-${i}`, at, { title, lane: 'writing' }));
    expect(sortTimeline(items).map((i) => i.title)).toEqual(ANSWERS);
  });

  it('orders other titles with numbers as a reader does (Lot 2 before Lot 10)', () => {
    const at = '2026-05-06T12:00:00+01:00';
    const items = ['Lot 10 deadline', 'Lot 2 deadline', 'Lot 1 deadline'].map((title) =>
      timelineItem('opp', title, at, { title }),
    );
    expect(sortTimeline(items).map((i) => i.title)).toEqual([
      'Lot 1 deadline',
      'Lot 2 deadline',
      'Lot 10 deadline',
    ]);
  });

  it('still orders by time first', () => {
    const items = [
      timelineItem('opp', 'a', '2026-05-02T09:00:00Z', { title: 'Q1 draft' }),
      timelineItem('opp', 'b', '2026-05-01T09:00:00Z', { title: 'Q12 draft' }),
    ];
    expect(sortTimeline(items).map((i) => i.title)).toEqual(['Q12 draft', 'Q1 draft']);
  });
});
