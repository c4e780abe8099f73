import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../shared/import/engine';
import type { Opportunity } from '../../shared/notice/model';
import { seedBytes, SEEDS } from '../../test/corpus';
import { openDatabase, type BidDeskDatabase } from './database';
import { hasDemoData, removeDemoData, restoreDemoData } from './demo-data';
import { saveImport, saveReferenceDocument, type SaveImportInput } from './import-repository';
import { getMeta, setMeta } from './meta-repository';
import { lotsOf } from './notice-record';
import { dumpTables as dumpAll } from '../../test/dump-tables';

const alice = { now: new Date('2026-06-01T09:00:00Z'), user: 'Alice' };
const bob = { now: new Date('2026-06-05T09:00:00Z'), user: 'Bob' };

function seed(key: keyof typeof SEEDS, isDemo: boolean): SaveImportInput {
  const bytes = seedBytes(SEEDS[key]);
  const result = importNoticeFile({ name: SEEDS[key], bytes });
  if (!result.ok) throw new Error(result.error.message);
  const { format, opportunities } = result;
  const sourceText = new TextDecoder().decode(bytes);
  return { fileName: SEEDS[key], format, sourceText, size: bytes.length, opportunities, isDemo };
}

/** The first run: every seed notice as demo data, and the strategy as a demo reference. */
async function seededDatabase(): Promise<BidDeskDatabase> {
  const db = await openDatabase({ name: 'demo-test', indexedDB: new IDBFactory(), IDBKeyRange });
  for (const key of [
    'westMidlands',
    'cleveland',
    'staffordshireHateCrime',
    'staffordshireStalking',
  ] as const) {
    await saveImport(db, seed(key, true), alice);
  }
  const strategy = importNoticeFile({ name: SEEDS.strategy, bytes: seedBytes(SEEDS.strategy) });
  if (strategy.ok) throw new Error('the strategy is not a notice');
  await saveReferenceDocument(
    db,
    {
      fileName: SEEDS.strategy,
      title: strategy.error.details.title ?? null,
      buyerName: strategy.error.details.buyerName ?? null,
      text: new TextDecoder().decode(seedBytes(SEEDS.strategy)),
      isDemo: true,
    },
    alice,
  );
  await setMeta(db, 'demoSeeded', true);
  return db;
}

describe('demo data', () => {
  it('is removed in one action, leaving real data, and Undo restores it exactly', async () => {
    const db = await seededDatabase();
    // A change on a demo opportunity, so the change log is part of what goes and comes back.
    const stalking = seed('staffordshireStalking', true);
    const moved = {
      ...(stalking.opportunities[0] as Opportunity),
      title: 'Stalking Support (v2)',
      updatedAt: '2026-05-01T09:00:00+01:00',
    };
    await saveImport(db, { ...stalking, opportunities: [moved] }, alice);
    // A real import of another notice, which must survive.
    const real = await saveImport(db, { ...seed('cleveland', false), fileName: 'real.txt' }, bob);
    const withDemo = await dumpAll(db);
    expect(await hasDemoData(db)).toBe(true);

    const backup = await removeDemoData(db);
    expect(backup.opportunities).toHaveLength(3);
    expect(backup.referenceDocuments).toHaveLength(1);
    expect(backup.sourceFiles).toHaveLength(5);
    expect(backup.changeLog).toHaveLength(1);
    expect(backup.notices.flatMap((n) => n.lots).length).toBeGreaterThan(3);

    const after = await dumpAll(db);
    expect(await hasDemoData(db)).toBe(false);
    expect(after.opportunities?.map((o) => (o as { id: string }).id)).toEqual([
      real.unchanged[0]?.id,
    ]);
    expect(after.notices).toHaveLength(1);
    expect(after.changeLog).toEqual([]);
    expect(after.referenceDocuments).toEqual([]);
    expect(after.sourceFiles).toHaveLength(1);
    // The real notice's record (its lots, key dates, events, documents) stays; no demo one does.
    expect(after.notices?.map((row) => (row as { id: string }).id)).toEqual([
      real.unchanged[0]?.id,
    ]);
    // The decision not to seed again is kept.
    expect(await getMeta(db, 'demoSeeded')).toBe(true);

    await restoreDemoData(db, backup);
    expect(await dumpAll(db)).toEqual(withDemo);
    expect(await hasDemoData(db)).toBe(true);
  });

  it('does not restore a demo notice that was imported for real in the meantime', async () => {
    const db = await seededDatabase();
    const backup = await removeDemoData(db);
    const real = await saveImport(db, seed('cleveland', false), bob);
    const realId = real.created[0]?.id as string;
    await restoreDemoData(db, backup);

    const cleveland = await db.opportunities.where('ocid').equals('ocds-h6vhtk-06a838').toArray();
    expect(cleveland.map((o) => [o.id, o.isDemo])).toEqual([[realId, false]]);
    expect(await db.opportunities.count()).toBe(4);
    const demoId = backup.opportunities.find((o) => o.ocid === 'ocds-h6vhtk-06a838')?.id as string;
    expect((await lotsOf(db, [demoId])).length).toBe(0);
  });
});

describe('saveImport: demo data', () => {
  it('marks demo rows and makes them real when the same notice is imported as a real file', async () => {
    const db = await openDatabase({ name: 'demo-test', indexedDB: new IDBFactory(), IDBKeyRange });
    const demo = await saveImport(db, seed('cleveland', true), alice);
    const id = demo.created[0]?.id as string;
    expect(await db.opportunities.get(id)).toMatchObject({ isDemo: true, demoFlag: 1 });
    expect((await db.sourceFiles.toArray())[0]).toMatchObject({ isDemo: true, demoFlag: 1 });

    const real = await saveImport(db, seed('cleveland', false), bob);
    expect(real.unchanged.map((u) => u.id)).toEqual([id]);
    const row = await db.opportunities.get(id);
    expect(row?.isDemo).toBe(false);
    expect(row?.demoFlag).toBeUndefined();
    expect(row?.updatedBy).toBe('Bob');
    expect(await db.opportunities.where('demoFlag').equals(1).count()).toBe(0);
  });

  it('never marks a real opportunity as demo', async () => {
    const db = await openDatabase({ name: 'demo-test', indexedDB: new IDBFactory(), IDBKeyRange });
    const real = await saveImport(db, seed('cleveland', false), alice);
    await saveImport(db, seed('cleveland', true), bob);
    expect(await db.opportunities.get(real.created[0]?.id as string)).toMatchObject({
      isDemo: false,
      updatedBy: 'Alice',
    });
  });
});
