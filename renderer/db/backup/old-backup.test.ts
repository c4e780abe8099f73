import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { seedBytes, SEEDS } from '../../../test/corpus';
import { asVersion4Rows } from '../../../test/store-v4-rows';
import { openDatabase, type BidDeskDatabase } from '../database';
import { saveImport } from '../import-repository';
import { dismissChanges, listOpportunitiesWithUnreadChanges } from '../opportunity-repository';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_VERSION } from '../schema';
import {
  exportBackup,
  historicalSchemas,
  parseBackup,
  previewRestore,
  restoreBackup,
  serialiseBackup,
  type BackupFile,
} from '.';
import { engineInput, present, workspaceSeeds } from '../../../test/workspace-fixture';

const exporting = { now: new Date('2026-04-20T09:00:00Z'), user: 'Alice', appVersion: '0.0.9' };
const restoring = { now: new Date('2026-04-21T09:00:00Z'), user: 'Bob' };
const at = (iso: string) => ({ now: new Date(iso), user: 'Alice' });

function database(name: string, factory: IDBFactory): Promise<BidDeskDatabase> {
  return openDatabase({ name, indexedDB: factory, IDBKeyRange });
}

/** Notice data only (versions 1 and 2 had no workspace): demo, real, re-imported, dismissed. */
async function noticeStore(db: BidDeskDatabase): Promise<void> {
  const seeds = workspaceSeeds();
  await db.meta.put({ key: 'demoSeeded', value: true }); // as the app's first run records
  await saveImport(db, { ...seeds.westMidlands, isDemo: true }, at('2026-04-10T09:00:00Z'));
  const saved = await saveImport(db, seeds.cleveland, at('2026-04-10T09:00:00Z'));
  const cleveland = present(saved.created[0], 'Cleveland').id;
  await saveImport(db, seeds.stalking, at('2026-04-10T09:00:00Z'));
  await saveImport(db, seeds.stalkingMoved, at('2026-04-15T10:30:00Z'));
  const notice = present(seeds.cleveland.opportunities[0], 'a notice');
  const amended = {
    ...notice,
    title: `${notice.title} (amended)`,
    updatedAt: '2026-06-10T10:00:00+01:00',
  };
  await saveImport(
    db,
    { ...seeds.cleveland, fileName: 'amended.json', opportunities: [amended] },
    at('2026-06-11T09:00:00Z'),
  );
  await dismissChanges(db, cleveland, at('2026-06-12T09:00:00Z'));
  const hate = new TextDecoder().decode(seedBytes(SEEDS.staffordshireHateCrime));
  await saveImport(db, engineInput(SEEDS.staffordshireHateCrime, hate), at('2026-06-13T09:00:00Z'));
}

/**
 * What a Bid Desk at `version` wrote: its tables only (notice facts in tables of their own before
 * version 5), without the fields later versions added.
 */
function asVersion(file: BackupFile, version: 1 | 2 | 4): BackupFile {
  const tables = new Set(historicalSchemas(version).flatMap((spec) => Object.keys(spec)));
  const addedByV2: Record<string, string[]> = {
    opportunities: ['searchText', 'unreadChanges', 'demoFlag'],
    sourceFiles: ['demoFlag'],
  };
  const old = Object.entries(asVersion4Rows(file.tables))
    .filter(([table]) => tables.has(table))
    .map(([table, rows]) => {
      const dropped = new Set(version === 1 ? (addedByV2[table] ?? []) : []);
      const shaped = rows.map((row) => {
        const kept = Object.entries(row as object).filter(([field]) => !dropped.has(field));
        const out = Object.fromEntries(kept) as Record<string, unknown>;
        if (table === 'meta' && out.key === 'schemaVersion') out.value = version;
        return out;
      });
      return [table, shaped] as const;
    });
  return { ...file, schemaVersion: version, tables: Object.fromEntries(old) };
}

const sorted = (file: BackupFile) =>
  Object.fromEntries(
    Object.entries(file.tables).map(([table, rows]) => [
      table,
      [...(rows as Array<{ id?: string; key?: string }>)].sort((a, b) =>
        String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)),
      ),
    ]),
  );

describe('restoring a backup made by an older Bid Desk', () => {
  it.each([1, 2, 4] as const)(
    'brings a version %i backup up to date through the real upgrades',
    async (version) => {
      const factory = new IDBFactory();
      const source = await database('source', factory);
      await noticeStore(source);
      const current = await exportBackup(source, exporting);
      const old = parseBackup(serialiseBackup(asVersion(current, version)));
      expect(old.schemaVersion).toBe(version);
      if (version === 1) {
        const row = old.tables.opportunities?.[0] as Record<string, unknown>;
        expect(row.searchText).toBeUndefined();
        expect(old.tables.referenceDocuments).toBeUndefined();
      }

      const target = await database('target', factory);
      const preview = await previewRestore(target, old);
      expect(preview.fromSchemaVersion).toBe(version);
      expect(preview.newOpportunities).toHaveLength(4);
      const summary = await restoreBackup(target, old, restoring);
      expect(summary).toMatchObject({ fromSchemaVersion: version, added: 4 });

      // Exactly what the current code wrote: the upgrade recomputed every field version 1 lacked.
      const restored = await exportBackup(target, exporting);
      expect(restored.schemaVersion).toBe(SCHEMA_VERSION);
      expect(sorted(restored)).toEqual(sorted(current));
      expect((await listOpportunitiesWithUnreadChanges(target)).map((o) => o.title)).toEqual([
        'Provision of a Stalking Service in Staffordshire & Stoke-on-Trent',
      ]);
      expect(await target.opportunities.where('demoFlag').equals(1).count()).toBe(1);
      // The scratch database the upgrade ran in is gone.
      expect((await factory.databases()).map((d) => d.name).sort()).toEqual(['source', 'target']);
    },
  );

  it('refuses an old backup holding tables its version did not have', async () => {
    const factory = new IDBFactory();
    const db = await database('target', factory);
    const file = asVersion(await exportBackup(db, exporting), 1);
    const claimed = { ...file, tables: { ...file.tables, decisions: [] } };
    await expect(restoreBackup(db, claimed, restoring)).rejects.toThrow(
      'This backup is damaged: it says it was made by data version 1, which has no decisions. Nothing has been changed.',
    );
    expect((await factory.databases()).map((d) => d.name)).toEqual(['target']);
  });

  it('refuses an old backup whose rows clash, in words and without Dexie’s', async () => {
    const factory = new IDBFactory();
    const source = await database('source', factory);
    await noticeStore(source);
    const file = asVersion(await exportBackup(source, exporting), 1);
    const first = present(file.tables.opportunities?.[0], 'an opportunity row');
    const clash = { ...file, tables: { ...file.tables, opportunities: [first, first] } };
    const target = await database('target', factory);
    const error = await restoreBackup(target, clash, restoring).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toBe(
      'This backup is damaged: its rows could not be read as data version 1: two of its rows have the same identity. Nothing has been changed.',
    );
  });

  it('reads the historical schemas from schema.ts in order', () => {
    expect(historicalSchemas(2)).toEqual([SCHEMA_V1, SCHEMA_V2]);
    expect(historicalSchemas()).toHaveLength(SCHEMA_VERSION);
  });
});
