import type { ReactNode } from 'react';
import { bidStatus, checklistProgress, rollUp, type BidEnd } from '../../../shared/workspace';
import { useOutcomes } from '../../app/outcome-queries';
import type { OpportunityTab } from '../../app/router';
import type { OpportunityDetail } from '../../db';
import { useChecklist } from '../checklist';
import { useDecisions } from '../decision';

/** What the go/no-go badge says once the team has submitted or withdrawn (not the decision). */
const ENDED_BADGES: Partial<Record<BidEnd, string>> = {
  submitted: 'Submitted',
  withdrawn: 'Withdrawn',
};

/**
 * Where the bid stands, beside the tab names: the go/no-go roll-up ("Bid", "2/3 lots"), or
 * "Submitted" / "Withdrawn" once the team recorded that, and checklist progress ("7/18"), so the
 * user sees it without opening each tab.
 */
export function useTabBadges(
  detail: OpportunityDetail,
  now: Date,
): Partial<Record<OpportunityTab, ReactNode>> {
  const decisions = useDecisions(detail.opportunity.id);
  const outcomes = useOutcomes(detail.opportunity.id);
  const checklist = useChecklist(detail.opportunity.id);
  const badges: Partial<Record<OpportunityTab, ReactNode>> = {};
  const { stage } = detail.opportunity;
  const ended =
    decisions && outcomes
      ? bidStatus({ stage, keyDates: detail.keyDates, decisions, outcomes }, now).ended
      : null;
  const endedBadge = ended ? ENDED_BADGES[ended] : undefined;
  if (endedBadge) {
    badges.decision = endedBadge;
  } else if (decisions && decisions.length > 0) {
    const lots = detail.lots.filter((l) => !l.removedFromNotice).map((l) => l.id);
    const r = rollUp(lots, decisions);
    badges.decision =
      r.total > 1 && r.bidding > 0 && r.bidding < r.total
        ? `Bid ${r.bidding}/${r.total}`
        : r.bidding > 0
          ? 'Bid'
          : r.notBidding === r.total
            ? 'No bid'
            : 'Undecided';
  }
  if (checklist && checklist.length > 0) {
    const p = checklistProgress(checklist);
    badges.checklist = `${p.done}/${p.total}`;
  }
  return badges;
}
