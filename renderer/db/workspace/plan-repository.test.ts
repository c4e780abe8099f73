import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../../shared/import/engine';
import { criterionKeys } from '../../../shared/workspace';
import { seedBytes, SEEDS } from '../../../test/corpus';
import { openDatabase } from '../database';
import { saveImport } from '../import-repository';
import type { LotRecord } from '../records';
import { createChecklist, listChecklist, updateChecklistItem } from './checklist-repository';
import {
  listCriterionPlans,
  listOwnerNames,
  saveCriterionPlan,
  saveCriterionPlans,
} from './plan-repository';
import { setScale } from './settings-repository';
import { WorkspaceInputError } from './validate';
import { lotsOf } from '../notice-record';

const alice = { now: new Date('2026-04-12T09:00:00Z'), user: 'Alice' };
const bob = { now: new Date('2026-04-20T15:00:00Z'), user: 'Bob' };

/** The stalking tender (one lot, twelve quality questions) as the engine reads it. */
async function stalking() {
  const db = await openDatabase({ name: 'plan-test', indexedDB: new IDBFactory(), IDBKeyRange });
  const name = SEEDS.staffordshireStalking;
  const result = importNoticeFile({ name, bytes: seedBytes(name) });
  if (!result.ok) throw new Error(result.error.message);
  const { format, opportunities } = result;
  const input = { fileName: name, format, sourceText: null, size: 0, opportunities };
  const id = (await saveImport(db, input, alice)).created[0]?.id as string;
  const lot = (await lotsOf(db, [id]))[0] as LotRecord;
  return { db, id, lot, keys: criterionKeys(lot.criteria) };
}

describe('response plans', () => {
  it('start empty, keep what was saved before and update in place per criterion', async () => {
    const { db, id, lot, keys } = await stalking();
    const [q1, q2] = keys as [string, string];
    expect(q1).toBe('name:q1-vision');

    const first = await saveCriterionPlan(
      db,
      { opportunityId: id, lotId: lot.id, criterionKey: q1, owner: 'Priya', wordLimit: 750 },
      alice,
    );
    expect(first).toEqual({
      id: first.id,
      opportunityId: id,
      lotId: lot.id,
      criterionKey: q1,
      weight: null,
      owner: 'Priya',
      wordLimit: 750,
      pageLimit: null,
      evidence: '',
      draftStatus: 'not-started',
      selfScore: null,
      createdAt: '2026-04-12T09:00:00.000Z',
      updatedAt: '2026-04-12T09:00:00.000Z',
      updatedBy: 'Alice',
    });

    const drafted = await saveCriterionPlan(
      db,
      {
        opportunityId: id,
        lotId: lot.id,
        criterionKey: q1,
        draftStatus: 'review',
        selfScore: 4,
        weight: 8.5,
        evidence: 'Annual report 2025, p. 12',
        wordLimit: null,
      },
      bob,
    );
    expect(drafted).toMatchObject({
      id: first.id,
      owner: 'Priya',
      wordLimit: null,
      draftStatus: 'review',
      selfScore: 4,
      weight: 8.5,
      createdAt: '2026-04-12T09:00:00.000Z',
      updatedBy: 'Bob',
    });
    await saveCriterionPlan(db, { opportunityId: id, lotId: lot.id, criterionKey: q2 }, bob);
    const plans = await listCriterionPlans(db, id);
    expect(plans.map((p) => p.criterionKey).sort()).toEqual([q1, q2].sort());
    expect(plans.find((p) => p.criterionKey === q1)).toEqual(drafted);
  });

  it("checks a self-assessed score against the lot's scale", async () => {
    const { db, id, lot, keys } = await stalking();
    const input = { opportunityId: id, lotId: lot.id, criterionKey: keys[0] as string };
    await expect(saveCriterionPlan(db, { ...input, selfScore: 7 }, alice)).rejects.toThrow(
      'Could not save the response plan: Score out of 5 at most (selfScore).',
    );
    await setScale(db, lot.id, { max: 10 });
    expect((await saveCriterionPlan(db, { ...input, selfScore: 7 }, alice)).selfScore).toBe(7);
  });

  it('refuses impossible limits and weights, and plans for lots of other opportunities', async () => {
    const { db, id, lot, keys } = await stalking();
    const input = { opportunityId: id, lotId: lot.id, criterionKey: keys[0] as string };
    await expect(saveCriterionPlan(db, { ...input, wordLimit: 0 }, alice)).rejects.toBeInstanceOf(
      WorkspaceInputError,
    );
    await expect(saveCriterionPlan(db, { ...input, weight: 120 }, alice)).rejects.toBeInstanceOf(
      WorkspaceInputError,
    );
    await expect(saveCriterionPlan(db, { ...input, criterionKey: '' }, alice)).rejects.toThrow(
      'Say which criterion this plan is for (criterionKey)',
    );
    await expect(
      saveCriterionPlan(db, { ...input, opportunityId: 'another' }, alice),
    ).rejects.toThrow('That opportunity is no longer stored. Nothing was saved.');
    expect(await db.criterionPlans.count()).toBe(0);
  });

  it('keep one owner per answer: the plan and the checklist item share it, either way', async () => {
    const { db, id, lot, keys } = await stalking();
    const [q1, q2, q3] = keys as [string, string, string];
    // Named in the plan before the checklist exists: the new checklist item has the same owner.
    await saveCriterionPlan(
      db,
      { opportunityId: id, lotId: lot.id, criterionKey: q1, owner: 'Sam' },
      alice,
    );
    await createChecklist(db, id, lot.id, alice);
    const item = (key: string) =>
      listChecklist(db, id).then((items) => items.find((i) => i.criterionKey === key));
    expect((await item(q1))?.owner).toBe('Sam');

    // Set for several answers at once in the plan: their checklist items follow, authored.
    await saveCriterionPlans(
      db,
      [q2, q3].map((key) => ({
        opportunityId: id,
        lotId: lot.id,
        criterionKey: key,
        owner: 'Priya',
      })),
      bob,
    );
    expect(await item(q2)).toMatchObject({ owner: 'Priya', updatedBy: 'Bob' });

    // Changed in the checklist: the plan follows.
    await updateChecklistItem(db, (await item(q3))?.id as string, { owner: 'Jo' }, alice);
    const plans = await listCriterionPlans(db, id);
    expect(plans.find((p) => p.criterionKey === q3)).toMatchObject({
      owner: 'Jo',
      updatedBy: 'Alice',
    });
    expect(await listOwnerNames(db, id)).toEqual(['Jo', 'Priya', 'Sam']);
  });
});
