/**
 * The user's records in the pipeline, on real seeds saved through the real repositories: the
 * decision each opportunity shows and is filtered by, which are hidden as closed or no-bid, and
 * the stage a move on the board files them under.
 */
import { describe, expect, it } from 'vitest';
import type { BidEnd } from '../../../shared/workspace';
import type { DecisionOutcome } from '../../../shared/workspace/model';
import { plainDecision } from '../../../test/decision-input';
import { workspaceFixture } from '../../../test/workspace-fixture';
import {
  bidStatuses,
  decisionRollUps,
  recordBidEnd,
  listOpportunities,
  lotsOf,
  recordDecision,
  recordStageMove,
  stagesInForce,
  type BidDeskDatabase,
} from '../../db';
import { NO_FILTERS, type PipelineFilters } from './pipeline-model';
import { showInPipeline, type PipelineMarks } from './pipeline-marks';
import { decisionText } from './pipeline-words';

// 1 June 2026: the stalking tender closed on 6 May; West Midlands closes on 1 July.
const NOW = new Date('2026-06-01T09:00:00+01:00');
const ctx = { now: NOW, user: 'Tester' };

async function decide(
  db: BidDeskDatabase,
  opportunityId: string,
  lotId: string | null,
  outcome: DecisionOutcome,
  decidedOn = '2026-05-01',
): Promise<void> {
  await recordDecision(db, plainDecision(opportunityId, outcome, decidedOn, lotId), ctx);
}

async function pipeline() {
  const fixture = await workspaceFixture(NOW);
  const ids = {
    westMidlands: await fixture.importSeed('westMidlands'),
    cleveland: await fixture.importSeed('cleveland'),
    hateCrime: await fixture.importSeed('staffordshireHateCrime'),
    stalking: await fixture.importSeed('staffordshireStalking'),
  };
  return { db: fixture.db, ids };
}

async function marksOf(db: BidDeskDatabase): Promise<PipelineMarks> {
  const ends = new Map<string, BidEnd>();
  for (const [id, status] of await bidStatuses(db, NOW))
    if (status.ended) ends.set(id, status.ended);
  return { decisions: await decisionRollUps(db), stages: await stagesInForce(db), ends };
}

const titles = (records: Array<{ title: string }>) => records.map((r) => r.title.slice(0, 20));

describe('the pipeline with your decisions', () => {
  it('shows each decision in the go/no-go words, lots counted where only some are bid for', async () => {
    const { db, ids } = await pipeline();
    const [lot1, lot2] = await lotsOf(db, [ids.westMidlands]);
    await decide(db, ids.westMidlands, lot1?.id ?? '', 'bid');
    await decide(db, ids.westMidlands, lot2?.id ?? '', 'no-bid');
    await decide(db, ids.hateCrime, null, 'no-bid');
    await decide(db, ids.cleveland, null, 'undecided');
    const { decisions } = await marksOf(db);
    expect(decisionText(decisions.get(ids.westMidlands))).toBe('Bid (1 of 3 lots)');
    expect(decisionText(decisions.get(ids.hateCrime))).toBe('No bid');
    expect(decisionText(decisions.get(ids.cleveland))).toBe('Undecided');
    expect(decisionText(decisions.get(ids.stalking))).toBe('No decision yet');

    // The latest decision counts: a week later, the hate crime tender is a bid after all.
    await decide(db, ids.hateCrime, null, 'bid', '2026-05-08');
    expect(decisionText((await marksOf(db)).decisions.get(ids.hateCrime))).toBe('Bid');
  });

  it('hides closed and no-bid unless asked, counts them, and filters by decision', async () => {
    const { db, ids } = await pipeline();
    await decide(db, ids.hateCrime, null, 'no-bid');
    const records = await listOpportunities(db);
    const marks = await marksOf(db);
    const show = (filters: Partial<PipelineFilters>, showEnded = false) =>
      showInPipeline(records, { ...NO_FILTERS, ...filters }, 'title', marks, NOW, showEnded);

    // The stalking tender closed without a decision to bid; the hate crime one is no bid.
    const hiding = show({});
    expect(titles(hiding.records)).toEqual(['Victim Support & Res', 'West Midlands First ']);
    expect(hiding.hidden).toBe(2);
    expect(show({}, true).records).toHaveLength(4);
    expect(show({}, true).hidden).toBe(0);

    // Asking for them shows them, whatever the default.
    expect(titles(show({ decision: 'no-bid' }).records)).toEqual(['The Provision of a H']);
    expect(titles(show({ window: 'passed' }).records)).toEqual(['Provision of a Stalk']);
    expect(show({ decision: 'none' }).records).toHaveLength(2);

    // A bid stays after its deadline: the outcome is still to come.
    await decide(db, ids.stalking, null, 'bid');
    const bidding = showInPipeline(records, NO_FILTERS, 'title', await marksOf(db), NOW, false);
    expect(titles(bidding.records)).toContain('Provision of a Stalk');
    expect(bidding.hidden).toBe(1);

    // Withdrawing hides a live bid; marking one submitted keeps it in view.
    await recordBidEnd(db, ids.westMidlands, 'withdrawn', ctx);
    await recordBidEnd(db, ids.cleveland, 'submitted', ctx);
    const after = showInPipeline(records, NO_FILTERS, 'title', await marksOf(db), NOW, false);
    expect(titles(after.records)).toEqual(['Provision of a Stalk', 'Victim Support & Res']);
    expect(after.hidden).toBe(2);
  });

  it('files a moved opportunity under your stage, for the stage filter too', async () => {
    const { db, ids } = await pipeline();
    const records = await listOpportunities(db);
    const inTender = async () =>
      titles(
        showInPipeline(
          records,
          { ...NO_FILTERS, stage: 'tender' },
          'title',
          await marksOf(db),
          NOW,
          true,
        ).records,
      );
    expect(await inTender()).toEqual(['Provision of a Stalk']);
    await recordStageMove(db, ids.westMidlands, 'tender', ctx);
    await recordStageMove(db, ids.stalking, 'award', ctx);
    expect(await inTender()).toEqual(['West Midlands First ']);
  });
});
