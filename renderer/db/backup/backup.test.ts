import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedBytes, SEEDS } from '../../../test/corpus';
import { openDatabase, type BidDeskDatabase } from '../database';
import { SCHEMA_VERSION } from '../schema';
import {
  BackupFileError,
  exportBackup,
  NewerBackupError,
  parseBackup,
  previewRestore,
  restoreBackup,
  serialiseBackup,
  type BackupFile,
} from '.';
import {
  fillWorkspace,
  workspaceSeeds,
  type WorkspaceSeeds,
} from '../../../test/workspace-fixture';

const exporting = { now: new Date('2026-04-20T09:00:00Z'), user: 'Alice', appVersion: '0.1.0' };
const restoring = { now: new Date('2026-04-21T09:00:00Z'), user: 'Bob' };

const seeds = (): WorkspaceSeeds => workspaceSeeds();

function database(name: string, factory = new IDBFactory()): Promise<BidDeskDatabase> {
  return openDatabase({ name, indexedDB: factory, IDBKeyRange });
}

/** Each table's rows sorted by primary key, so two stores compare whatever their write order. */
function sortedTables(file: BackupFile): Record<string, unknown[]> {
  const key = (row: unknown) =>
    String((row as { id?: string; key?: string }).id ?? (row as { key?: string }).key);
  return Object.fromEntries(
    Object.entries(file.tables).map(([name, rows]) => [
      name,
      [...rows].sort((a, b) => key(a).localeCompare(key(b))),
    ]),
  );
}

