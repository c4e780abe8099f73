import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { importNoticeFile } from '../../shared/import/engine';
import type { Opportunity } from '../../shared/notice/model';
import { seedBytes, SEEDS } from '../../test/corpus';
import { asVersion4Rows } from '../../test/store-v4-rows';
import {
  BidDeskDatabase,
  NewerDatabaseError,
  openDatabase,
  requestPersistentStorage,
  SCHEMA_VERSION,
} from './database';
import { saveImport, type SaveImportInput } from './import-repository';
import {
  dismissChanges,
  hasDemoData,
  listOpportunitiesWithUnreadChanges,
} from './opportunity-repository';
import {
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_V8,
} from './schema';
import { dumpStore as dump } from '../../test/store-dump';

const alice = { now: new Date('2026-06-01T09:00:00Z'), user: 'Alice' };
const later = (days: number) => ({ now: new Date(Date.UTC(2026, 5, 1 + days, 9)), user: 'Bob' });

function seed(key: keyof typeof SEEDS, isDemo = false): SaveImportInput {
  const bytes = seedBytes(SEEDS[key]);
  const result = importNoticeFile({ name: SEEDS[key], bytes });
  if (!result.ok) throw new Error(result.error.message);
  const { format, opportunities } = result;
  const sourceText = new TextDecoder().decode(bytes);
  return { fileName: SEEDS[key], format, sourceText, size: bytes.length, opportunities, isDemo };
}

/** A database with real data in it, written by the current code. */
async function realisticDatabase(factory: IDBFactory, name: string): Promise<BidDeskDatabase> {
  const db = await openDatabase({ name, indexedDB: factory, IDBKeyRange });
  await saveImport(db, seed('westMidlands', true), alice);
  await saveImport(db, seed('staffordshireStalking'), alice);
  const cleveland = seed('cleveland');
  const created = await saveImport(db, cleveland, alice);
  const id = created.created[0]?.id as string;
  // Two re-imports with changes; the first one's change is dismissed.
  const notice = cleveland.opportunities[0] as Opportunity;
  const retitled = {
    ...notice,
    title: `${notice.title} (amended)`,
    updatedAt: '2026-06-10T10:00:00+01:00',
  };
  await saveImport(
    db,
    { ...cleveland, fileName: 'amended.json', opportunities: [retitled] },
    later(1),
  );
  await dismissChanges(db, id, later(2));
  const revalued = {
    ...retitled,
    stage: 'cancelled' as const,
    updatedAt: '2026-06-20T10:00:00+01:00',
  };
  await saveImport(
    db,
    { ...cleveland, fileName: 'amended-2.json', opportunities: [revalued] },
    later(3),
  );
  return db;
}

/** What version 1 wrote: the same rows without the fields version 2 added. */
function asVersion1(table: string, rows: unknown[]): unknown[] {
  const added: Record<string, string[]> = {
    opportunities: ['searchText', 'unreadChanges', 'demoFlag'],
    sourceFiles: ['demoFlag'],
  };
  const dropped = new Set(added[table] ?? []);
  return rows.map((row) => {
    const entries = Object.entries(row as object).filter(([field]) => !dropped.has(field));
    const v1 = Object.fromEntries(entries) as Record<string, unknown>;
    if (table === 'meta' && v1.key === 'schemaVersion') v1.value = 1;
    return v1;
  });
}

