/**
 * Version 4 → 5 (imported facts in one record per opportunity). Migrate to 4, insert, migrate to
 * 5, assert: the database a version-4 Bid Desk left, with a real tender whose buyer dropped a lot
 * and moved the engagement event, and the user's work on both, opens at version 5 with its
 * notice records exactly as this version writes them, the lot and event ids the user's work
 * points at unchanged, and This week's index answering.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../shared/import/engine';
import type { Opportunity } from '../../shared/notice/model';
import { seedBytes, SEEDS } from '../../test/corpus';
import { asVersion4Rows } from '../../test/store-v4-rows';
import { openDatabase, SCHEMA_VERSION } from './database';
import { saveImport, type SaveImportInput } from './import-repository';
import { eventsOf, getLot, lotsOf } from './notice-record';
import { getOpportunityDetail } from './opportunity-repository';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from './schema';
import { createChecklist, listChecklist, loadAgendaInput, saveEngagementPlan } from './workspace';
import { dumpStore as dump } from '../../test/store-dump';

const alice = { now: new Date('2026-02-20T09:00:00Z'), user: 'Alice' };
const bob = { now: new Date('2026-04-26T10:00:00Z'), user: 'Bob' };

function stalking(): SaveImportInput {
  const bytes = seedBytes(SEEDS.staffordshireStalking);
  const result = importNoticeFile({ name: SEEDS.staffordshireStalking, bytes });
  if (!result.ok) throw new Error(result.error.message);
  const { format, opportunities } = result;
  return {
    fileName: SEEDS.staffordshireStalking,
    format,
    sourceText: null,
    size: 1,
    opportunities,
  };
}

describe('schema migration 4 → 5', () => {
  it('moves lots, events, key dates and documents into the notice record, ids kept', async () => {
    // The store's history, made by the import path: a tender with two lots and an event, the
    // user's checklist on the first lot and plan for the event; then the buyer drops that lot
    // and moves the event.
    const factory = new IDBFactory();
    const reference = await openDatabase({ name: 'rows', indexedDB: factory, IDBKeyRange });
    const input = stalking();
    const notice = structuredClone(input.opportunities[0] as Opportunity);
    notice.lots.push({
      ...structuredClone(notice.lots[0] as Opportunity['lots'][number]),
      id: '2',
    });
    const id = (await saveImport(reference, { ...input, opportunities: [notice] }, alice))
      .created[0]?.id as string;
    const [lot] = await lotsOf(reference, [id]);
    const [event] = await eventsOf(reference, [id]);
    if (!lot || !event) throw new Error('the stalking tender has a lot and an event');
    const checklist = await createChecklist(reference, id, lot.id, alice);
    await saveEngagementPlan(
      reference,
      {
        opportunityId: id,
        eventId: event.id,
        manual: null,
        status: 'considering',
        attendees: [],
        questions: '',
        notes: '',
      },
      alice,
    );
    const amended = structuredClone(notice);
    amended.lots = amended.lots.slice(1);
    (amended.engagementEvents[0] as Opportunity['engagementEvents'][number]).start =
      '2026-03-13T00:00:00+00:00';
    amended.updatedAt = '2026-04-25T10:00:00+01:00';
    await saveImport(
      reference,
      { ...input, fileName: 'amended.json', opportunities: [amended] },
      bob,
    );
    const expected = await dump(reference);
    reference.close();

    // Version 4, declared with the exported specs alone, holding those rows as it stored them.
    const v4 = new Dexie('bid-desk', { indexedDB: factory, IDBKeyRange });
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    await v4.open();
    const old = asVersion4Rows(expected);
    expect(old.lots).toHaveLength(2);
    expect(old.keyDates?.length).toBeGreaterThan(3);
    for (const table of v4.tables.map((t) => t.name)) {
      const rows = (old[table] ?? []).map((row) =>
        (row as { key?: string }).key === 'schemaVersion'
          ? { key: 'schemaVersion', value: 4 }
          : row,
      );
      await v4.table(table).bulkAdd(rows);
    }
    v4.close();

    const db = await openDatabase({ name: 'bid-desk', indexedDB: factory, IDBKeyRange });
    // On through the later versions to the current one (see migration-v6.test.ts).
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name)).not.toContain('keyDates');
    // Every record as this version writes it: the dropped lot keeps its facts, the moved event
    // where it was.
    expect(await dump(db)).toEqual(expected);
    expect(await db.meta.get('schemaVersion')).toEqual({
      key: 'schemaVersion',
      value: SCHEMA_VERSION,
    });

    // The user's work still finds what it points at.
    expect(await getLot(db, id, lot.id)).toMatchObject({ removedFromNotice: true, lotKey: '1' });
    expect(await listChecklist(db, id)).toEqual(checklist);
    const detail = await getOpportunityDetail(db, id);
    expect(detail?.events[0]).toMatchObject({
      id: event.id,
      start: '2026-03-13T00:00:00+00:00',
      previousStart: event.start,
    });
    // This week (from 10 March) finds the moved event through the index.
    const agenda = await loadAgendaInput(db, { now: new Date('2026-03-10T09:00:00Z'), days: 7 });
    expect(agenda.events.map((e) => e.id)).toEqual([event.id]);
    const nextWeek = await loadAgendaInput(db, { now: new Date('2026-03-16T09:00:00Z'), days: 7 });
    expect(nextWeek.events).toEqual([]);
  });
});
