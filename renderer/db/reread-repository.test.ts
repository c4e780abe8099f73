/**
 * Notices stored by an older Bid Desk are read again with this one at start-up: a midnight
 * deadline stored as a day (a day late) becomes the moment it is, logged as Bid Desk's new
 * reading rather than a change by the buyer, and the user's own work is left alone.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../shared/import/engine';
import type { KeyDate, Opportunity } from '../../shared/notice/model';
import { DEFAULT_DECISION_SETTINGS } from '../../shared/workspace';
import { corpusBytes, corpusDir } from '../../test/corpus';
import { openDatabase, type BidDeskDatabase } from './database';
import { ENGINE_VERSION, saveImport } from './import-repository';
import { rereadStoredFiles, type StoredFileReader } from './reread-repository';
import { createChecklist } from './workspace/checklist-repository';
import { recordDecision } from './workspace/decision-repository';
import { lotsOf } from './notice-record';

const FILE = 'derived-fts-pcr-midnight-deadline-06872e.json';
const TEXT = corpusDir ? new TextDecoder().decode(corpusBytes(`more-notices/${FILE}`)) : '';
const alice = { now: new Date('2026-06-01T09:00:00Z'), user: 'Alice' };
const startUp = { now: new Date('2026-06-03T08:00:00Z'), user: 'Bid Desk' };

/** The real engine, as the import worker runs it. */
const readWithEngine: StoredFileReader = async ({ fileName, text }) =>
  importNoticeFile({ name: fileName, bytes: new TextEncoder().encode(text) });

function readNow(text: string): Opportunity {
  const result = importNoticeFile({ name: FILE, bytes: new TextEncoder().encode(text) });
  if (!result.ok) throw new Error(result.error.message);
  return result.opportunities[0] as Opportunity;
}

/**
 * How Bid Desk 2 stored this notice: its midnight dates as days (shown "27 Jun 2026", a day
 * late) and no "Tenders opened" date. Made here from this engine's reading by changing only
 * those two things, because the old engine is gone.
 */
function readByEngine2(notice: Opportunity): Opportunity {
  const midnight = (d: KeyDate) => !d.allDay && /T00:00:00/.test(d.at);
  return {
    ...notice,
    keyDates: notice.keyDates
      .filter((d) => d.kind !== 'tendersOpened')
      .map((d) => (midnight(d) ? { ...d, allDay: true } : d)),
  };
}

/** The notice as Bid Desk 2 stored it, with the user's checklist and decision on it. */
async function storedByEngine2(text = TEXT) {
  const db = await openDatabase({ name: 'reread-test', indexedDB: new IDBFactory(), IDBKeyRange });
  const bytes = new TextEncoder().encode(text);
  const summary = await saveImport(
    db,
    {
      fileName: FILE,
      format: 'release-package',
      sourceText: text,
      size: bytes.length,
      opportunities: [readByEngine2(readNow(TEXT))],
    },
    alice,
  );
  const id = summary.created[0]?.id as string;
  await db.sourceFiles.update(summary.sourceFileId, { engineVersion: 2 });
  const lot = (await lotsOf(db, [id]))[0];
  if (!lot) throw new Error('every opportunity has a lot');
  const items = await createChecklist(db, id, lot.id, alice);
  const settings = DEFAULT_DECISION_SETTINGS;
  await recordDecision(
    db,
    {
      opportunityId: id,
      lotId: null,
      gates: settings.gates.map((g) => ({ gateId: g.id, passed: true, note: '' })),
      factors: settings.factors.map((f) => ({ factorId: f.id, score: 4, note: '' })),
      settings,
      outcome: 'bid',
      decidedBy: 'Sam Okafor',
      decidedOn: '2026-06-01',
      rationale: 'We supply these already.',
    },
    alice,
  );
  return { db, id, items, sourceFileId: summary.sourceFileId };
}

async function deadline(db: BidDeskDatabase, id: string) {
  const dates = (await db.notices.get(id))?.notice.keyDates ?? [];
  return dates.find((d) => d.kind === 'submissionDeadline');
}