describe('schema migration', () => {
  it('upgrades a version 1 database with real rows to the current version', async () => {
    const factory = new IDBFactory();
    const reference = await realisticDatabase(factory, 'written-by-current-code');
    const expected = await dump(reference);
    reference.close();
    expect(expected.changeLog).toHaveLength(2);

    // Version 1, declared alone, as the first release shipped it.
    const v1 = new Dexie('bid-desk', { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    const old = asVersion4Rows(expected);
    for (const table of Object.keys(SCHEMA_V1)) {
      await v1.table(table).bulkAdd(asVersion1(table, old[table] ?? []));
    }
    const opportunityV1 = (await v1.table('opportunities').toArray())[0] as Record<string, unknown>;
    expect(opportunityV1.searchText).toBeUndefined();
    v1.close();

    const db = await openDatabase({ name: 'bid-desk', indexedDB: factory, IDBKeyRange });
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.backendDB().version).toBe(SCHEMA_VERSION * 10);
    // Every row is intact, and the upgrade computed exactly what the current code writes.
    expect(await dump(db)).toEqual({ ...expected, referenceDocuments: [] });

    const opportunities = expected.opportunities as Array<Record<string, unknown>>;
    const cleveland = opportunities.find((o) => o.ocid === 'ocds-h6vhtk-06a838');
    expect(cleveland?.unreadChanges).toBe(1);
    expect(cleveland?.searchText).toContain('(amended)');
    expect((await listOpportunitiesWithUnreadChanges(db)).map((o) => o.id)).toEqual([
      cleveland?.id,
    ]);
    expect(await db.opportunities.where('demoFlag').equals(1).count()).toBe(1);
    expect(await hasDemoData(db)).toBe(true);
    // Each upgrade records its version; the last one the current version.
    expect(await db.meta.get('schemaVersion')).toEqual({
      key: 'schemaVersion',
      value: SCHEMA_VERSION,
    });
    // And the upgraded database takes new imports.
    const again = await saveImport(db, seed('staffordshireStalking'), later(4));
    expect(again.unchanged).toHaveLength(1);
  });

  it('declares each version append-only (version 2 changes only what it says)', () => {
    expect(Object.keys(SCHEMA_V2)).toEqual([
      'opportunities',
      'changeLog',
      'sourceFiles',
      'referenceDocuments',
    ]);
    expect(SCHEMA_V2.opportunities.startsWith(SCHEMA_V1.opportunities)).toBe(true);
    expect(SCHEMA_V2.changeLog.startsWith(SCHEMA_V1.changeLog)).toBe(true);
    expect(SCHEMA_V2.sourceFiles.startsWith(SCHEMA_V1.sourceFiles)).toBe(true);
  });

  it('declares version 3 as new tables only (no earlier store changes)', () => {
    expect(Object.keys(SCHEMA_V3)).toEqual([
      'decisions',
      'engagementPlans',
      'checklistItems',
      'criterionPlans',
    ]);
    const earlier = new Set([...Object.keys(SCHEMA_V1), ...Object.keys(SCHEMA_V2)]);
    expect(Object.keys(SCHEMA_V3).filter((table) => earlier.has(table))).toEqual([]);
  });

  it('declares version 4 as one new table (no earlier store changes)', () => {
    expect(Object.keys(SCHEMA_V4)).toEqual(['bidOutcomes']);
    const earlier = new Set(
      [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3].flatMap((version) => Object.keys(version)),
    );
    expect(Object.keys(SCHEMA_V4).filter((table) => earlier.has(table))).toEqual([]);
  });

  it('declares version 6 as one new table (no earlier store changes)', () => {
    expect(Object.keys(SCHEMA_V6)).toEqual(['stageMoves']);
    const earlier = new Set(
      [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5].flatMap((v) => Object.keys(v)),
    );
    expect(Object.keys(SCHEMA_V6).filter((table) => earlier.has(table))).toEqual([]);
  });

  it('declares version 8 as one new table (no earlier store changes)', () => {
    expect(Object.keys(SCHEMA_V8)).toEqual(['entries']);
    const earlier = new Set(
      [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7].flatMap((v) =>
        Object.keys(v),
      ),
    );
    expect(Object.keys(SCHEMA_V8).filter((table) => earlier.has(table))).toEqual([]);
  });
});

describe('openDatabase', () => {
  it('creates a new database at the current version and records it', async () => {
    const factory = new IDBFactory();
    const db = await openDatabase({ name: 'fresh', indexedDB: factory, IDBKeyRange });
    expect(db.backendDB().version).toBe(SCHEMA_VERSION * 10);
    // The version check before opening left nothing behind: Dexie saw a new database.
    expect(await db.meta.get('schemaVersion')).toEqual({
      key: 'schemaVersion',
      value: SCHEMA_VERSION,
    });
    const stores = [...db.backendDB().objectStoreNames].sort();
    expect(stores).toEqual(db.tables.map((t) => t.name).sort());
    expect(stores).toEqual(
      // Every table any version declared, but those a later one deleted (`null`).
      Object.entries({
        ...SCHEMA_V1,
        ...SCHEMA_V2,
        ...SCHEMA_V3,
        ...SCHEMA_V4,
        ...SCHEMA_V5,
        ...SCHEMA_V6,
        ...SCHEMA_V7,
        ...SCHEMA_V8,
      })
        .flatMap(([table, spec]) => (spec === null ? [] : [table]))
        .sort(),
    );
    db.close();
    const reopened = await openDatabase({ name: 'fresh', indexedDB: factory, IDBKeyRange });
    expect(reopened.verno).toBe(SCHEMA_VERSION);
  });

  /** A database written by a future Bid Desk: one more version, changed indexes, rows. */
  async function newerDatabase(factory: IDBFactory): Promise<void> {
    const future = new Dexie('bid-desk', { indexedDB: factory, IDBKeyRange });
    future.version(1).stores(SCHEMA_V1);
    future.version(2).stores(SCHEMA_V2);
    future.version(3).stores(SCHEMA_V3);
    future.version(4).stores(SCHEMA_V4);
    future
      .version(SCHEMA_VERSION + 1)
      .stores({ opportunities: 'id, &ocid, stage', decisions: 'id, opportunityId' });
    await future.open();
    await future
      .table('opportunities')
      .put({ id: 'o-1', ocid: 'ocds-x', title: 'From the future' });
    await future.table('decisions').put({ id: 'd-1', opportunityId: 'o-1', verdict: 'bid' });
    future.close();
  }

  async function readBack(
    factory: IDBFactory,
  ): Promise<{ version: number; stores: string[]; rows: unknown[] }> {
    const db = new Dexie('bid-desk', { indexedDB: factory, IDBKeyRange });
    await db.open(); // no versions declared: Dexie opens whatever is there, read-only use
    const result = {
      version: db.backendDB().version,
      stores: [...db.backendDB().objectStoreNames].sort(),
      rows: [
        ...(await db.table('opportunities').toArray()),
        ...(await db.table('decisions').toArray()),
      ],
    };
    db.close();
    return result;
  }

  it('refuses a database written by a newer version, and leaves it unchanged', async () => {
    const factory = new IDBFactory();
    await newerDatabase(factory);
    const before = await readBack(factory);
    expect(before.version).toBe((SCHEMA_VERSION + 1) * 10);

    const opening = openDatabase({ name: 'bid-desk', indexedDB: factory, IDBKeyRange });
    await expect(opening).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(opening).rejects.toThrow(
      `This Bid Desk data was saved by a newer version of Bid Desk (data version ${SCHEMA_VERSION + 1}; this version understands up to ${SCHEMA_VERSION}). Update Bid Desk to open it. Nothing has been changed.`,
    );
    expect(await readBack(factory)).toEqual(before);
  });

  it('is needed: Dexie 4 alone would open (and patch) the newer database', async () => {
    const factory = new IDBFactory();
    await newerDatabase(factory);
    const unguarded = new BidDeskDatabase('bid-desk', { indexedDB: factory, IDBKeyRange });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(unguarded.open()).resolves.toBe(unguarded);
    unguarded.close();
    vi.restoreAllMocks();
    expect((await readBack(factory)).version).not.toBe((SCHEMA_VERSION + 1) * 10);
  });

  it('refuses a database whose recorded schema version is newer', async () => {
    const factory = new IDBFactory();
    const db = await openDatabase({ name: 'bid-desk', indexedDB: factory, IDBKeyRange });
    await db.meta.put({ key: 'schemaVersion', value: SCHEMA_VERSION + 5 });
    db.close();
    await expect(
      openDatabase({ name: 'bid-desk', indexedDB: factory, IDBKeyRange }),
    ).rejects.toMatchObject({
      name: 'NewerDatabaseError',
      storedVersion: SCHEMA_VERSION + 5,
    });
  });
});

describe('requestPersistentStorage', () => {
  const storage = (persisted: boolean, grant: boolean | Error) => {
    const persist = vi.fn(async () => {
      if (grant instanceof Error) throw grant;
      return grant;
    });
    return {
      manager: { persisted: async () => persisted, persist } as unknown as StorageManager,
      persist,
    };
  };

  it('asks once and reports the answer', async () => {
    const granted = storage(false, true);
    expect(await requestPersistentStorage(granted.manager)).toBe('persisted');
    expect(granted.persist).toHaveBeenCalledTimes(1);
    expect(await requestPersistentStorage(storage(false, false).manager)).toBe('denied');
    expect(await requestPersistentStorage(storage(false, new Error('no')).manager)).toBe('denied');
  });

  it('does not ask again when already persisted, and copes without the API', async () => {
    const already = storage(true, false);
    expect(await requestPersistentStorage(already.manager)).toBe('persisted');
    expect(already.persist).not.toHaveBeenCalled();
    expect(await requestPersistentStorage({})).toBe('unsupported');
  });
});
