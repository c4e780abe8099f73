/** What of a bid's timeline the views across every bid (calendar, clashes, "Export all") show. */
import { isLive, type BidStatus } from '../workspace/bid-status';
import { DEADLINE_KINDS, type TimelineItem } from './model';

/**
 * Something someone still has to act on: the team's own items not yet done, a notice's
 * deadlines, the engagement events. The rest (publication, award and contract dates, Bid Desk's
 * estimates, what is done) is the record of what happened.
 */
export function isOpenItem(item: TimelineItem): boolean {
  if (item.done) return false;
  return item.source === 'bid' || item.lane === 'engagement' || DEADLINE_KINDS.has(item.kind);
}

/** Ends after which the notice's facts still matter to the team: the award is theirs to wait for. */
const FACTS_STILL_MATTER: ReadonlySet<BidStatus['ended']> = new Set([null, 'submitted', 'awarded']);

/**
 * A bid's timeline without the open items of an ended bid, or of the lots it is not bid for
 * (`isLive`). A bid submitted or awarded keeps the notice's facts (award expected, contract
 * dates); one that closed, was withdrawn, not bid for or cancelled keeps only what the team did
 * and Bid Desk's estimate of when the contract comes up again (the next competition).
 * `lotIdOf` turns an item's notice lot id into the lot's record id, as decisions and outcomes
 * name lots.
 */
export function liveItems(
  items: readonly TimelineItem[],
  status: BidStatus,
  lotIdOf: (lotKey: string) => string | null,
): TimelineItem[] {
  const facts = FACTS_STILL_MATTER.has(status.ended);
  return items.filter(
    (item) =>
      item.done ||
      // A re-tender estimate is about the next competition, not this bid: it always stays.
      item.source === 'estimate' ||
      (facts && !isOpenItem(item)) ||
      isLive(status, item.lotId === null ? null : lotIdOf(item.lotId)),
  );
}