describe('backup round trip', () => {
  afterEach(() => vi.restoreAllMocks());

  it('restores every table of a real store into an empty one, field by field', async () => {
    const source = await database('source');
    await fillWorkspace(source, seeds());
    const original = await exportBackup(source, exporting);

    // Every table of the schema is in the file, and the user's records are really there.
    expect(Object.keys(original.tables).sort()).toEqual(source.tables.map((t) => t.name).sort());
    const counts = Object.fromEntries(
      Object.entries(original.tables).map(([t, r]) => [t, r.length]),
    );
    expect(counts).toMatchObject({
      opportunities: 3,
      notices: 3,
      decisions: 1,
      engagementPlans: 1,
      criterionPlans: 1,
      referenceDocuments: 1,
      sourceFiles: 5,
    });
    expect(counts.changeLog).toBe(2);
    expect(counts.checklistItems).toBeGreaterThan(3);
    expect(original).toMatchObject({
      format: 'bid-desk-backup',
      formatVersion: 1,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: '2026-04-20T09:00:00.000Z',
      exportedBy: 'Alice',
      app: { version: '0.1.0' },
    });

    const text = serialiseBackup(original);
    const target = await database('target');
    const preview = await previewRestore(target, parseBackup(text));
    expect(preview.newOpportunities.map((o) => o.title).sort()).toEqual(
      original.tables.opportunities?.map((o) => (o as { title: string }).title).sort(),
    );
    expect(preview.updatedOpportunities).toEqual([]);
    expect(preview.userRecords.decisions).toEqual({ added: 1, replaced: 0, removed: 0 });
    expect(preview.settingsChange).toBe(true);

    const summary = await restoreBackup(target, parseBackup(text), restoring);
    expect(summary).toMatchObject({ mode: 'merge', added: 3, updated: 0, unchanged: 0 });

    const again = await exportBackup(target, exporting);
    const before = sortedTables(parseBackup(text));
    const after = sortedTables(again);
    for (const table of Object.keys(before)) {
      const rows = before[table] ?? [];
      expect(after[table], table).toHaveLength(rows.length);
      rows.forEach((row, i) => {
        for (const [field, value] of Object.entries(row as object)) {
          expect(
            (after[table]?.[i] as Record<string, unknown>)[field],
            `${table}.${field}`,
          ).toStrictEqual(value);
        }
      });
    }
    // Not one byte differs once the rows are in the same order.
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    // And the in-memory export (before JSON) says the same.
    expect(after).toEqual(sortedTables(original));
  });

  it('reports the records written as a restore goes, ending at the total', async () => {
    const source = await database('source');
    await fillWorkspace(source, seeds());
    const file = await exportBackup(source, exporting);
    // A big bid's worth of checklist items, so the writing comes in several batches.
    const [item] = (file.tables.checklistItems ?? []) as Array<Record<string, unknown>>;
    const extra = Array.from({ length: 4999 }, () => ({ ...item, id: crypto.randomUUID() }));
    file.tables.checklistItems = [...(file.tables.checklistItems ?? []), ...extra];

    const target = await database('target');
    const calls: Array<[number, number]> = [];
    await restoreBackup(target, file, restoring, {
      onProgress: (written, total) => calls.push([written, total]),
    });
    const total = calls[0]?.[1] ?? 0;
    const records = Object.values(file.tables).reduce((sum, rows) => sum + rows.length, 0);
    expect(total).toBeGreaterThanOrEqual(records - (file.tables.meta?.length ?? 0));
    expect(calls[0]).toEqual([0, total]);
    expect(calls.at(-1)).toEqual([total, total]);
    expect(calls.length).toBeGreaterThan(3);
    const written = calls.map(([n]) => n);
    expect(written).toEqual([...written].sort((a, b) => a - b));
    expect(calls.every(([, t]) => t === total)).toBe(true);
    expect(await target.checklistItems.count()).toBe(file.tables.checklistItems.length);
  });

  it('keeps nothing of a restore whose disk fills up in a later slice', async () => {
    const source = await database('source');
    await fillWorkspace(source, seeds());
    const file = await exportBackup(source, exporting);
    const [item] = (file.tables.checklistItems ?? []) as Array<Record<string, unknown>>;
    const extra = Array.from({ length: 4999 }, () => ({ ...item, id: crypto.randomUUID() }));
    file.tables.checklistItems = [...(file.tables.checklistItems ?? []), ...extra];
    const target = await database('target');
    const before = sortedTables(await exportBackup(target, exporting));

    // Every clock reading 100 ms after the last ends each slice at once; the 3,000th put fails.
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 100));
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (++puts === 3000) throw new DOMException('The disk is full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const written: number[] = [];
    await expect(
      restoreBackup(target, file, restoring, { onProgress: (n) => written.push(n) }),
    ).rejects.toMatchObject({ name: 'QuotaExceededError' });
    vi.restoreAllMocks();
    // Slices before the failure were written inside the transaction, and none was kept.
    expect(Math.max(...written)).toBeGreaterThan(1000);
    expect(sortedTables(await exportBackup(target, exporting))).toEqual(before);
  });

  it('computes each notice record’s indexed keys from the record, not from the file', async () => {
    const source = await database('source');
    await fillWorkspace(source, seeds());
    const file = await exportBackup(source, exporting);
    const record = (file.tables.notices ?? [])[0] as Record<string, unknown>;
    const truth = { eventIds: record.eventIds, eventDays: record.eventDays };
    expect((truth.eventIds as string[]).length).toBeGreaterThan(0);
    record.eventIds = ['someone-elses-event'];
    record.eventDays = ['1999-01-01'];

    const target = await database('target');
    await restoreBackup(target, file, restoring);
    expect(await target.notices.get(record.id as string)).toMatchObject(truth);
    expect(await target.notices.where('eventIds').equals('someone-elses-event').count()).toBe(0);
    expect(await target.notices.where('eventDays').equals('1999-01-01').count()).toBe(0);
  });

  it('restores the same backup twice as a no-op the preview calls unchanged', async () => {
    const source = await database('source');
    await fillWorkspace(source, seeds());
    const backup = await exportBackup(source, exporting);
    const preview = await previewRestore(source, backup);
    expect(preview).toMatchObject({
      newOpportunities: [],
      updatedOpportunities: [],
      unchanged: 3,
      userRecords: {},
      settingsChange: false,
    });
    const summary = await restoreBackup(source, backup, restoring);
    expect(summary).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    expect(sortedTables(await exportBackup(source, exporting))).toEqual(sortedTables(backup));
  });
});

