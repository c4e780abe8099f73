/**
 * What the user's own records add to the pipeline: their go/no-go decision per opportunity, the
 * stage they set on the board, and whether a bid has ended for them (closed or decided against).
 */
import type { Stage } from '../../../shared/notice/model';
import type { BidEnd, RollUp } from '../../../shared/workspace';
import type { StageMove } from '../../../shared/workspace/model';
import type { OpportunityRecord } from '../../db';
import {
  filterPipeline,
  sortPipeline,
  type DecisionFilter,
  type PipelineFilters,
  type SortKey,
} from './pipeline-model';

/** The user's records the pipeline reads, by opportunity id (only those that have any). */
export interface PipelineMarks {
  /** The decisions in force rolled up over the lots. */
  decisions: ReadonlyMap<string, RollUp>;
  /** The newest stage the user set on the board. */
  stages: ReadonlyMap<string, StageMove>;
  /** Why each ended bid ended (`bidStatus`, the rule This week and the calendar use too). */
  ends: ReadonlyMap<string, BidEnd>;
}

export const NO_MARKS: PipelineMarks = { decisions: new Map(), stages: new Map(), ends: new Map() };

/**
 * Where the go/no-go stands: `bid` when bidding for the whole or any lot, `no-bid` when not
 * bidding for any, `undecided` when decisions exist but none says bid or no bid for every lot,
 * `none` before any decision.
 */
export type DecisionMark = Exclude<DecisionFilter, 'any'>;

export function decisionMark(rollUp: RollUp | undefined): DecisionMark {
  if (!rollUp) return 'none';
  if (rollUp.bidding > 0) return 'bid';
  if (rollUp.notBidding === rollUp.total) return 'no-bid';
  return 'undecided';
}

/** The stage the pipeline files an opportunity under: the user's, else the notice's. */
export function stageOf(record: OpportunityRecord, marks: PipelineMarks): Stage {
  return marks.stages.get(record.id)?.stage ?? record.stage;
}

/**
 * Whether the pipeline hides a bid as over: decided against, withdrawn, cancelled, or closed (the
 * deadline passed with nothing submitted), by the one rule of `bidStatus`. One exception: a bid
 * the user decided to make stays after its deadline, since it may have gone in without being
 * marked submitted, and its outcome is still to come. Submitted and awarded bids stay too.
 */
export function isClosedOrNoBid(end: BidEnd | undefined, mark: DecisionMark): boolean {
  if (end === 'closed') return mark !== 'bid';
  return end === 'no-bid' || end === 'withdrawn' || end === 'cancelled';
}

/** What the pipeline shows, and how many closed or no-bid opportunities it leaves out. */
export interface PipelineShown {
  records: OpportunityRecord[];
  hidden: number;
}

/**
 * The pipeline's records after every filter, sorted. Closed and no-bid ones are left out (and
 * counted) unless `showEnded`, or unless a filter asks for them (deadline passed, no bid): a
 * filter the user chose never comes back empty because of a default they did not.
 */
export function showInPipeline(
  records: OpportunityRecord[],
  filters: PipelineFilters,
  sort: SortKey,
  marks: PipelineMarks,
  now: Date,
  showEnded: boolean,
): PipelineShown {
  const keepEnded = showEnded || filters.window === 'passed' || filters.decision === 'no-bid';
  let hidden = 0;
  const kept = filterPipeline(records, filters, now, (r) => stageOf(r, marks)).filter((r) => {
    const mark = decisionMark(marks.decisions.get(r.id));
    if (filters.decision !== 'any' && mark !== filters.decision) return false;
    if (!keepEnded && isClosedOrNoBid(marks.ends.get(r.id), mark)) {
      hidden++;
      return false;
    }
    return true;
  });
  return { records: sortPipeline(kept, sort, now), hidden };
}
