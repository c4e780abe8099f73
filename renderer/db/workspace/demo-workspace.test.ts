import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../../shared/import/engine';
import { seedBytes, SEEDS } from '../../../test/corpus';
import { openDatabase, type BidDeskDatabase } from '../database';
import { removeDemoData, restoreDemoData } from '../demo-data';
import { saveImport } from '../import-repository';
import { createChecklist, listChecklist } from './checklist-repository';
import { saveCriterionPlan } from './plan-repository';
import { lotsOf } from '../notice-record';

const alice = { now: new Date('2026-04-10T09:00:00Z'), user: 'Alice' };

async function imported(db: BidDeskDatabase, key: keyof typeof SEEDS, isDemo: boolean) {
  const result = importNoticeFile({ name: SEEDS[key], bytes: seedBytes(SEEDS[key]) });
  if (!result.ok) throw new Error(result.error.message);
  const { format, opportunities } = result;
  const input = { fileName: SEEDS[key], format, sourceText: null, size: 0, opportunities, isDemo };
  const id = (await saveImport(db, input, alice)).created[0]?.id as string;
  const lot = (await lotsOf(db, [id]))[0];
  if (!lot) throw new Error(`${key} has a lot`);
  return { id, lot };
}

describe('workspace rows of demo opportunities', () => {
  it('leave with "Remove demo data" and come back with Undo; real ones stay', async () => {
    const db = await openDatabase({ name: 'demo-ws', indexedDB: new IDBFactory(), IDBKeyRange });
    const demo = await imported(db, 'staffordshireStalking', true);
    const real = await imported(db, 'westMidlands', false);
    const demoItems = await createChecklist(db, demo.id, demo.lot.id, alice);
    const realItems = await createChecklist(db, real.id, real.lot.id, alice);
    const plan = await saveCriterionPlan(
      db,
      {
        opportunityId: demo.id,
        lotId: demo.lot.id,
        criterionKey: 'name:q1-vision',
        owner: 'Priya',
      },
      alice,
    );
    // The plan's owner is the owner of the question's checklist item too.
    const demoNow = await listChecklist(db, demo.id);
    expect(demoNow.filter((i) => i.owner === 'Priya')).toHaveLength(1);

    const backup = await removeDemoData(db);
    expect(backup.checklistItems).toHaveLength(demoItems.length);
    expect(backup.criterionPlans).toEqual([plan]);
    expect(await listChecklist(db, demo.id)).toEqual([]);
    expect(await db.criterionPlans.count()).toBe(0);
    expect(await listChecklist(db, real.id)).toEqual(realItems);

    await restoreDemoData(db, backup);
    expect(await listChecklist(db, demo.id)).toEqual(demoNow);
    expect(await db.criterionPlans.toArray()).toEqual([plan]);
  });
});
