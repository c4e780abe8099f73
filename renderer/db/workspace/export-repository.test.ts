import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase, type BidDeskDatabase } from '../database';
import {
  getIcsReminder,
  getIcsRevisions,
  saveIcsReminder,
  saveIcsRevisions,
} from './export-repository';
import { WorkspaceInputError } from './validate';

const alice = { now: new Date('2026-06-01T09:00:00Z'), user: 'Alice' };

function freshDatabase(): Promise<BidDeskDatabase> {
  return openDatabase({ name: 'export-test', indexedDB: new IDBFactory(), IDBKeyRange });
}

describe('calendar export settings', () => {
  it('remind a day before until the user chooses, then as chosen, with who chose', async () => {
    const db = await freshDatabase();
    expect(await getIcsReminder(db)).toBe('1-day');
    await saveIcsReminder(db, '1-week', alice);
    expect(await getIcsReminder(db)).toBe('1-week');
    expect(await db.meta.get('icsReminder')).toMatchObject({
      value: '1-week',
      updatedAt: '2026-06-01T09:00:00.000Z',
      updatedBy: 'Alice',
    });
    await expect(saveIcsReminder(db, 'hourly' as never, alice)).rejects.toBeInstanceOf(
      WorkspaceInputError,
    );
    expect(await getIcsReminder(db)).toBe('1-week');
  });

  it('keep each event’s revision; a damaged record reads as none', async () => {
    const db = await freshDatabase();
    expect(await getIcsRevisions(db)).toEqual({});
    const revisions = {
      'a/notice/submissionDeadline/all@biddesk.app': {
        sequence: 2,
        modifiedAt: '2026-05-01T10:00:00.000Z',
        fingerprint: '0badf00d',
      },
    };
    await saveIcsRevisions(db, revisions);
    expect(await getIcsRevisions(db)).toEqual(revisions);
    await db.meta.put({ key: 'icsRevisions', value: { x: { sequence: -1 } } });
    expect(await getIcsRevisions(db)).toEqual({});
  });
});