describe('parseBackup', () => {
  it('refuses text that is not JSON, with a sentence the user can act on', () => {
    expect(() => parseBackup('{"format":"bid-desk-backup","tables":{')).toThrow(
      'This backup file is damaged: it is not complete JSON (it may have been cut short or edited). Nothing has been changed.',
    );
  });

  it('refuses JSON that is not a Bid Desk backup (a notice, say)', () => {
    const notice = new TextDecoder().decode(seedBytes(SEEDS.cleveland));
    const error = catchError(() => parseBackup(JSON.stringify({ releases: [] })));
    expect(error).toBeInstanceOf(BackupFileError);
    expect(error).toMatchObject({ problem: 'not-a-backup' });
    expect(error.message).toBe(
      'This file is not a Bid Desk backup. Choose a file made with “Back up everything”. Nothing has been changed.',
    );
    expect(catchError(() => parseBackup(notice))).toMatchObject({
      problem: expect.stringMatching(/not-a-backup|damaged/),
    });
  });

  it('refuses a backup from a newer Bid Desk, as the store refuses a newer database', () => {
    const newer = {
      format: 'bid-desk-backup',
      formatVersion: 1,
      schemaVersion: SCHEMA_VERSION + 1,
      exportedAt: '',
      exportedBy: '',
      app: { version: '9.0.0' },
      tables: {},
    };
    const error = catchError(() => parseBackup(JSON.stringify(newer)));
    expect(error).toBeInstanceOf(NewerBackupError);
    expect(error.message).toBe(
      `This backup was made by a newer version of Bid Desk (data version ${SCHEMA_VERSION + 1}; this version understands up to ${SCHEMA_VERSION}). Update Bid Desk to restore it. Nothing has been changed.`,
    );
    const newerEnvelope = { ...newer, schemaVersion: SCHEMA_VERSION, formatVersion: 2 };
    const newerFormat = catchError(() => parseBackup(JSON.stringify(newerEnvelope)));
    expect(newerFormat).toBeInstanceOf(NewerBackupError);
    // The version that is newer is the file's format, not its data: the sentence names that one.
    expect(newerFormat.message).toBe(
      'This backup was made by a newer version of Bid Desk (format version 2; this version understands up to 1). Update Bid Desk to restore it. Nothing has been changed.',
    );
  });

  it('names the damaged part of a backup whose shape is wrong', () => {
    const broken = {
      format: 'bid-desk-backup',
      formatVersion: 1,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: 'x',
      exportedBy: 'x',
      app: { version: '1' },
      tables: { opportunities: 'none' },
    };
    expect(() => parseBackup(JSON.stringify(broken))).toThrow(
      'This Bid Desk backup is damaged (tables.opportunities is not as Bid Desk wrote it). Nothing has been changed.',
    );
  });

  it('refuses rows that do not fit their tables before writing anything', async () => {
    const db = await database('rows');
    const base = await exportBackup(db, exporting);
    const cases: Array<[Record<string, unknown[]>, string]> = [
      [{ mystery: [{ id: 'x' }] }, 'it has a table this Bid Desk does not know: mystery'],
      [{ checklistItems: [{ id: 'c1' }] }, 'checklistItems row 1 belongs to no opportunity'],
      [{ decisions: [{ opportunityId: 'o' }] }, 'decisions row 1 has no id'],
    ];
    const source = await database('rows-source');
    await fillWorkspace(source, seeds());
    const [one, two] = (await exportBackup(source, exporting)).tables.opportunities as Array<
      Record<string, unknown>
    >;
    cases.push([
      { opportunities: [one, { ...two, ocid: one?.ocid }] },
      `two opportunities have the ocid ${String(one?.ocid)}`,
    ]);
    for (const [tables, detail] of cases) {
      await expect(restoreBackup(db, { ...base, tables }, restoring)).rejects.toThrow(
        `This Bid Desk backup is damaged (${detail}). Nothing has been changed.`,
      );
    }
    expect(await db.opportunities.count()).toBe(0);
  });
});

function catchError(run: () => unknown): Error {
  try {
    run();
  } catch (error: unknown) {
    return error as Error;
  }
  throw new Error('expected an error');
}
