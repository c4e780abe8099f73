import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BID_SCHEDULE } from '../../../shared/timeline';
import { openDatabase, type BidDeskDatabase } from '../database';
import { BID_SCHEDULE_KEY, getBidSchedule, saveBidSchedule } from './schedule-repository';
import { WorkspaceInputError } from './validate';

const alice = { now: new Date('2026-06-01T09:00:00Z'), user: 'Alice' };

function freshDatabase(): Promise<BidDeskDatabase> {
  return openDatabase({ name: 'schedule-test', indexedDB: new IDBFactory(), IDBKeyRange });
}

describe('bid schedule', () => {
  it('starts as the defaults, and reads back as saved with who saved it', async () => {
    const db = await freshDatabase();
    expect(await getBidSchedule(db)).toEqual(DEFAULT_BID_SCHEDULE);

    const ours = {
      ...DEFAULT_BID_SCHEDULE,
      offsets: { ...DEFAULT_BID_SCHEDULE.offsets, firstDraft: 10 },
      contingencyPercent: 20,
      bankHolidays: 'scotland' as const,
    };
    await saveBidSchedule(db, ours, alice);
    expect(await getBidSchedule(db)).toEqual(ours);
    expect(await db.meta.get(BID_SCHEDULE_KEY)).toMatchObject({
      updatedAt: '2026-06-01T09:00:00.000Z',
      updatedBy: 'Alice',
    });
  });

  it('hands out a copy of the defaults', async () => {
    const db = await freshDatabase();
    const schedule = await getBidSchedule(db);
    schedule.offsets.goNoGo = 99;
    expect((await getBidSchedule(db)).offsets.goNoGo).toBe(20);
    expect(DEFAULT_BID_SCHEDULE.offsets.goNoGo).toBe(20);
  });

  it('refuses milestones out of order, saying why, and keeps the saved schedule', async () => {
    const db = await freshDatabase();
    const saving = saveBidSchedule(
      db,
      { ...DEFAULT_BID_SCHEDULE, offsets: { ...DEFAULT_BID_SCHEDULE.offsets, internalReview: 15 } },
      alice,
    );
    await expect(saving).rejects.toBeInstanceOf(WorkspaceInputError);
    await expect(saving).rejects.toThrow(
      'Could not save the bid schedule: The internal review cannot come before the first draft (offsets.internalReview).',
    );
    expect(await db.meta.get(BID_SCHEDULE_KEY)).toBeUndefined();
  });

  it('reads a stored schedule that does not parse as the defaults', async () => {
    const db = await freshDatabase();
    await db.meta.put({ key: BID_SCHEDULE_KEY, value: { offsets: 'soon' } });
    expect(await getBidSchedule(db)).toEqual(DEFAULT_BID_SCHEDULE);
  });
});
