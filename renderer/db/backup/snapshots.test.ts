import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { seedBytes, SEEDS } from '../../../test/corpus';
import { openDatabase, type BidDeskDatabase } from '../database';
import { saveImport } from '../import-repository';
import { updateChecklistItem } from '../workspace';
import {
  exportBackup,
  listSnapshots,
  openSnapshots,
  readSnapshot,
  restoreSnapshot,
  takeSnapshotIfDue,
  type SnapshotsDatabase,
} from '.';
import {
  engineInput,
  fillWorkspace,
  present,
  workspaceSeeds,
} from '../../../test/workspace-fixture';

const day = (n: number, hour = 9) => new Date(Date.UTC(2026, 3, n, hour));
const policy = { everyHours: 24, keep: 7, appVersion: '0.1.0' };

async function stores(): Promise<{ db: BidDeskDatabase; snapshots: SnapshotsDatabase }> {
  const factory = new IDBFactory();
  const db = await openDatabase({ name: 'bid-desk', indexedDB: factory, IDBKeyRange });
  const snapshots = await openSnapshots({ indexedDB: factory, IDBKeyRange });
  return { db, snapshots };
}

const dump = async (db: BidDeskDatabase) => {
  const file = await exportBackup(db, { now: day(1), user: 'x', appVersion: 'x' });
  return Object.fromEntries(
    Object.entries(file.tables).map(([t, rows]) => [
      t,
      [...(rows as Array<{ id?: string; key?: string }>)].sort((a, b) =>
        String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)),
      ),
    ]),
  );
};

describe('automatic snapshots', () => {
  it('takes one when none is newer than 24 hours, and keeps the newest 7', async () => {
    const { db, snapshots } = await stores();
    // Nothing to protect yet: no snapshot of an empty store.
    expect(await takeSnapshotIfDue(db, snapshots, day(1), policy)).toBeNull();
    await fillWorkspace(db, workspaceSeeds());

    const first = await takeSnapshotIfDue(db, snapshots, day(1), policy);
    expect(first).toMatchObject({
      takenAt: '2026-04-01T09:00:00.000Z',
      reason: 'daily',
      summary: { opportunities: 3, decisions: 1 },
    });
    expect(first?.summary.checklistItems).toBeGreaterThan(3);
    expect(first?.sizeBytes).toBeGreaterThan(10_000);
    // 23 hours later: not due. 24 hours later: due.
    expect(await takeSnapshotIfDue(db, snapshots, day(2, 8), policy)).toBeNull();
    expect(await takeSnapshotIfDue(db, snapshots, day(2, 9), policy)).not.toBeNull();

    for (let n = 3; n <= 10; n++) await takeSnapshotIfDue(db, snapshots, day(n), policy);
    const kept = await listSnapshots(snapshots);
    expect(kept.map((s) => s.takenAt.slice(0, 10))).toEqual([
      '2026-04-10',
      '2026-04-09',
      '2026-04-08',
      '2026-04-07',
      '2026-04-06',
      '2026-04-05',
      '2026-04-04',
    ]);
    // The texts of pruned snapshots are gone too.
    expect(await snapshots.snapshotTexts.count()).toBe(7);
    expect((await readSnapshot(snapshots, present(kept[0], 'a snapshot').id)).exportedAt).toBe(
      '2026-04-10T09:00:00.000Z',
    );
  });

  it('undoes a mistake: restoring a snapshot replaces the store, and can itself be undone', async () => {
    const { db, snapshots } = await stores();
    const seeds = workspaceSeeds();
    const ids = await fillWorkspace(db, seeds);
    const snapshot = present(await takeSnapshotIfDue(db, snapshots, day(20), policy), 'a snapshot');
    const good = await dump(db);

    // The mistake: an edit, a stray import, and a whole opportunity's work deleted.
    const item = present(
      await db.checklistItems.where('opportunityId').equals(ids.stalking).first(),
      'a checklist item',
    );
    await updateChecklistItem(db, item.id, { title: 'Oops' }, { now: day(21), user: 'Bob' });
    const hate = new TextDecoder().decode(seedBytes(SEEDS.staffordshireHateCrime));
    await saveImport(db, engineInput('stray.txt', hate), { now: day(21), user: 'Bob' });
    await db.decisions.where('opportunityId').equals(ids.stalking).delete();
    const mistaken = await dump(db);

    const { summary, before } = await restoreSnapshot(
      db,
      snapshots,
      snapshot.id,
      { now: day(21, 10), user: 'Bob' },
      policy,
    );
    expect(summary.mode).toBe('replace');
    expect(await dump(db)).toEqual(good);
    expect(before).toMatchObject({ reason: 'before-restore', summary: { opportunities: 4 } });

    // Undo the undo: the store as it was just before.
    await restoreSnapshot(
      db,
      snapshots,
      present(before, 'the snapshot before').id,
      { now: day(21, 11), user: 'Bob' },
      policy,
    );
    expect(await dump(db)).toEqual(mistaken);
  });

  it('merges instead when asked, leaving opportunities the snapshot lacks', async () => {
    const { db, snapshots } = await stores();
    await fillWorkspace(db, workspaceSeeds());
    const snapshot = present(await takeSnapshotIfDue(db, snapshots, day(20), policy), 'a snapshot');
    const hate = new TextDecoder().decode(seedBytes(SEEDS.staffordshireHateCrime));
    await saveImport(db, engineInput('later.txt', hate), { now: day(21), user: 'Bob' });
    const { summary, before } = await restoreSnapshot(
      db,
      snapshots,
      snapshot.id,
      { now: day(21), user: 'Bob' },
      { mode: 'merge' },
    );
    expect(summary).toMatchObject({ mode: 'merge', added: 0, unchanged: 3 });
    expect(before).toBeNull();
    expect(await db.opportunities.count()).toBe(4);
  });
});
