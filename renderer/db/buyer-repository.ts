/**
 * Reading what the Buyers view needs from the stored notices. Only awards and the buyer live in
 * the full notice (`notices`), so every notice is read, one at a time, and only its small
 * `BuyerNotice` kept: a pipeline of thousands never sits in memory at once.
 */
import { buyerNoticeOf, type BuyerNotice } from '../../shared/buyers/buyer-notice';
import type { BidDeskDatabase } from './database';

/** The Buyers view's facts of every stored notice. */
export async function listBuyerNotices(db: BidDeskDatabase): Promise<BuyerNotice[]> {
  const notices: BuyerNotice[] = [];
  await db.notices.each((snapshot) => {
    notices.push(buyerNoticeOf(snapshot.id, snapshot.notice));
  });
  return notices;
}
