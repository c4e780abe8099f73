/**
 * Version 2 → 3 (the bid workspace). Migrate to 2, insert, migrate to 3, assert: the database a
 * version-2 Bid Desk left, with real imported rows, opens at version 3 with every row intact, and
 * the new tables and indexes work on it.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../shared/import/engine';
import { DEFAULT_DECISION_SETTINGS } from '../../shared/workspace';
import { seedBytes, SEEDS } from '../../test/corpus';
import { asVersion4Rows } from '../../test/store-v4-rows';
import { openDatabase, SCHEMA_VERSION } from './database';
import { saveImport, type SaveImportInput } from './import-repository';
import { eventsOf, lotsOf } from './notice-record';
import { SCHEMA_V1, SCHEMA_V2 } from './schema';
import { getLatestSourceFile } from './source-file-repository';
import {
  createChecklist,
  listChecklist,
  listDecisions,
  listLotDecisions,
  recordDecision,
  saveCriterionPlan,
  saveEngagementPlan,
} from './workspace';
import { dumpTables as dump } from '../../test/dump-tables';

const alice = { now: new Date('2026-04-09T09:00:00Z'), user: 'Alice' };
const bob = { now: new Date('2026-04-20T10:00:00Z'), user: 'Bob' };

function seed(key: keyof typeof SEEDS, isDemo = false): SaveImportInput {
  const bytes = seedBytes(SEEDS[key]);
  const result = importNoticeFile({ name: SEEDS[key], bytes });
  if (!result.ok) throw new Error(result.error.message);
  const { format, opportunities } = result;
  const sourceText = new TextDecoder().decode(bytes);
  return { fileName: SEEDS[key], format, sourceText, size: bytes.length, opportunities, isDemo };
}

/**
 * What version 2 wrote, made by the import code path (which writes the same rows into the same
 * tables at version 3): a demo notice, two real ones, one re-imported with a logged change.
 */
async function version2Rows(factory: IDBFactory): Promise<Record<string, unknown[]>> {
  const db = await openDatabase({ name: 'rows', indexedDB: factory, IDBKeyRange });
  await saveImport(db, seed('westMidlands', true), alice);
  await saveImport(db, seed('staffordshireStalking'), alice);
  const cleveland = seed('cleveland');
  await saveImport(db, cleveland, alice);
  const notice = cleveland.opportunities[0];
  if (!notice) throw new Error('seed 001 has a notice');
  const amended = {
    ...notice,
    title: `${notice.title} (amended)`,
    updatedAt: '2026-06-10T10:00:00+01:00',
  };
  await saveImport(db, { ...cleveland, fileName: 'amended.json', opportunities: [amended] }, bob);
  const rows = await dump(db);
  db.close();
  return rows;
}

describe('schema migration 2 → 3', () => {
  it('keeps every version 2 row and gives a working workspace', async () => {
    const factory = new IDBFactory();
    const expected = await version2Rows(factory);
    expect(expected.changeLog).toHaveLength(1);

    // Version 2, declared with the exported specs alone, as the second release shipped it.
    const v2 = new Dexie('bid-desk', { indexedDB: factory, IDBKeyRange });
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    const v2Tables = v2.tables.map((t) => t.name);
    expect(v2Tables).not.toContain('decisions');
    const old = asVersion4Rows(expected);
    for (const table of v2Tables) {
      const rows = (old[table] ?? []).map((row) =>
        (row as { key?: string }).key === 'schemaVersion'
          ? { key: 'schemaVersion', value: 2 }
          : row,
      );
      await v2.table(table).bulkAdd(rows);
    }
    v2.close();

    const db = await openDatabase({ name: 'bid-desk', indexedDB: factory, IDBKeyRange });
    // On through the later versions to the current one (see migration-v4.test.ts).
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.backendDB().version).toBe(SCHEMA_VERSION * 10);
    // Every row intact (the rows were made at the current version, so the dump includes the
    // empty new tables and the recorded version the upgrades wrote over the copied 2).
    expect(await dump(db)).toEqual(expected);
    expect(await db.meta.get('schemaVersion')).toEqual({
      key: 'schemaVersion',
      value: SCHEMA_VERSION,
    });

    // The raw notice is found through the multiEntry index on the upgraded data.
    const stalking = await db.opportunities.where('ocid').equals('ocds-h6vhtk-0659dc').first();
    if (!stalking) throw new Error('stalking tender stored');
    const file = await getLatestSourceFile(db, stalking.id);
    expect(file?.fileName).toBe(SEEDS.staffordshireStalking);
    expect(file?.text).toContain('Provision of a Stalking Service');

    // Each new table takes rows and answers through its indexes.
    const [lot] = await lotsOf(db, [stalking.id]);
    const [event] = await eventsOf(db, [stalking.id]);
    if (!lot || !event) throw new Error('the stalking tender has a lot and an event');
    const items = await createChecklist(db, stalking.id, lot.id, bob);
    expect(items).toHaveLength(31);
    expect(await listChecklist(db, stalking.id)).toEqual(items);
    // Due in the week before the 6 May deadline: 12 answers, conflict declaration, form of
    // tender, upload, sign-off and submission.
    const lastWeek = db.checklistItems
      .where('dueDate')
      .between('2026-04-29', '2026-05-05', true, true);
    expect(await lastWeek.count()).toBe(17);

    const decision = await recordDecision(
      db,
      {
        opportunityId: stalking.id,
        lotId: lot.id,
        gates: [],
        factors: [],
        settings: DEFAULT_DECISION_SETTINGS,
        outcome: 'bid',
        decidedBy: 'Sam Okafor',
        decidedOn: '2026-04-20',
        rationale: 'Core service for us.',
      },
      bob,
    );
    expect(await listDecisions(db, stalking.id)).toEqual([decision]);
    expect(await listLotDecisions(db, stalking.id, lot.id)).toEqual([decision]);
    expect(await db.decisions.where('createdAt').above('2026-04-01').count()).toBe(1);

    const plan = await saveEngagementPlan(
      db,
      {
        opportunityId: stalking.id,
        eventId: event.id,
        manual: null,
        status: 'attended',
        attendees: [],
        questions: '',
        notes: '',
      },
      bob,
    );
    expect(await db.engagementPlans.where('eventId').equals(event.id).toArray()).toEqual([plan]);
    const response = await saveCriterionPlan(
      db,
      { opportunityId: stalking.id, lotId: lot.id, criterionKey: 'name:q1-vision', owner: 'Priya' },
      bob,
    );
    expect(
      await db.criterionPlans
        .where('[lotId+criterionKey]')
        .equals([lot.id, 'name:q1-vision'])
        .first(),
    ).toEqual(response);
  });
});
