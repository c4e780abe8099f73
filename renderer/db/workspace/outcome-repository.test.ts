/**
 * An award notice arriving for a bid: the real Contracts Finder tender and its award, imported
 * as a user does, with the outcome recorded in the import and never twice.
 */
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { importNoticeFile } from '../../../shared/import/engine';
import { DEFAULT_DECISION_SETTINGS } from '../../../shared/workspace';
import { corpusAvailable, corpusBytes } from '../../../test/corpus';
import { exportBackup, parseBackup, restoreBackup, serialiseBackup } from '../backup';
import { openDatabase } from '../database';
import { removeDemoData, restoreDemoData } from '../demo-data';
import { saveImport, type SaveImportInput } from '../import-repository';
import { recordDecision } from './decision-repository';
import { listOutcomes, outcomesByOpportunity, reassessOutcomes } from './outcome-repository';
import { getOrganisation, saveOrganisation } from './settings-repository';

const hasCorpus = corpusAvailable('bid outcome repository suite');

const TENDER = 'contracts-finder/releases/cf-0cb08240-tender-819883.json';
const AWARD = 'contracts-finder/releases/cf-0cb08240-award-819886.json';
const alice = { now: new Date('2025-01-23T16:00:00Z'), user: 'Alice' };
const later = { now: new Date('2025-01-24T09:00:00Z'), user: 'Alice' };
const again = { now: new Date('2025-01-25T09:00:00Z'), user: 'Bob' };

function file(path: string, isDemo = false): SaveImportInput {
  const bytes = corpusBytes(path);
  const result = importNoticeFile({ name: path, bytes });
  if (!result.ok) throw new Error(result.error.message);
  const name = path.split('/').pop() as string;
  const { format, opportunities } = result;
  return { fileName: name, format, sourceText: null, size: bytes.length, opportunities, isDemo };
}

async function tenderWithDecision(outcome: 'bid' | 'no-bid', isDemo = false) {
  const db = await openDatabase({ name: 'outcomes', indexedDB: new IDBFactory(), IDBKeyRange });
  const id = (await saveImport(db, file(TENDER, isDemo), alice)).created[0]?.id as string;
  await recordDecision(
    db,
    {
      opportunityId: id,
      lotId: null,
      gates: [],
      factors: [],
      settings: DEFAULT_DECISION_SETTINGS,
      outcome,
      decidedBy: 'Priya Shah',
      decidedOn: '2025-01-23',
      rationale: 'Car park CCTV is within our social enterprise’s work.',
    },
    alice,
  );
  return { db, id };
}

