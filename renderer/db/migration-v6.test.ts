/**
 * Version 5 → 6 (the user's stage on the board). Migrate to 5, insert, migrate to 6, assert: the
 * database a version-5 Bid Desk left, with a real tender and a decision about it, opens at
 * version 6 with every row intact, and a card moved afterwards keeps its stage through a
 * re-import of the notice.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Opportunity } from '../../shared/notice/model';
import { seedBytes, SEEDS } from '../../test/corpus';
import { plainDecision } from '../../test/decision-input';
import { dumpStore, writeOldStore } from '../../test/store-dump';
import { engineInput } from '../../test/workspace-fixture';
import { openDatabase, SCHEMA_VERSION } from './database';
import { saveImport, type SaveImportInput } from './import-repository';
import { listOpportunities } from './opportunity-repository';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5 } from './schema';
import { recordDecision, recordStageMove, stagesInForce } from './workspace';

const alice = { now: new Date('2026-04-20T09:00:00Z'), user: 'Alice' };
const bob = { now: new Date('2026-04-21T10:00:00Z'), user: 'Bob' };

const stalking = (): SaveImportInput =>
  engineInput(
    SEEDS.staffordshireStalking,
    new TextDecoder().decode(seedBytes(SEEDS.staffordshireStalking)),
  );

describe('schema migration 5 → 6', () => {
  it('keeps every version 5 row; a stage moved afterwards outlives a re-import', async () => {
    const factory = new IDBFactory();
    const reference = await openDatabase({ name: 'rows', indexedDB: factory, IDBKeyRange });
    const id = (await saveImport(reference, stalking(), alice)).created[0]?.id as string;
    await recordDecision(reference, plainDecision(id, 'bid', '2026-04-20'), alice);
    const expected = await dumpStore(reference);
    reference.close();
    expect(expected.stageMoves).toEqual([]);

    // Version 5, declared with the exported specs alone, as the fifth release shipped it.
    const v5Tables = await writeOldStore(
      new Dexie('bid-desk', { indexedDB: factory, IDBKeyRange }),
      [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5],
      expected,
    );
    expect(v5Tables).not.toContain('stageMoves');

    const db = await openDatabase({ name: 'bid-desk', indexedDB: factory, IDBKeyRange });
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.backendDB().version).toBe(SCHEMA_VERSION * 10);
    expect(await dumpStore(db)).toEqual(expected);
    expect(await db.meta.get('schemaVersion')).toEqual({
      key: 'schemaVersion',
      value: SCHEMA_VERSION,
    });

    // The user moves the tender's card to Award, then the buyer amends the tender notice.
    await recordStageMove(db, id, 'award', bob);
    const amended = structuredClone(stalking());
    const notice = amended.opportunities[0] as Opportunity;
    notice.updatedAt = '2026-04-25T10:00:00+01:00';
    notice.title = `${notice.title} (amended)`;
    await saveImport(db, { ...amended, fileName: 'amended.json' }, bob);
    const [record] = await listOpportunities(db);
    expect(record?.title).toMatch(/\(amended\)$/);
    expect(record?.stage).toBe('tender');
    expect((await stagesInForce(db)).get(id)).toMatchObject({
      stage: 'award',
      updatedBy: 'Bob',
      createdAt: bob.now.toISOString(),
    });
  });
});

describe('stage moves', () => {
  it('append: the newest move is in force and the earlier ones stay', async () => {
    const db = await openDatabase({ name: 'moves', indexedDB: new IDBFactory(), IDBKeyRange });
    const id = (await saveImport(db, stalking(), alice)).created[0]?.id as string;
    await recordStageMove(db, id, 'award', alice);
    await recordStageMove(db, id, 'contract', bob);
    expect((await stagesInForce(db)).get(id)?.stage).toBe('contract');
    // Moves within one millisecond keep their order: each names the one it replaces.
    for (const stage of ['tender', 'award', 'planned', 'pipeline'] as const) {
      await recordStageMove(db, id, stage, bob);
    }
    expect((await stagesInForce(db)).get(id)?.stage).toBe('pipeline');
    expect(await db.stageMoves.count()).toBe(6);
    await expect(recordStageMove(db, 'no-such-id', 'award', bob)).rejects.toThrow(
      'That opportunity is no longer stored. Nothing was saved.',
    );
  });
});
