import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importNoticeFile } from '../../shared/import/engine';
import type { Opportunity } from '../../shared/notice/model';
import { corpusAvailable, corpusBytes, seedBytes, SEEDS } from '../../test/corpus';
import { openDatabase, type BidDeskDatabase } from './database';
import { ENGINE_VERSION, saveImport, type SaveImportInput } from './import-repository';
import { getLatestSourceFile, getOpportunityDetail } from './opportunity-repository';
import { eventsOf, getLot, lotsOf } from './notice-record';

const alice = { now: new Date('2026-06-01T09:00:00Z'), user: 'Alice' };
const bob = { now: new Date('2026-06-02T10:30:00Z'), user: 'Bob' };

function freshDatabase(): Promise<BidDeskDatabase> {
  return openDatabase({ name: 'bid-desk-test', indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Read a file with the real engine, as the app does before saving. */
function readFile(name: string, bytes: Uint8Array): SaveImportInput {
  const result = importNoticeFile({ name, bytes });
  if (!result.ok) throw new Error(result.error.message);
  return {
    fileName: name,
    format: result.format,
    sourceText: new TextDecoder().decode(bytes),
    size: bytes.length,
    opportunities: result.opportunities,
  };
}

const seed = (key: keyof typeof SEEDS): SaveImportInput =>
  readFile(SEEDS[key], seedBytes(SEEDS[key]));
const cf = (file: string): SaveImportInput =>
  readFile(file, corpusBytes(`contracts-finder/releases/${file}`));

/** Every row of every table, to prove what a failed import did not touch. */
async function dumpAll(db: BidDeskDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

describe('saveImport: a first import', () => {
  it('writes the opportunity, its notice, lots, key dates, event, documents and the source file', async () => {
    const db = await freshDatabase();
    const input = seed('westMidlands');
    const notice = input.opportunities[0] as Opportunity;
    const summary = await saveImport(db, input, alice);

    expect(summary.created).toHaveLength(1);
    expect(summary.updated).toEqual([]);
    const id = summary.created[0]?.id as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(summary.created[0]?.title).toBe(notice.title);

    const row = await db.opportunities.get(id);
    expect(row).toMatchObject({
      ocid: 'ocds-h6vhtk-067b89',
      title: notice.title,
      buyerName: notice.buyer.name,
      lotCount: 3,
      isDemo: false,
      unreadChanges: 0,
      submissionDeadline: '2026-07-01T22:59:59.000Z',
      noticeUpdatedAt: '2026-05-18T11:28:45+01:00',
      createdAt: '2026-06-01T09:00:00.000Z',
      updatedAt: '2026-06-01T09:00:00.000Z',
      updatedBy: 'Alice',
    });
    expect(row?.demoFlag).toBeUndefined();
    expect(row?.searchText).toContain(notice.title.toLowerCase());
    expect(row?.searchText).toContain('ocds-h6vhtk-067b89');
    // The pipeline's copy keeps the dates a bidder acts on; the table keeps them all.
    expect(row?.keyDates.map((d) => d.kind)).toEqual([
      'engagement',
      'futureNotice',
      'submissionDeadline',
      'awardDecision',
      'contractStart',
    ]);

    expect((await db.notices.get(id))?.notice).toEqual(notice);
    // One record holds the notice's facts; its lots and event have ids of their own.
    const detail = await getOpportunityDetail(db, id);
    const lots = detail?.lots ?? [];
    expect(lots.map((l) => l.lotKey)).toEqual(notice.lots.map((l) => l.id));
    expect(lots.map((l) => l.title)).toEqual(notice.lots.map((l) => l.title));
    expect(lots.every((l) => l.id !== l.lotKey && !l.removedFromNotice)).toBe(true);
    expect(detail?.keyDates).toHaveLength(8);
    const events = detail?.events ?? [];
    expect(events.map((e) => e.title)).toEqual(['Market engagement']);
    expect(events[0]?.previousStart).toBeNull();
    expect(detail?.documents).toHaveLength(5);
    const record = await db.notices.get(id);
    expect(record?.lots.map((l) => l.id)).toEqual(lots.map((l) => l.id));
    expect(record?.eventIds).toEqual(events.map((e) => e.id));
    // Only the indexes something reads: no per-key-date days, no lot ids (see notice-record.ts).
    expect(Object.keys(record ?? {}).sort()).toEqual([
      'eventDays',
      'eventIds',
      'events',
      'id',
      'importedAt',
      'lots',
      'notice',
    ]);
    expect(await db.changeLog.count()).toBe(0);

    const [file] = await db.sourceFiles.toArray();
    expect(file).toMatchObject({
      id: summary.sourceFileId,
      fileName: SEEDS.westMidlands,
      format: 'notice-page',
      size: input.size,
      text: input.sourceText,
      opportunityIds: [id],
      engineVersion: ENGINE_VERSION,
      isDemo: false,
    });
  });

  it('stores every opportunity of a multi-release Contracts Finder file', async () => {
    if (!corpusAvailable('saveImport')) return;
    const db = await freshDatabase();
    const summary = await saveImport(db, cf('cf-0cb08240-tender-819883.json'), alice);
    expect(summary.created.map((c) => c.title)).toEqual([
      (await db.opportunities.toArray())[0]?.title,
    ]);
    expect(await db.opportunities.count()).toBe(1);
  });
});

describe('saveImport: progress', () => {
  it('reports the records written as batches complete, ending at everything it wrote', async () => {
    const db = await freshDatabase();
    const calls: Array<[number, number]> = [];
    await saveImport(
      db,
      { ...seed('staffordshireStalking'), onProgress: (n, total) => calls.push([n, total]) },
      alice,
    );
    const total = calls[0]?.[1] ?? 0;
    expect(calls[0]).toEqual([0, total]);
    expect(calls.at(-1)).toEqual([total, total]);
    const written = calls.map(([n]) => n);
    expect(written).toEqual([...written].sort((a, b) => a - b));
    // Every record the save wrote, and nothing else, was counted.
    const tables = ['opportunities', 'notices', 'changeLog', 'sourceFiles'];
    let stored = 0;
    for (const name of tables) stored += await db.table(name).count();
    expect(total).toBe(stored);
    expect(total).toBeGreaterThanOrEqual(3);
  });
});

describe('saveImport: re-importing', () => {
  it('the same file again changes nothing and logs nothing', async () => {
    const db = await freshDatabase();
    const input = seed('staffordshireStalking');
    const first = await saveImport(db, input, alice);
    const before = await dumpAll(db);

    const again = await saveImport(db, input, bob);
    const id = first.created[0]?.id;
    expect(again.unchanged).toEqual([{ id, title: first.created[0]?.title }]);
    expect(again.created).toEqual([]);
    expect(again.updated).toEqual([]);
    const after = await dumpAll(db);
    expect(after.changeLog).toEqual([]);
    // Only the second source file is new.
    expect({ ...after, sourceFiles: [] }).toEqual({ ...before, sourceFiles: [] });
    expect(after.sourceFiles).toHaveLength(2);
    // Both files are kept; the newest is the one shown and re-read.
    const latest = await getLatestSourceFile(db, id as string);
    expect(latest).toMatchObject({
      id: again.sourceFileId,
      importedBy: 'Bob',
      text: input.sourceText,
    });
    expect(await getLatestSourceFile(db, 'another-opportunity')).toBeNull();
  });

  it('a later Contracts Finder release updates in place and logs the change', async () => {
    if (!corpusAvailable('saveImport')) return;
    const db = await freshDatabase();
    const created = await saveImport(db, cf('cf-0cb08240-tender-819883.json'), alice);
    const id = created.created[0]?.id as string;
    const [lotBefore] = await lotsOf(db, [id]);

    const summary = await saveImport(db, cf('cf-0cb08240-award-819886.json'), bob);
    expect(summary.created).toEqual([]);
    expect(summary.updated).toHaveLength(1);
    expect(summary.updated[0]?.id).toBe(id);
    expect(summary.updated[0]?.changes).toContainEqual({
      field: 'stage',
      label: 'Stage',
      from: 'tender',
      to: 'award',
    });
    expect(summary.updated[0]?.changes).toContainEqual({
      field: 'lots[1].status',
      label: 'Lot 1 status',
      from: 'active',
      to: 'complete',
    });

    const row = await db.opportunities.get(id);
    expect(row).toMatchObject({ stage: 'award', status: 'complete', unreadChanges: 1 });
    expect(row?.createdAt).toBe(alice.now.toISOString());
    expect(row?.updatedBy).toBe('Bob');
    const [lotAfter] = await lotsOf(db, [id]);
    expect(lotAfter?.id).toBe(lotBefore?.id);
    expect(lotAfter?.status).toBe('complete');
    expect(lotAfter?.createdAt).toBe(alice.now.toISOString());

    const log = await db.changeLog.toArray();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      opportunityId: id,
      fileName: 'cf-0cb08240-award-819886.json',
      importedAt: bob.now.toISOString(),
      importedBy: 'Bob',
      dismissedAt: null,
      changes: summary.updated[0]?.changes,
    });
  });

  it('the older file after the newer one is ignored and keeps the newer notice', async () => {
    if (!corpusAvailable('saveImport')) return;
    const db = await freshDatabase();
    await saveImport(db, cf('cf-56c3a2a3-awardUpdate-819899.json'), alice);
    const before = await dumpAll(db);

    const summary = await saveImport(db, cf('cf-56c3a2a3-award-819887.json'), bob);
    expect(summary.olderIgnored).toHaveLength(1);
    expect(summary.olderIgnored[0]?.title).toBe('ROSA devices for Telecoms Security Act');
    expect(summary.updated).toEqual([]);
    const after = await dumpAll(db);
    expect({ ...after, sourceFiles: [] }).toEqual({ ...before, sourceFiles: [] });
  });

  it('moves a deadline, adds a lot and moves the event without losing the user’s work', async () => {
    const db = await freshDatabase();
    const input = seed('staffordshireStalking');
    const first = await saveImport(db, input, alice);
    const id = first.created[0]?.id as string;
    const [lot] = await lotsOf(db, [id]);
    const [event] = await eventsOf(db, [id]);
    // A later feature's data: a row of another table pointing at the lot (kept in `meta` here,
    // as no such table exists yet).
    await db.meta.put({ key: 'checklist-item-1', value: { lotId: lot?.id, done: true } });

    const amended = structuredClone(input.opportunities[0] as Opportunity);
    const deadline = amended.keyDates.find((d) => d.kind === 'submissionDeadline');
    if (!deadline) throw new Error('seed 004 has a submission deadline');
    deadline.at = '2026-05-20T12:00:00+01:00';
    amended.lots.push({
      ...structuredClone(amended.lots[0] as Opportunity['lots'][number]),
      id: '2',
      title: 'Stoke-on-Trent',
    });
    const moved = amended.engagementEvents[0] as Opportunity['engagementEvents'][number];
    moved.start = '2026-03-13T00:00:00+00:00';
    amended.updatedAt = '2026-04-20T10:00:00+01:00';

    const summary = await saveImport(
      db,
      { ...input, fileName: 'amended.json', opportunities: [amended] },
      bob,
    );
    expect(summary.updated[0]?.changes).toContainEqual({
      field: 'keyDates.submissionDeadline',
      label: 'Submission deadline',
      from: '6 May 2026, 12:00',
      to: '20 May 2026, 12:00',
    });
    expect(summary.updated[0]?.changes).toContainEqual({
      field: 'lots[2]',
      label: 'Lot 2',
      from: null,
      to: 'Stoke-on-Trent',
    });

    const detail = await getOpportunityDetail(db, id);
    expect(detail?.opportunity.submissionDeadline).toBe('2026-05-20T11:00:00.000Z');
    expect(detail?.lots.map((l) => [l.lotKey, l.id === lot?.id])).toEqual([
      ['1', true],
      ['2', false],
    ]);
    expect(detail?.lots[0]?.createdAt).toBe(alice.now.toISOString());
    expect(detail?.events).toHaveLength(1);
    expect(detail?.events[0]).toMatchObject({
      id: event?.id,
      start: '2026-03-13T00:00:00+00:00',
      previousStart: '2026-03-06T00:00:00+00:00',
      removedFromNotice: false,
    });
    expect(await db.meta.get('checklist-item-1')).toEqual({
      key: 'checklist-item-1',
      value: { lotId: lot?.id, done: true },
    });
    // Key dates are replaced, not added to.
    expect(
      detail?.keyDates.filter((d) => d.kind === 'submissionDeadline').map((d) => d.at),
    ).toEqual(['2026-05-20T12:00:00+01:00']);
    expect(detail?.keyDates).toHaveLength(amended.keyDates.length);
    expect(detail?.documents).toHaveLength(amended.documents.length);

    // The lot disappears from the next notice: its row (and the user's notes) stay, marked.
    const shrunk = structuredClone(amended);
    shrunk.lots = shrunk.lots.slice(1);
    shrunk.updatedAt = '2026-04-27T10:00:00+01:00';
    await saveImport(db, { ...input, fileName: 'shrunk.json', opportunities: [shrunk] }, bob);
    const kept = await getLot(db, id, lot?.id as string);
    expect(kept).toMatchObject({ removedFromNotice: true, title: lot?.title, lotKey: lot?.lotKey });
    expect(await lotsOf(db, [id])).toHaveLength(2);
    expect((await db.opportunities.get(id))?.unreadChanges).toBe(2);
  });
});

describe('saveImport: all or nothing', () => {
  it('leaves every table as it was when a write fails part-way', async () => {
    const db = await freshDatabase();
    await saveImport(db, seed('staffordshireStalking'), alice);
    const before = await dumpAll(db);

    // A file with an update of the stored notice and a new one whose last document cannot be
    // stored (a function is not cloneable): the failure comes after the other tables were written.
    const update = structuredClone(seed('staffordshireStalking').opportunities[0] as Opportunity);
    update.title = 'Stalking Support Service (re-tender)';
    update.updatedAt = '2026-04-30T09:00:00+01:00';
    const broken = structuredClone(seed('cleveland').opportunities[0] as Opportunity);
    const lastDocument = broken.documents[broken.documents.length - 1];
    if (!lastDocument) throw new Error('seed 001 has documents');
    lastDocument.url = (() => 'not cloneable') as unknown as string;

    await expect(
      saveImport(
        db,
        {
          fileName: 'mixed.json',
          format: 'release-package',
          sourceText: null,
          size: 1,
          opportunities: [update, broken],
        },
        bob,
      ),
    ).rejects.toMatchObject({ name: 'DataCloneError' });
    expect(await dumpAll(db)).toEqual(before);
  });
});

describe('saveImport: in slices', () => {
  afterEach(() => vi.restoreAllMocks());

  /** A clock on which every reading is 100 ms after the last: each slice is over at once. */
  function slowClock(): void {
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 100));
  }

  /**
   * Counts the tasks that run while `work` does (a task queued behind each other, as the page's
   * paint and clicks are) and, for each task, how many rows the save handed to IndexedDB in it.
   */
  async function watchTasks<T>(work: () => Promise<T>): Promise<{ result: T; perTask: number[] }> {
    const perTask = [0];
    let running = true;
    const tick = (): void => {
      if (!running) return;
      perTask.push(0);
      setImmediate(tick);
    };
    setImmediate(tick);
    const count = (): void => {
      perTask[perTask.length - 1] = (perTask.at(-1) ?? 0) + 1;
    };
    const put = IDBObjectStore.prototype.put;
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      count();
      return put.apply(this, args);
    });
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      count();
      return add.apply(this, args);
    });
    try {
      return { result: await work(), perTask: perTask.filter((n) => n > 0) };
    } finally {
      running = false;
    }
  }

  const page100 = (): SaveImportInput =>
    readFile('cf-page100.json', corpusBytes('more-notices/cf-page100-2022-10-22.json'));

  it('hands a page of 88 notices to IndexedDB over many tasks, never all in one', async () => {
    if (!corpusAvailable('saveImport slices')) return;
    const db = await freshDatabase();
    const input = page100();
    slowClock();
    const calls: Array<[number, number]> = [];
    const { result: summary, perTask } = await watchTasks(() =>
      saveImport(db, { ...input, onProgress: (n, total) => calls.push([n, total]) }, alice),
    );

    expect(summary.created).toHaveLength(88);
    expect(await db.opportunities.count()).toBe(88);
    const total = perTask.reduce((a, b) => a + b, 0);
    // Every written row was counted in the progress, which went up step by step to the end.
    expect(calls.at(-1)).toEqual([total, total]);
    expect(calls.length).toBeGreaterThan(10);
    // The rows went out over many tasks, none of which carried more than a small batch.
    expect(perTask.length).toBeGreaterThan(20);
    expect(Math.max(...perTask)).toBeLessThanOrEqual(50);
  });

  it('stores nothing when a later slice fails, after earlier slices were written', async () => {
    if (!corpusAvailable('saveImport slices')) return;
    const db = await freshDatabase();
    await saveImport(db, seed('staffordshireStalking'), alice);
    const before = await dumpAll(db);

    // The page's notices, the last of which has a document that cannot be stored.
    const input = page100();
    const broken = input.opportunities.at(-1) as Opportunity;
    const lastDocument = broken.documents.at(-1);
    if (!lastDocument) throw new Error('the last notice of the page has documents');
    lastDocument.url = (() => 'not cloneable') as unknown as string;

    slowClock();
    const written: number[] = [];
    await expect(
      saveImport(db, { ...input, onProgress: (n) => written.push(n) }, bob),
    ).rejects.toMatchObject({ name: 'DataCloneError' });
    // Slices before the failure were written (and counted) inside the transaction...
    expect(Math.max(...written)).toBeGreaterThan(88);
    vi.restoreAllMocks();
    // ...and none of them was kept.
    expect(await dumpAll(db)).toEqual(before);
  });
});