describe.runIf(hasCorpus)('outcomes recorded by importing an award notice', () => {
  it('records who won and at what value, once, against the bid', async () => {
    const { db, id } = await tenderWithDecision('bid');
    await saveOrganisation(
      db,
      { name: 'Bath Community Safety CIC', companyNumber: '', charityNumber: null },
      alice,
    );
    const summary = await saveImport(db, file(AWARD), later);
    expect(summary.updated.map((u) => u.id)).toEqual([id]);
    const [outcome, ...more] = await listOutcomes(db, id);
    expect(more).toEqual([]);
    expect(outcome).toMatchObject({
      opportunityId: id,
      result: 'not-won',
      source: 'award-notice',
      awardedTo: [{ name: 'OpenView Security Solutions Limited' }],
      value: { amount: 75000, currency: 'GBP' },
      awardDate: '2025-01-23T00:00:00+00:00',
      fileName: 'cf-0cb08240-award-819886.json',
      sourceFileId: summary.sourceFileId,
      createdAt: later.now.toISOString(),
      updatedBy: 'Alice',
    });

    // The same file again: the notice is unchanged and no second outcome appears.
    const repeat = await saveImport(db, file(AWARD), again);
    expect(repeat.unchanged.map((u) => u.id)).toEqual([id]);
    expect(await listOutcomes(db, id)).toHaveLength(1);
    expect((await outcomesByOpportunity(db)).get(id)?.map((o) => o.result)).toEqual(['not-won']);
  });

  it('says "won" when your organisation is the supplier, and stores the organisation', async () => {
    const { db, id } = await tenderWithDecision('bid');
    const saved = await saveOrganisation(
      db,
      { name: ' OpenView Security Solutions Ltd ', companyNumber: ' ', charityNumber: null },
      alice,
    );
    expect(saved).toEqual({
      name: 'OpenView Security Solutions Ltd',
      companyNumber: null,
      charityNumber: null,
    });
    expect(await getOrganisation(db)).toEqual(saved);
    await saveImport(db, file(AWARD), later);
    expect((await listOutcomes(db, id)).map((o) => [o.result, o.matchedSupplier])).toEqual([
      ['won', 'OpenView Security Solutions Limited'],
    ]);
  });

  it('records nothing when the user decided not to bid', async () => {
    const { db, id } = await tenderWithDecision('no-bid');
    await saveImport(db, file(AWARD), later);
    expect(await listOutcomes(db, id)).toEqual([]);
  });

  it('without an organisation name, records the award as "unknown"; a re-import after setting it tells', async () => {
    const { db, id } = await tenderWithDecision('bid');
    expect(await getOrganisation(db)).toBeNull();
    await saveImport(db, file(AWARD), later);
    expect((await listOutcomes(db, id)).map((o) => o.result)).toEqual(['unknown']);
    await saveOrganisation(
      db,
      { name: 'OpenView Security Solutions', companyNumber: null, charityNumber: null },
      later,
    );
    await saveImport(db, file(AWARD), again);
    // Appended, never overwritten: the newest first.
    expect((await listOutcomes(db, id)).map((o) => o.result)).toEqual(['won', 'unknown']);
  });

  it('an import that fails stores neither the notice nor its outcome', async () => {
    const { db, id } = await tenderWithDecision('bid');
    const award = file(AWARD);
    // The disk fills up at the import's last write, its change log entry.
    const add = IDBObjectStore.prototype.add;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (this.name === 'changeLog') throw new DOMException('Disk full', 'QuotaExceededError');
      return add.apply(this, args);
    });
    try {
      await expect(saveImport(db, award, later)).rejects.toThrow('Disk full');
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
    expect(await listOutcomes(db, id)).toEqual([]);
    expect((await db.notices.get(id))?.notice.awards).toEqual([]);
  });

  it('leaves and comes back with the demo data', async () => {
    const { db, id } = await tenderWithDecision('bid', true);
    await saveImport(db, file(AWARD, true), later);
    expect(await listOutcomes(db, id)).toHaveLength(1);
    const removed = await removeDemoData(db);
    expect(await db.bidOutcomes.count()).toBe(0);
    await restoreDemoData(db, removed);
    expect(await listOutcomes(db, id)).toHaveLength(1);
  });

  it('is in the backup, and comes back with a restore', async () => {
    const { db, id } = await tenderWithDecision('bid');
    await saveImport(db, file(AWARD), later);
    const backup = await exportBackup(db, { ...later, appVersion: 'test' });
    expect(backup.tables.bidOutcomes).toHaveLength(1);
    const fresh = await openDatabase({
      name: 'restored',
      indexedDB: new IDBFactory(),
      IDBKeyRange,
    });
    await restoreBackup(fresh, parseBackup(serialiseBackup(backup)), again, { mode: 'replace' });
    expect((await listOutcomes(fresh, id)).map((o) => o.awardedTo[0]?.name)).toEqual([
      'OpenView Security Solutions Limited',
    ]);
  });

  it('setting the organisation afterwards checks the recorded awards again, once', async () => {
    const { db, id } = await tenderWithDecision('bid');
    await saveImport(db, file(AWARD), later);
    expect(await reassessOutcomes(db, later)).toEqual([]); // still no organisation: nothing to tell
    await saveOrganisation(
      db,
      { name: 'Bath Community Safety CIC', companyNumber: null, charityNumber: null },
      again,
    );
    const added = await reassessOutcomes(db, again);
    expect(added.map((o) => [o.result, o.fileName, o.createdAt])).toEqual([
      ['not-won', 'cf-0cb08240-award-819886.json', again.now.toISOString()],
    ]);
    expect(await reassessOutcomes(db, again)).toEqual([]);
    expect((await listOutcomes(db, id)).map((o) => o.result)).toEqual(['not-won', 'unknown']);
  });
});
