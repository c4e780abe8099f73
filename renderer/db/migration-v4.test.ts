/**
 * Version 3 → 4 (bid outcomes). Migrate to 3, insert, migrate to 4, assert: the database a
 * version-3 Bid Desk left, with a real tender and a decision to bid, opens at version 4 with
 * every row intact, and importing the award then records the outcome in the new table.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../shared/import/engine';
import { DEFAULT_DECISION_SETTINGS } from '../../shared/workspace';
import { corpusAvailable, corpusBytes } from '../../test/corpus';
import { asVersion4Rows } from '../../test/store-v4-rows';
import { openDatabase, SCHEMA_VERSION } from './database';
import { saveImport, type SaveImportInput } from './import-repository';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from './schema';
import { listOutcomes, recordDecision } from './workspace';
import { dumpTables as dump } from '../../test/dump-tables';

const hasCorpus = corpusAvailable('migration 3 → 4 suite');
const alice = { now: new Date('2025-01-23T16:00:00Z'), user: 'Alice' };
const bob = { now: new Date('2025-01-24T10:00:00Z'), user: 'Bob' };

function file(name: string): SaveImportInput {
  const bytes = corpusBytes(`contracts-finder/releases/${name}`);
  const result = importNoticeFile({ name, bytes });
  if (!result.ok) throw new Error(result.error.message);
  const { format, opportunities } = result;
  return { fileName: name, format, sourceText: null, size: bytes.length, opportunities };
}

describe.runIf(hasCorpus)('schema migration 3 → 4', () => {
  it('keeps every version 3 row, and the award imported afterwards records the outcome', async () => {
    // What version 3 wrote, made by the same code path: the tender and a decision to bid.
    const factory = new IDBFactory();
    const reference = await openDatabase({ name: 'rows', indexedDB: factory, IDBKeyRange });
    const id = (await saveImport(reference, file('cf-0cb08240-tender-819883.json'), alice))
      .created[0]?.id as string;
    await recordDecision(
      reference,
      {
        opportunityId: id,
        lotId: null,
        gates: [],
        factors: [],
        settings: DEFAULT_DECISION_SETTINGS,
        outcome: 'bid',
        decidedBy: 'Priya Shah',
        decidedOn: '2025-01-23',
        rationale: 'Within our work.',
      },
      alice,
    );
    const expected = await dump(reference);
    reference.close();
    expect(expected.decisions).toHaveLength(1);
    expect(expected.bidOutcomes).toEqual([]);

    // Version 3, declared with the exported specs alone, as the third release shipped it.
    const v3 = new Dexie('bid-desk', { indexedDB: factory, IDBKeyRange });
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    const v3Tables = v3.tables.map((t) => t.name);
    expect(v3Tables).not.toContain('bidOutcomes');
    const old = asVersion4Rows(expected);
    for (const table of v3Tables) {
      const rows = (old[table] ?? []).map((row) =>
        (row as { key?: string }).key === 'schemaVersion'
          ? { key: 'schemaVersion', value: 3 }
          : row,
      );
      await v3.table(table).bulkAdd(rows);
    }
    v3.close();

    const db = await openDatabase({ name: 'bid-desk', indexedDB: factory, IDBKeyRange });
    // On through the later versions to the current one (see migration-v5.test.ts).
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.backendDB().version).toBe(SCHEMA_VERSION * 10);
    expect(await dump(db)).toEqual(expected);
    expect(await db.meta.get('schemaVersion')).toEqual({
      key: 'schemaVersion',
      value: SCHEMA_VERSION,
    });

    await saveImport(db, file('cf-0cb08240-award-819886.json'), bob);
    const outcomes = await listOutcomes(db, id);
    expect(outcomes.map((o) => [o.result, o.awardedTo[0]?.name, o.value?.amount])).toEqual([
      ['unknown', 'OpenView Security Solutions Limited', 75000],
    ]);
  });
});
