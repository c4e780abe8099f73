import { describe, expect, it } from 'vitest';
import { decisionRecord } from '../../test/decision-record';
import { timelineItem } from '../../test/timeline-item';
import { bidStatus, type BidStatus } from '../workspace/bid-status';
import { userOutcome } from '../workspace/outcome';
import { liveItems } from './live-items';

const NOW = new Date('2026-06-15T08:00:00Z');
const keyDates = [
  { kind: 'submissionDeadline' as const, at: '2026-07-01T12:00:00+01:00', allDay: false },
];
const status = (over: Partial<Parameters<typeof bidStatus>[0]> = {}): BidStatus =>
  bidStatus({ stage: 'tender', keyDates, decisions: [], outcomes: [], ...over }, NOW);

/** A bid's timeline: the notice's deadline and award date, the team's items (one done), an event. */
const items = [
  timelineItem('o', 'submissionDeadline', '2026-07-01T12:00:00+01:00'),
  timelineItem('o', 'awardDecision', '2026-08-01'),
  timelineItem('o', 'checklist', '2026-06-17', { source: 'bid', lane: 'writing', lotId: '1' }),
  timelineItem('o', 'checklist', '2026-06-10', { source: 'bid', lane: 'writing', done: true }),
  timelineItem('o', 'checklist', '2026-06-18', { source: 'bid', lane: 'writing', lotId: '2' }),
  timelineItem('o', 'engagement', '2026-06-16T10:00:00+01:00', { lane: 'engagement' }),
];
const kinds = (kept: typeof items) => kept.map((i) => `${i.kind} ${i.at.slice(0, 10)}`);
const lotIds = (key: string) => `lot-${key}`;
const recorded = (result: 'submitted' | 'withdrawn') =>
  userOutcome({
    id: result,
    opportunityId: 'o',
    result,
    supersedes: null,
    at: NOW.toISOString(),
    user: 'Sam',
  });

describe('liveItems', () => {
  it('keeps everything of a live bid', () => {
    expect(liveItems(items, status(), lotIds)).toEqual(items);
  });

  it('keeps the re-tender estimate of a contract whose bid has ended: it is the next competition', () => {
    const estimate = timelineItem('o', 'retender', '2029-03-01', { source: 'estimate' });
    const closed = bidStatus(
      { stage: 'contract', keyDates, decisions: [], outcomes: [] },
      new Date('2026-09-01T08:00:00Z'),
    );
    expect(closed.ended).not.toBeNull();
    expect(liveItems([...items, estimate], closed, lotIds)).toContain(estimate);
  });

  it('keeps only what was done of a withdrawn bid', () => {
    const withdrawn = status({ outcomes: [recorded('withdrawn')] });
    expect(kinds(liveItems(items, withdrawn, lotIds))).toEqual(['checklist 2026-06-10']);
  });

  it('keeps the notice’s facts of a submitted bid, not what is left to do', () => {
    const submitted = status({ outcomes: [recorded('submitted')] });
    expect(kinds(liveItems(items, submitted, lotIds))).toEqual([
      'awardDecision 2026-08-01',
      'checklist 2026-06-10',
    ]);
  });

  it('drops the open items of a lot not bid for, keeping the rest of the bid', () => {
    const decisions = [
      decisionRecord('o', 'bid'),
      decisionRecord('o', 'no-bid', { lotId: 'lot-2', decidedOn: '2026-05-01' }),
    ];
    expect(kinds(liveItems(items, status({ decisions }), lotIds))).toEqual(
      kinds(items.filter((i) => i.lotId !== '2')),
    );
  });
});
