import type { ReactNode } from 'react';
import { checklistProgress, rollUp } from '../../../shared/workspace';
import type { OpportunityTab } from '../../app/router';
import type { OpportunityDetail } from '../../db';
import { useChecklist } from '../checklist';
import { useDecisions } from '../decision';

/**
 * Where the bid stands, beside the tab names: the go/no-go roll-up ("Bid", "2/3 lots") and
 * checklist progress ("7/18"), so the user sees it without opening each tab.
 */
export function useTabBadges(
  detail: OpportunityDetail,
): Partial<Record<OpportunityTab, ReactNode>> {
  const decisions = useDecisions(detail.opportunity.id);
  const checklist = useChecklist(detail.opportunity.id);
  const badges: Partial<Record<OpportunityTab, ReactNode>> = {};
  if (decisions && decisions.length > 0) {
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