describe.runIf(corpusDir)('rereadStoredFiles', () => {
  it('reads a midnight deadline stored as a day again as the moment it is, as Bid Desk’s reading', async () => {
    const { db, id, sourceFileId } = await storedByEngine2();
    expect(await deadline(db, id)).toMatchObject({ at: '2026-06-27T00:00:00+01:00', allDay: true });

    const report = await rereadStoredFiles(db, readWithEngine, startUp);

    expect(report.failed).toEqual([]);
    expect(report.reread.map((r) => r.fileName)).toEqual([FILE]);
    expect(report.reread[0]?.summary.updated).toMatchObject([{ id, reading: true }]);
    expect(await deadline(db, id)).toMatchObject({
      at: '2026-06-27T00:00:00+01:00',
      allDay: false,
    });
    const kinds = ((await db.notices.get(id))?.notice.keyDates ?? []).map((d) => d.kind);
    expect(kinds).toContain('tendersOpened');

    const log = await db.changeLog.where('opportunityId').equals(id).toArray();
    const entry = log.find((e) => e.reading);
    expect(entry).toMatchObject({ reading: true, dismissedAt: null, importedBy: 'Bid Desk' });
    expect(entry?.changes).toContainEqual(
      expect.objectContaining({
        label: 'Submission deadline',
        from: '27 Jun 2026',
        to: '27 Jun 2026, 00:00 (midnight at the start of Saturday 27 June: submit by the end of Friday 26 June)',
      }),
    );
    expect((await db.opportunities.get(id))?.unreadChanges).toBe(1);

    // The file's own row now says this engine read it; no second row.
    const files = await db.sourceFiles.toArray();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({
      id: sourceFileId,
      engineVersion: ENGINE_VERSION,
      importedAt: alice.now.toISOString(),
      importedBy: 'Alice',
    });
  });

  it('leaves the checklist and the decision alone, and does nothing at the next start', async () => {
    const { db, id } = await storedByEngine2();
    const checklistBefore = await db.checklistItems.toArray();
    const decisionsBefore = await db.decisions.toArray();

    await rereadStoredFiles(db, readWithEngine, startUp);

    // The old day "27 Jun 2026" was planned from its start, the very moment the deadline now is:
    // the due dates worked back from it are the same, and the user's items are not rewritten.
    expect(await db.checklistItems.toArray()).toEqual(checklistBefore);
    expect(await db.decisions.toArray()).toEqual(decisionsBefore);

    const everything = async () =>
      Object.fromEntries(
        await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])),
      );
    const before = await everything();
    const again = await rereadStoredFiles(db, readWithEngine, {
      ...startUp,
      now: new Date('2026-06-04T08:00:00Z'),
    });
    expect(again).toEqual({ reread: [], withoutText: [], failed: [] });
    expect(await everything()).toEqual(before);
    expect((await db.opportunities.get(id))?.unreadChanges).toBe(1);
  });

  it('calls a new release the buyer’s change, not Bid Desk’s reading', async () => {
    const { db, id } = await storedByEngine2();
    const amended = TEXT.replaceAll(
      '"date": "2026-05-27T17:08:28+01:00"',
      '"date": "2026-05-29T10:00:00+01:00"',
    );
    expect(amended).not.toBe(TEXT);
    const notice = readNow(amended);
    await saveImport(
      db,
      {
        fileName: 'amended.json',
        format: 'release-package',
        sourceText: amended,
        size: amended.length,
        opportunities: [notice],
      },
      alice,
    );
    const log = await db.changeLog.where('opportunityId').equals(id).toArray();
    const unread = log.filter((e) => e.dismissedAt === null);
    expect(unread).toHaveLength(1);
    expect(unread[0]?.reading).toBeUndefined();
  });

  it('keeps the stored reading of a file this engine cannot read, says so, and reads it once', async () => {
    const { db, id } = await storedByEngine2('{"releases": [');
    const report = await rereadStoredFiles(db, readWithEngine, startUp);
    expect(report.reread).toEqual([]);
    expect(report.failed).toMatchObject([{ fileName: FILE }]);
    expect(report.failed[0]?.message).toMatch(/\S/);
    expect(await deadline(db, id)).toMatchObject({ allDay: true });
    expect((await db.sourceFiles.toArray())[0]?.engineVersion).toBe(ENGINE_VERSION);
    expect(await rereadStoredFiles(db, readWithEngine, startUp)).toEqual({
      reread: [],
      withoutText: [],
      failed: [],
    });
  });

  it('names a file whose text was not kept, without touching its notice', async () => {
    const { db, id, sourceFileId } = await storedByEngine2();
    await db.sourceFiles.update(sourceFileId, { text: null });
    const report = await rereadStoredFiles(db, readWithEngine, startUp);
    expect(report).toEqual({ reread: [], withoutText: [FILE], failed: [] });
    expect(await deadline(db, id)).toMatchObject({ allDay: true });
  });

  it('never brings back an opportunity the user no longer has', async () => {
    const { db, id } = await storedByEngine2();
    await db.opportunities.delete(id);
    const report = await rereadStoredFiles(db, readWithEngine, startUp);
    expect(report.reread[0]?.summary).toMatchObject({ created: [], updated: [] });
    expect(await db.opportunities.count()).toBe(0);
  });
});
