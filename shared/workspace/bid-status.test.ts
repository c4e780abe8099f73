import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SEEDS, seedBytes } from '../../test/corpus';
import { importNoticeFile } from '../import/engine';
import { bidStatus, isLive, type BidStatusInput } from './bid-status';
import { decisionRecord } from '../../test/decision-record';
import type { BidOutcome, GoNoGoDecision } from './model';
import { userOutcome } from './outcome';

const imported = importNoticeFile({
  name: SEEDS.staffordshireStalking,
  bytes: seedBytes(SEEDS.staffordshireStalking),
});
if (!imported.ok) throw new Error(imported.error.message);
const stalking = imported.opportunities[0];
if (!stalking) throw new Error('seed 004 has an opportunity');

/** Seed 004 closes on Wednesday 6 May 2026 at 12:00 (BST). */
const BEFORE = new Date('2026-05-06T10:59:00Z');
const AFTER = new Date('2026-05-06T11:00:00Z');

function decision(
  outcome: GoNoGoDecision['outcome'],
  decidedOn: string,
  lotId: string | null = null,
): GoNoGoDecision {
  return decisionRecord('opp-004', outcome, { decidedOn, lotId });
}

function outcome(
  result: BidOutcome['result'],
  at: string,
  supersedes: string | null = null,
): BidOutcome {
  const id = randomUUID();
  return userOutcome({ id, opportunityId: 'opp-004', result, supersedes, at, user: 'Sam Okafor' });
}

function input(over: Partial<BidStatusInput> = {}): BidStatusInput {
  return {
    stage: stalking?.stage ?? 'tender',
    keyDates: stalking?.keyDates ?? [],
    decisions: [],
    outcomes: [],
    ...over,
  };
}

describe('bidStatus on seed 004 (deadline 6 May 2026 12:00)', () => {
  it('is live up to the deadline and closed from that minute, with when it closed', () => {
    expect(bidStatus(input(), BEFORE).ended).toBeNull();
    expect(isLive(bidStatus(input(), BEFORE))).toBe(true);
    const closed = bidStatus(input(), AFTER);
    expect(closed.ended).toBe('closed');
    expect(closed.since).toEqual({ at: '2026-05-06T12:00:00+01:00', allDay: false });
    expect(isLive(closed)).toBe(false);
  });

  it('a bid decision does not keep a closed tender live; a submission ends it as submitted', () => {
    const bid = [decision('bid', '2026-04-20')];
    expect(bidStatus(input({ decisions: bid }), AFTER).ended).toBe('closed');
    const submitted = outcome('submitted', '2026-05-05T15:00:00.000Z');
    const status = bidStatus(input({ decisions: bid, outcomes: [submitted] }), BEFORE);
    expect(status.ended).toBe('submitted');
    expect(status.since).toEqual({ at: '2026-05-05T15:00:00.000Z', allDay: false });
  });

  it('the latest record counts: withdrawn after submitted, and a later decision over a no-bid', () => {
    const submitted = outcome('submitted', '2026-05-01T09:00:00.000Z');
    const withdrawn = outcome('withdrawn', '2026-05-02T09:00:00.000Z', submitted.id);
    expect(bidStatus(input({ outcomes: [withdrawn, submitted] }), BEFORE).ended).toBe('withdrawn');

    const noBid = decision('no-bid', '2026-04-20');
    const ended = bidStatus(input({ decisions: [noBid] }), BEFORE);
    expect(ended.ended).toBe('no-bid');
    expect(ended.since).toEqual({ at: '2026-04-20', allDay: true });
    const again = [noBid, decision('bid', '2026-04-24')];
    expect(bidStatus(input({ decisions: again }), BEFORE).ended).toBeNull();
  });

  it('a decision recorded after a withdrawal takes the bid up again; not after an award', () => {
    const withdrawn = outcome('withdrawn', '2026-04-25T09:00:00.000Z');
    const before = decision('bid', '2026-04-20');
    expect(bidStatus(input({ decisions: [before], outcomes: [withdrawn] }), BEFORE).ended).toBe(
      'withdrawn',
    );
    const again = [before, decision('bid', '2026-04-27')];
    expect(bidStatus(input({ decisions: again, outcomes: [withdrawn] }), BEFORE).ended).toBeNull();
    const won = { ...outcome('won', '2026-04-25T09:00:00.000Z'), source: 'award-notice' as const };
    expect(bidStatus(input({ decisions: again, outcomes: [won] }), BEFORE).ended).toBe('awarded');
  });

  it('a no-bid for one lot ends that lot only; for every lot decided, the bid', () => {
    const decisions = [decision('bid', '2026-04-20'), decision('no-bid', '2026-04-21', 'lot-2')];
    const status = bidStatus(input({ decisions }), BEFORE);
    expect(status.ended).toBeNull();
    expect(isLive(status, 'lot-1')).toBe(true);
    expect(isLive(status, 'lot-2')).toBe(false);
    expect(isLive(status, null)).toBe(true);

    const allLots = [
      decision('no-bid', '2026-04-21', 'lot-1'),
      decision('no-bid', '2026-04-22', 'lot-2'),
    ];
    const none = bidStatus(input({ decisions: allLots }), BEFORE);
    expect(none.ended).toBe('no-bid');
    expect(none.since).toEqual({ at: '2026-04-22', allDay: true });
  });

  it('an undecided bid stays live; a cancelled notice ends it', () => {
    const undecided = [decision('undecided', '2026-04-20')];
    expect(bidStatus(input({ decisions: undecided }), BEFORE).ended).toBeNull();
    expect(bidStatus(input({ stage: 'cancelled' }), BEFORE).ended).toBe('cancelled');
  });

  it('an award notice result ends the bid as awarded', () => {
    const won = { ...outcome('won', '2026-06-01T09:00:00.000Z'), source: 'award-notice' as const };
    expect(bidStatus(input({ outcomes: [won] }), BEFORE).ended).toBe('awarded');
  });

  it('a deadline given as a day is met until that day ends', () => {
    const keyDates = [{ kind: 'submissionDeadline' as const, at: '2026-06-19', allDay: true }];
    expect(bidStatus(input({ keyDates }), new Date('2026-06-19T22:00:00Z')).ended).toBeNull();
    expect(bidStatus(input({ keyDates }), new Date('2026-06-19T23:00:00Z')).ended).toBe('closed');
  });

  it('a notice with no submission deadline yet stays live', () => {
    expect(bidStatus(input({ keyDates: [] }), new Date('2030-01-01T00:00:00Z')).ended).toBeNull();
  });
});
