/**
 * Version 6 → 7 (no `keyDateDays` or `lotIds` index on the notice records). Migrate to 6, insert,
 * migrate to 7, assert: the database a version-6 Bid Desk left, with a tender whose buyer dropped
 * a lot, opens at version 7 with its records exactly as this version writes them (the two keys
 * and the notice's own history gone, nothing else touched), the two indexes gone, the user's work still finding its lots, and
 * This week's index still answering.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ukDay } from '../../shared/calendar';
import { importNoticeFile } from '../../shared/import/engine';
import type { Opportunity } from '../../shared/notice/model';
import { seedBytes, SEEDS } from '../../test/corpus';
import { dumpStore as dumpTables } from '../../test/store-dump';
import { openDatabase, SCHEMA_VERSION } from './database';
import { saveImport } from './import-repository';
import { eventsOf, getLot, lotsOf } from './notice-record';
import type { NoticeSnapshotRecord } from './records';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6 } from './schema';
import { createChecklist, listChecklist, loadAgendaInput } from './workspace';

const alice = { now: new Date('2026-02-20T09:00:00Z'), user: 'Alice' };
const bob = { now: new Date('2026-04-26T10:00:00Z'), user: 'Bob' };

/** What the file said the last release changed, as version 5 kept it in the notice. */
const change = { field: 'title', label: 'Title', from: 'Stalking', to: 'Stalking service' };

/**
 * A record as version 5 wrote it: with the UK days of its key dates and its lots' ids, and the
 * notice's own history (`changes`, `releaseHistory`), which version 7 keeps only in the change log.
 */
function asVersion5(record: NoticeSnapshotRecord): Record<string, unknown> {
  const release = { releaseId: 'r2', date: null, previousDate: null, tags: ['tenderAmendment'] };
  return {
    ...record,
    notice: {
      ...record.notice,
      changes: [change],
      releaseHistory: [{ ...release, changes: [change] }],
    },
    keyDateDays: [...new Set(record.notice.keyDates.map((date) => ukDay(date.at)))].sort(),
    lotIds: record.lots.map((lot) => lot.id),
  };
}

describe('schema migration 6 → 7', () => {
  it('drops two indexes and what the change log already holds; lots are still found', async () => {
    const factory = new IDBFactory();
    const reference = await openDatabase({ name: 'rows', indexedDB: factory, IDBKeyRange });
    const result = importNoticeFile({
      name: SEEDS.staffordshireStalking,
      bytes: seedBytes(SEEDS.staffordshireStalking),
    });
    if (!result.ok) throw new Error(result.error.message);
    const notice = structuredClone(result.opportunities[0] as Opportunity);
    notice.lots.push({
      ...structuredClone(notice.lots[0] as Opportunity['lots'][number]),
      id: '2',
    });
    const input = { fileName: 'tender.json', format: result.format, sourceText: null, size: 1 };
    const id = (await saveImport(reference, { ...input, opportunities: [notice] }, alice))
      .created[0]?.id as string;
    const [first, second] = await lotsOf(reference, [id]);
    const [event] = await eventsOf(reference, [id]);
    if (!first || !second || !event) throw new Error('two lots and an event');
    await createChecklist(reference, id, second.id, alice);
    const amended = structuredClone(notice);
    amended.lots = amended.lots.slice(1);
    amended.updatedAt = '2026-04-25T10:00:00+01:00';
    await saveImport(reference, { ...input, opportunities: [amended] }, bob);
    const checklist = await listChecklist(reference, id);
    expect(checklist.length).toBeGreaterThan(0);
    const expected = await dumpTables(reference);
    reference.close();

    // Version 6, declared with the exported specs alone, holding those rows as it stored them.
    const v5 = new Dexie('bid-desk', { indexedDB: factory, IDBKeyRange });
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6].forEach((spec, i) =>
      v5.version(i + 1).stores(spec),
    );
    await v5.open();
    for (const table of v5.tables.map((t) => t.name)) {
      const rows = (expected[table] ?? []).map((row) => {
        if (table === 'notices') return asVersion5(row as NoticeSnapshotRecord);
        const setting = row as { key?: string };
        return setting.key === 'schemaVersion' ? { key: 'schemaVersion', value: 6 } : row;
      });
      await v5.table(table).bulkAdd(rows);
    }
    expect(await v5.table('notices').where('lotIds').equals(second.id).count()).toBe(1);
    v5.close();

    const db = await openDatabase({ name: 'bid-desk', indexedDB: factory, IDBKeyRange });
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.backendDB().version).toBe(SCHEMA_VERSION * 10);
    expect(db.notices.schema.indexes.map((index) => index.name).sort()).toEqual([
      'eventDays',
      'eventIds',
    ]);
    expect(db.opportunities.schema.indexes.map((index) => index.name).sort()).toEqual([
      'demoFlag',
      'ocid',
    ]);
    expect(db.changeLog.schema.indexes.map((index) => index.name)).toEqual([
      '[opportunityId+importedAt]',
    ]);
    expect(await db.changeLog.where('opportunityId').equals(id).count()).toBeGreaterThan(0);
    // Every record exactly as this version writes it: the keys gone, nothing else changed.
    expect(await dumpTables(db)).toEqual(expected);
    expect(await db.meta.get('schemaVersion')).toEqual({
      key: 'schemaVersion',
      value: SCHEMA_VERSION,
    });

    // The user's work still finds the lots it points at, the dropped one with its facts.
    expect(await getLot(db, id, first.id)).toMatchObject({ removedFromNotice: true, lotKey: '1' });
    expect(await getLot(db, id, second.id)).toMatchObject({ removedFromNotice: false });
    expect(await getLot(db, 'another-opportunity', second.id)).toBeUndefined();
    expect(await listChecklist(db, id)).toEqual(checklist);
    // This week still finds the event through its index.
    const start = event.start ?? '';
    const agenda = await loadAgendaInput(db, { now: new Date(start), days: 1 });
    expect(agenda.events.map((e) => e.id)).toEqual([event.id]);
  });
});
