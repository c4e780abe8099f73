/**
 * A re-import that moves a submission deadline moves the checklist due dates that follow it (and
 * those planned with an older reading of the same deadline). Runs
 * inside `saveImport`'s transaction; the only workspace write an import ever makes.
 */
import type { KeyDate } from '../../../shared/notice/model';
import {
  rescheduleChecklist,
  rescheduleChecklistAgainstUnknown,
  type ChecklistItem,
} from '../../../shared/workspace';
import type { BidDeskDatabase } from '../database';
import type { WriteContext } from '../write-context';
import { lotSubmissionDeadline, sameDeadline } from './deadline';
import { getBidSchedule } from './schedule-repository';
import { getLots, type LotRef } from '../notice-record';

/** One opportunity a re-import updated: its key dates before (null if unknown) and now. */
export interface KeyDatesChange {
  opportunityId: string;
  previous: KeyDate[] | null;
  current: KeyDate[];
}

/**
 * The checklist items to write because their lot's submission deadline moved (the lot's own
 * deadline, else the opportunity's): default due dates move with it and carry `movedFrom`; dates
 * set by hand stay. New dates follow the saved bid schedule, as it is now. Reads
 * only; the caller writes the items in its own transaction, which must include the notices,
 * checklistItems and meta tables.
 */
export async function rescheduleChecklistsForImport(
  db: BidDeskDatabase,
  changes: KeyDatesChange[],
  ctx: WriteContext,
): Promise<ChecklistItem[]> {
  if (!changes.length) return [];
  const items = await db.checklistItems
    .where('opportunityId')
    .anyOf(changes.map((c) => c.opportunityId))
    .toArray();
  if (!items.length) return [];

  const byLot = new Map<string, ChecklistItem[]>();
  const refs: LotRef[] = [];
  for (const item of items) {
    const list = byLot.get(item.lotId);
    if (list) list.push(item);
    else {
      byLot.set(item.lotId, [item]);
      refs.push({ opportunityId: item.opportunityId, lotId: item.lotId });
    }
  }
  const lotIds = refs.map((ref) => ref.lotId);
  const lots = await getLots(db, refs);
  const changeOf = new Map(changes.map((c) => [c.opportunityId, c]));

  const schedule = await getBidSchedule(db);
  const moved: ChecklistItem[] = [];
  lots.forEach((lot, i) => {
    const lotItems = byLot.get(lotIds[i] as string) ?? [];
    const change = lot && changeOf.get(lot.opportunityId);
    if (!lot || !change) return;
    const next = lotSubmissionDeadline(change.current, lot.lotKey);
    const context = { ...ctx, schedule };
    if (!change.previous) {
      // The old deadline is unknown: only items its dates show were planned for another move.
      moved.push(...rescheduleChecklistAgainstUnknown(lotItems, next, context));
      return;
    }
    if (sameDeadline(lotSubmissionDeadline(change.previous, lot.lotKey), next)) {
      // The same deadline, but items may have been planned with an older reading of it (Bid Desk
      // once read a deadline at 00:00 as that whole day, a day late): those move, the rest stay.
      moved.push(...rescheduleChecklistAgainstUnknown(lotItems, next, context));
      return;
    }
    moved.push(...rescheduleChecklist(lotItems, next, context));
  });
  return moved;
}
