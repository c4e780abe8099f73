/**
 * The organisation's bid schedule: how many working days before the submission deadline each
 * milestone falls, the contingency kept free and whose bank holidays are skipped. Kept in the
 * `meta` table like the other settings; the defaults until someone saves their own.
 */
import { BidScheduleSettings, DEFAULT_BID_SCHEDULE } from '../../../shared/timeline';
import type { BidDeskDatabase } from '../database';
import type { MetaRecord } from '../records';
import type { WriteContext } from '../write-context';
import { validate } from './validate';

/** The `meta` key of the bid schedule. */
export const BID_SCHEDULE_KEY = 'bidSchedule';

/** A setting the organisation edited: who changed it last. */
interface AuthoredMetaRecord extends MetaRecord {
  updatedAt: string;
  updatedBy: string;
}

/**
 * The saved bid schedule, or a copy of the defaults when none is saved or the stored one does not
 * parse (every write is validated, so that should not happen).
 */
export async function getBidSchedule(db: BidDeskDatabase): Promise<BidScheduleSettings> {
  const row = await db.meta.get(BID_SCHEDULE_KEY);
  if (row === undefined) return structuredClone(DEFAULT_BID_SCHEDULE);
  const parsed = BidScheduleSettings.safeParse(row.value);
  return parsed.success ? parsed.data : structuredClone(DEFAULT_BID_SCHEDULE);
}

/**
 * Save the bid schedule. Refused with a `WorkspaceInputError` naming each problem (milestones
 * out of order, offsets that are not whole working days, too much contingency).
 */
export async function saveBidSchedule(
  db: BidDeskDatabase,
  settings: BidScheduleSettings,
  ctx: WriteContext,
): Promise<void> {
  const value = validate(BidScheduleSettings, settings, 'bid schedule');
  const row: AuthoredMetaRecord = {
    key: BID_SCHEDULE_KEY,
    value,
    updatedAt: ctx.now.toISOString(),
    updatedBy: ctx.user,
  };
  await db.meta.put(row);
}
