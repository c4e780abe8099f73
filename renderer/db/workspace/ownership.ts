/** Checks that a workspace row points at rows that exist and belong together. */
import type { BidDeskDatabase } from '../database';
import type { LotRecord } from '../records';
import { WorkspaceNotFoundError } from './validate';
import { getLot } from '../notice-record';

/**
 * The opportunity exists and, when a lot is named, the lot is one of its own (returned; null when
 * none is named). Call inside a transaction that includes the opportunities and notices tables.
 */
export async function assertBelongs(
  db: BidDeskDatabase,
  opportunityId: string,
  lotId: string | null,
): Promise<LotRecord | null> {
  const [opportunity, lot] = await Promise.all([
    db.opportunities.get(opportunityId),
    lotId === null ? undefined : getLot(db, opportunityId, lotId),
  ]);
  if (!opportunity) {
    throw new WorkspaceNotFoundError('That opportunity is no longer stored. Nothing was saved.');
  }
  if (lotId !== null && !lot) {
    throw new WorkspaceNotFoundError(
      'That lot is not part of this opportunity any more. Nothing was saved.',
    );
  }
  return lot ?? null;
}
