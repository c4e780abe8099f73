import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../shared/timeline';
import { timelineItem } from '../../../test/timeline-item';
import { axisRange, stackLane } from './timeline-data';

/** A writing milestone of one bid, on a day, as the back-schedule places them. */
function item(id: string, day: string, title: string): TimelineItem {
  const fields = { id, lane: 'writing', title, allDay: true, source: 'bid' } as const;
  return timelineItem('o1', 'firstDraft', `${day}T00:00:00+01:00`, fields);
}

describe('stacking the labels of a timeline lane', () => {
  // Four writing milestones a few days apart, as the back-schedule places them.
  const items = [
    item('a', '2026-04-09', 'Gap analysis done'),
    item('b', '2026-04-16', 'First draft complete'),
    item('c', '2026-04-23', 'Internal review done'),
    item('d', '2026-04-24', 'Send our clarification questions'),
  ];
  const range = axisRange(items, new Date('2026-04-20T09:00:00Z'));
  const rows = (trackWidthPx: number): number =>
    Math.max(...stackLane(items, range, trackWidthPx).map((p) => p.row)) + 1;

  it('puts the same labels in more rows on a narrow track than on a wide one', () => {
    expect(rows(1100)).toBeLessThan(rows(560));
    // However narrow, never more rows than labels.
    expect(rows(200)).toBeLessThanOrEqual(items.length);
  });

  it('keeps labels that fit side by side in one row', () => {
    const spread = [
      item('a', '2026-01-05', 'Gap analysis done'),
      item('b', '2026-06-01', 'Final sign-off'),
    ];
    const placed = stackLane(spread, axisRange(spread, new Date('2026-03-01T09:00:00Z')), 1100);
    expect(placed.map((p) => p.row)).toEqual([0, 0]);
  });
});
