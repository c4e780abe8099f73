/**
 * What the user's own records add to the pipeline: their go/no-go decision per opportunity, the
 * stage they set on the board, and whether a bid has ended for them (closed or decided against).
 */
import type { Stage } from '../../../shared/notice/model';
import type { RollUp } from '../../../shared/workspace';
import type { StageMove } from '../../../shared/workspace/model';
import type { OpportunityRecord } from '../../db';
import {
  deadlineState,
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
}

export const NO_MARKS: PipelineMarks = { decisions: new Map(), stages: new Map() };

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
 * Whether a bid is over for this user: decided against (no bid for any lot), or its submission
 * deadline has passed without a decision to bid (a bid that went in stays: its outcome is still
 * to come). The pipeline hides these unless asked. (A shared predicate for "ended" is on its way;
 * this one is the pipeline's until then.)
 */
export function isClosedOrNoBid(record: OpportunityRecord, mark: DecisionMark, now: Date): boolean {
  if (mark === 'no-bid') return true;
  return mark !== 'bid' && deadlineState(record, now) === 'closed';
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
    if (!keepEnded && isClosedOrNoBid(r, mark, now)) {
      hidden++;
      return false;
    }
    return true;
  });
  return { records: sortPipeline(kept, sort, now), hidden };
}
