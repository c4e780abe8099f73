/** The pipeline's own words: the decision column and filter, hidden bids, the board. */
import type { Stage } from '../../../shared/notice/model';
import type { RollUp } from '../../../shared/workspace';
import { STAGE_LABELS } from '../../lib/notice-words';
import { OUTCOME_LABELS } from '../decision';
import type { DecisionFilter } from './pipeline-model';

/** The decision filter's options, in the go/no-go screen's words. */
export const DECISION_FILTERS: Array<[DecisionFilter, string]> = [
  ['any', 'Any decision'],
  ['bid', OUTCOME_LABELS.bid],
  ['no-bid', OUTCOME_LABELS['no-bid']],
  ['undecided', OUTCOME_LABELS.undecided],
  ['none', 'No decision yet'],
];

/**
 * The decision as a cell or card says it: "Bid", "Bid (2 of 3 lots)", "No bid", "Undecided", or
 * "No decision yet" before any. Lots count only when bidding for some of them, not all.
 */
export function decisionText(rollUp: RollUp | undefined): string {
  if (!rollUp) return 'No decision yet';
  if (rollUp.bidding > 0) {
    return rollUp.bidding < rollUp.total
      ? `${OUTCOME_LABELS.bid} (${rollUp.bidding} of ${rollUp.total} lots)`
      : OUTCOME_LABELS.bid;
  }
  return rollUp.notBidding === rollUp.total ? OUTCOME_LABELS['no-bid'] : OUTCOME_LABELS.undecided;
}

/** "12 closed or no-bid hidden". */
export function hiddenText(hidden: number): string {
  return `${hidden} closed or no-bid hidden`;
}

/** The list when the default hides every opportunity the filters let through. */
export const ALL_HIDDEN =
  'Every opportunity here is closed or decided against: tick “Show closed and no-bid” to see them.';

/** Where the user filed it, when not where the notice puts it: "Notice: Tender". */
export function noticeStageText(noticeStage: Stage): string {
  return `Notice: ${STAGE_LABELS[noticeStage]}`;
}

/** What the live region says after a move. */
export function movedText(title: string, stage: Stage): string {
  return `Moved “${title}” to ${STAGE_LABELS[stage]}.`;
}

/** How to move a card, above the board. */
export const BOARD_HINT =
  'Move a card by dragging it to another column, or focus its title and press Alt+Left or Alt+Right, or use its Move… menu.';
