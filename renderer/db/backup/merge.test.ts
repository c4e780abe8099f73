import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DECISION_SETTINGS } from '../../../shared/workspace';
import { seedBytes, SEEDS } from '../../../test/corpus';
import { openDatabase, type BidDeskDatabase } from '../database';
import { saveImport } from '../import-repository';
import {
  createChecklist,
  getDecisionSettings,
  getUserName,
  recordDecision,
  saveDecisionSettings,
  setUserName,
  updateChecklistItem,
} from '../workspace';
import { exportBackup, previewRestore, restoreBackup } from '.';
import {
  engineInput,
  fillWorkspace,
  present,
  workspaceSeeds,
} from '../../../test/workspace-fixture';
import { getLot, lotsOf } from '../notice-record';

const exporting = { now: new Date('2026-04-20T09:00:00Z'), user: 'Alice', appVersion: '0.1.0' };
const later = { now: new Date('2026-04-22T09:00:00Z'), user: 'Bob' };
const seeds = () => workspaceSeeds();
const hateCrime = () =>
  engineInput(
    SEEDS.staffordshireHateCrime,
    new TextDecoder().decode(seedBytes(SEEDS.staffordshireHateCrime)),
  );

function database(name: string): Promise<BidDeskDatabase> {
  return openDatabase({ name, indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Every row that belongs to an opportunity (its own row, notice and child rows), by table. */
async function rowsOf(db: BidDeskDatabase, id: string): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {
    opportunities: [await db.opportunities.get(id)],
    notices: [await db.notices.get(id)],
  };
  for (const table of db.tables) {
    if (!table.schema.idxByName.opportunityId) continue;
    const rows = await table.where('opportunityId').equals(id).toArray();
    out[table.name] = rows.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  return out;
}

function decision(opportunityId: string, rationale: string) {
  const settings = DEFAULT_DECISION_SETTINGS;
  return {
    opportunityId,
    lotId: null,
    gates: settings.gates.map((g) => ({ gateId: g.id, passed: true, note: '' })),
    factors: settings.factors.map((f) => ({ factorId: f.id, score: 2, note: '' })),
    settings,
    outcome: 'no-bid' as const,
    decidedBy: 'Sam Okafor (CEO)',
    decidedOn: '2026-04-21',
    rationale,
  };
}

describe('restoring into an existing store (merge by ocid)', () => {
  it('replaces edits made after the backup only for the opportunities the backup holds', async () => {
    const db = await database('merge-same');
    const ids = await fillWorkspace(db, seeds());
    const backup = await exportBackup(db, exporting);
    const stalkingInBackup = await rowsOf(db, ids.stalking);
    const settingsInBackup = await getDecisionSettings(db);

    // After the backup: the stalking checklist is edited and a second decision recorded…
    const item = present(
      await db.checklistItems.where('opportunityId').equals(ids.stalking).first(),
      'a checklist item',
    );
    await updateChecklistItem(db, item.id, { status: 'done' }, later);
    await recordDecision(db, decision(ids.stalking, 'Changed our mind'), later);
    // …a new notice is imported and worked on, the matrix changes and the user renames themself.
    const hate = present((await saveImport(db, hateCrime(), later)).created[0], 'created').id;
    const hateLot = present((await lotsOf(db, [hate]))[0], 'a lot');
    await createChecklist(db, hate, hateLot.id, later);
    await recordDecision(db, decision(hate, 'Not our area'), later);
    await saveDecisionSettings(
      db,
      { ...settingsInBackup, thresholds: { bid: 90, review: 10 } },
      later,
    );
    await setUserName(db, 'Alice Brown');
    const hateBefore = await rowsOf(db, hate);
    const untouched = await rowsOf(db, ids.cleveland);

    const preview = await previewRestore(db, backup);
    expect(preview.newOpportunities).toEqual([]);
    expect(preview.updatedOpportunities).toEqual([
      {
        title: 'Provision of a Stalking Service in Staffordshire & Stoke-on-Trent',
        ocid: 'ocds-h6vhtk-0659dc',
        changes: {
          title: null,
          notice: null,
          rowChanged: false,
          tables: {
            decisions: { added: 0, replaced: 0, removed: 1 },
            checklistItems: { added: 0, replaced: 1, removed: 0 },
          },
        },
      },
    ]);
    expect(preview.unchanged).toBe(2);
    expect(preview.userRecords).toEqual({
      checklistItems: { added: 0, replaced: 1, removed: 0 },
      decisions: { added: 0, replaced: 0, removed: 1 },
    });
    expect(preview.settingsChange).toBe(true);
    expect(preview.settingsChanged).toEqual(['decisionSettings']);

    const summary = await restoreBackup(db, backup, later);
    expect(summary).toMatchObject({ added: 0, updated: 1, unchanged: 2 });
    expect(await rowsOf(db, ids.stalking)).toEqual(stalkingInBackup);
    expect(await rowsOf(db, hate)).toEqual(hateBefore);
    expect(await rowsOf(db, ids.cleveland)).toEqual(untouched);
    expect(await getDecisionSettings(db)).toEqual(settingsInBackup);
    expect(await getUserName(db)).toBe('Alice Brown');
    expect(await db.meta.get('demoSeeded')).toEqual({ key: 'demoSeeded', value: true });
  });

  it('points the backup’s rows at the stored opportunity when its ocid is stored under another id', async () => {
    const source = await database('merge-source');
    const ids = await fillWorkspace(source, seeds());
    const backup = await exportBackup(source, exporting);
    const expected = await rowsOf(source, ids.stalking);

    // Another machine imported the original stalking notice on its own and began a checklist.
    const other = await database('merge-other');
    const own = present(
      (await saveImport(other, seeds().stalking, later)).created[0],
      'created',
    ).id;
    expect(own).not.toBe(ids.stalking);
    const ownLot = present((await lotsOf(other, [own]))[0], 'a lot');
    const ownItems = await createChecklist(other, own, ownLot.id, later);

    const preview = await previewRestore(other, backup);
    expect(preview.newOpportunities.map((o) => o.ocid).sort()).toEqual([
      'ocds-h6vhtk-067b89',
      'ocds-h6vhtk-06a838',
    ]);
    const [stalking] = preview.updatedOpportunities;
    expect(stalking?.title).toBe(
      'Provision of a Stalking Service in Staffordshire & Stoke-on-Trent',
    );
    // The backup holds the notice as amended on 15 Apr; this machine has the 8 Apr original.
    expect(stalking?.changes.notice?.backupUpdatedAt?.slice(0, 10)).toBe('2026-04-15');
    expect(stalking?.changes.notice?.storedUpdatedAt?.slice(0, 10)).toBe('2026-04-08');
    const checklist = expected.checklistItems?.length ?? 0;
    expect(stalking?.changes.tables.checklistItems).toEqual({
      added: checklist,
      replaced: 0,
      removed: ownItems.length,
    });
    expect(stalking?.changes.tables.decisions).toEqual({ added: 1, replaced: 0, removed: 0 });

    await restoreBackup(other, backup, later);
    expect(await other.opportunities.count()).toBe(3);
    // The stored id stays; everything else is the backup's, pointed at it.
    const repointed = (rows: unknown[]) =>
      rows.map((row) => {
        const r = row as Record<string, unknown>;
        if ('opportunityId' in r) return { ...r, opportunityId: own };
        return { ...r, id: own };
      });
    const restored = await rowsOf(other, own);
    for (const [table, rows] of Object.entries(expected)) {
      expect(restored[table], table).toEqual(repointed(rows));
    }
    expect(await getLot(other, own, ownLot.id)).toBeUndefined();
    const files = await other.sourceFiles.where('opportunityIds').equals(own).toArray();
    expect(files.map((f) => f.fileName)).toEqual(
      expect.arrayContaining(['004_478b2feee0bee103.txt', '004-deadline-moved.txt']),
    );
    expect(await other.sourceFiles.where('opportunityIds').equals(ids.stalking).count()).toBe(0);
  });
});
