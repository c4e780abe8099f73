/**
 * What the calendar export remembers, in the `meta` table: the reminder the user chose for
 * deadlines, and the revision of every event a calendar app was given (so SEQUENCE goes up by one
 * each time an event changes, and calendar apps update it instead of keeping the old one).
 */
import { z } from 'zod';
import { ICS_REMINDERS, type IcsReminder, type IcsRevisions } from '../../../shared/timeline';
import type { BidDeskDatabase } from '../database';
import type { MetaRecord } from '../records';
import type { WriteContext } from '../write-context';
import { validate } from './validate';

/** The `meta` keys this module owns. */
export const EXPORT_KEYS = { icsReminder: 'icsReminder', icsRevisions: 'icsRevisions' } as const;

/** What a new installation reminds: a day before each deadline. */
export const DEFAULT_ICS_REMINDER: IcsReminder = '1-day';

const Reminder = z.enum(ICS_REMINDERS);
const Revisions = z.record(
  z.string(),
  z.object({ sequence: z.number().int().min(0), modifiedAt: z.string(), fingerprint: z.string() }),
);

/** A setting the user chose: who changed it last, as on every other user row. */
interface AuthoredMetaRecord extends MetaRecord {
  updatedAt: string;
  updatedBy: string;
}

/** The reminder set on deadlines in calendar exports (a day before until the user says). */
export async function getIcsReminder(db: BidDeskDatabase): Promise<IcsReminder> {
  const parsed = Reminder.safeParse((await db.meta.get(EXPORT_KEYS.icsReminder))?.value);
  return parsed.success ? parsed.data : DEFAULT_ICS_REMINDER;
}

/** Remember the reminder for later calendar exports. */
export async function saveIcsReminder(
  db: BidDeskDatabase,
  reminder: IcsReminder,
  ctx: WriteContext,
): Promise<void> {
  const row: AuthoredMetaRecord = {
    key: EXPORT_KEYS.icsReminder,
    value: validate(Reminder, reminder, 'calendar reminder'),
    updatedAt: ctx.now.toISOString(),
    updatedBy: ctx.user,
  };
  await db.meta.put(row);
}

/**
 * The revisions of every event exported so far, by UID; none before the first export. Stored
 * revisions that do not parse are dropped: the events start again at SEQUENCE 0, which calendar
 * apps still accept for a first import.
 */
export async function getIcsRevisions(db: BidDeskDatabase): Promise<IcsRevisions> {
  const parsed = Revisions.safeParse((await db.meta.get(EXPORT_KEYS.icsRevisions))?.value);
  return parsed.success ? parsed.data : {};
}

/** Store the revisions of a calendar file once it is saved. */
export async function saveIcsRevisions(
  db: BidDeskDatabase,
  revisions: IcsRevisions,
): Promise<void> {
  await db.meta.put({
    key: EXPORT_KEYS.icsRevisions,
    value: validate(Revisions, revisions, 'calendar revisions'),
  });
}
