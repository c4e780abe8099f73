import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST_TEMPLATE, DEFAULT_DECISION_SETTINGS } from '../../../shared/workspace';
import { openDatabase, type BidDeskDatabase } from '../database';
import {
  getChecklistTemplate,
  getDecisionSettings,
  getScale,
  getUserName,
  saveChecklistTemplate,
  saveDecisionSettings,
  setScale,
  setUserName,
} from './settings-repository';
import { WorkspaceInputError } from './validate';

const alice = { now: new Date('2026-06-01T09:00:00Z'), user: 'Alice' };

function freshDatabase(): Promise<BidDeskDatabase> {
  return openDatabase({ name: 'settings-test', indexedDB: new IDBFactory(), IDBKeyRange });
}

describe('decision settings', () => {
  it('start as the defaults, and read back as saved with who saved them', async () => {
    const db = await freshDatabase();
    expect(await getDecisionSettings(db)).toEqual(DEFAULT_DECISION_SETTINGS);

    const ours = {
      ...DEFAULT_DECISION_SETTINGS,
      gates: [{ id: 'trustees', label: 'Trustees agree', help: '' }],
      thresholds: { bid: 75, review: 55 },
    };
    await saveDecisionSettings(db, ours, alice);
    expect(await getDecisionSettings(db)).toEqual(ours);
    expect(await db.meta.get('decisionSettings')).toMatchObject({
      updatedAt: '2026-06-01T09:00:00.000Z',
      updatedBy: 'Alice',
    });
  });

  it('hand out a copy of the defaults, so a screen editing one cannot change them', async () => {
    const db = await freshDatabase();
    const settings = await getDecisionSettings(db);
    settings.thresholds.bid = 10;
    settings.factors.pop();
    expect(await getDecisionSettings(db)).toEqual(DEFAULT_DECISION_SETTINGS);
    expect(DEFAULT_DECISION_SETTINGS.thresholds.bid).toBe(70);
  });

  it('refuse a matrix that makes no sense, saying why, and keep the saved one', async () => {
    const db = await freshDatabase();
    const saving = saveDecisionSettings(
      db,
      { ...DEFAULT_DECISION_SETTINGS, factors: [], thresholds: { bid: 50, review: 60 } },
      alice,
    );
    await expect(saving).rejects.toBeInstanceOf(WorkspaceInputError);
    await expect(saving).rejects.toThrow(
      'Could not save the go/no-go settings: Keep at least one factor (factors); The review threshold must not be above the bid threshold (thresholds.review).',
    );
    expect(await db.meta.get('decisionSettings')).toBeUndefined();
  });
});

describe('checklist template', () => {
  it('starts as the default and reads back as saved', async () => {
    const db = await freshDatabase();
    expect(await getChecklistTemplate(db)).toEqual(DEFAULT_CHECKLIST_TEMPLATE);
    const ours = [
      { id: 'board', title: 'Board approval to bid', offsetDays: 30 },
      { id: 'cdp-registration', title: 'Central Digital Platform share code', offsetDays: 21 },
    ];
    await saveChecklistTemplate(db, ours, alice);
    expect(await getChecklistTemplate(db)).toEqual(
      ours.map((item) => ({ ...item, offsetUnit: 'working-days' })),
    );
  });

  it('reads a template saved in calendar days, before the one schedule, in working days', async () => {
    const db = await freshDatabase();
    // As an earlier Bid Desk stored it: offsets in calendar days, no unit.
    await db.meta.put({
      key: 'checklistTemplate',
      value: [
        { id: 'board', title: 'Board approval to bid', offsetDays: 21 },
        { id: 'sign', title: 'Form of tender, signed', offsetDays: 3 },
      ],
    });
    expect((await getChecklistTemplate(db)).map((i) => [i.id, i.offsetDays])).toEqual([
      ['board', 15],
      ['sign', 2],
    ]);
    // Saved again, it is in working days and is not converted a second time.
    await saveChecklistTemplate(db, await getChecklistTemplate(db), alice);
    expect((await getChecklistTemplate(db)).map((i) => i.offsetDays)).toEqual([15, 2]);
  });

  it('refuses items without a title, with impossible offsets or a repeated id', async () => {
    const db = await freshDatabase();
    const saving = saveChecklistTemplate(
      db,
      [
        { id: 'a', title: '', offsetDays: 3 },
        { id: 'b', title: 'Policies', offsetDays: -1 },
        { id: 'a', title: 'Accounts', offsetDays: 10 },
      ],
      alice,
    );
    await expect(saving).rejects.toThrow(/^Could not save the checklist template: /);
    await expect(saving).rejects.toMatchObject({
      problems: [
        { path: '0.title', message: 'Say what needs doing' },
        { path: '1.offsetDays' },
        { path: '2.id', message: 'Each item needs its own id' },
      ],
    });
    expect(await getChecklistTemplate(db)).toEqual(DEFAULT_CHECKLIST_TEMPLATE);
  });
});

describe('user name and scoring scales', () => {
  it("remembers the user's name, trimmed, and refuses an empty one", async () => {
    const db = await freshDatabase();
    expect(await getUserName(db)).toBeNull();
    await setUserName(db, '  Priya Shah ');
    expect(await getUserName(db)).toBe('Priya Shah');
    await expect(setUserName(db, '   ')).rejects.toThrow('Enter your name');
    expect(await getUserName(db)).toBe('Priya Shah');
  });

  it("keeps each lot's scale apart, 0–5 until set", async () => {
    const db = await freshDatabase();
    expect(await getScale(db, 'lot-a')).toEqual({ max: 5 });
    await setScale(db, 'lot-a', { max: 10 });
    expect(await getScale(db, 'lot-a')).toEqual({ max: 10 });
    expect(await getScale(db, 'lot-b')).toEqual({ max: 5 });
    await expect(setScale(db, 'lot-b', { max: 0 })).rejects.toBeInstanceOf(WorkspaceInputError);
    expect(await getScale(db, 'lot-b')).toEqual({ max: 5 });
  });
});
