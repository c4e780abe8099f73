import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { OpportunityEntry } from '../../shared/entry/entry';
import { readQuestionList } from '../../shared/prose';
import { openDatabase } from './database';
import { entryOf, saveEntry } from './entry-repository';
import { lotsOf } from './notice-record';
import { getOpportunityDetail, listOpportunities } from './opportunity-repository';
import { createChecklist, listChecklist } from './workspace/checklist-repository';
import { WorkspaceInputError } from './workspace/validate';

const alice = { now: new Date('2027-01-10T09:00:00Z'), user: 'Alice' };
const bob = { now: new Date('2027-01-20T09:00:00Z'), user: 'Bob' };

function grant(): OpportunityEntry {
  const questions = readQuestionList(
    '1. Tell us about your organisation (300 words)\n2. What will you do? (500 words)\n3. Who benefits? (250 words)',
  ).questions;
  return {
    id: crypto.randomUUID(),
    createdAt: alice.now.toISOString(),
    updatedAt: alice.now.toISOString(),
    updatedBy: 'Alice',
    kind: 'grant',
    title: 'Community Safety Fund 2027',
    buyer: 'Cornwall Police and Crime Commissioner',
    url: null,
    reference: null,
    deadline: { day: '2027-03-12', time: '17:00' },
    value: 25_000,
    maximum: 25_000,
    description: '',
    dates: [],
    lots: [],
    questions: questions.map((q) => ({
      id: crypto.randomUUID(),
      number: q.number,
      title: q.title,
      weight: null,
      marks: null,
      wordLimit: q.wordLimit,
      characterLimit: null,
      pageLimit: null,
      lotId: null,
    })),
    eligibility: [],
    linkedOcid: null,
    opportunityId: null,
  };
}

async function freshDb() {
  return openDatabase({
    name: `entries-${crypto.randomUUID()}`,
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
}

describe('opportunities entered by hand', () => {
  it('are saved as an opportunity the pipeline lists, with its deadline and questions, and no file', async () => {
    const db = await freshDb();
    const id = await saveEntry(db, grant(), alice);
    const [row] = await listOpportunities(db);
    expect(row).toMatchObject({
      id,
      title: 'Community Safety Fund 2027',
      buyerName: 'Cornwall Police and Crime Commissioner',
    });
    const detail = await getOpportunityDetail(db, id);
    expect(detail?.keyDates.map((d) => [d.kind, d.at])).toEqual([
      ['submissionDeadline', '2027-03-12T17:00:00+00:00'],
    ]);
    const [lot] = await lotsOf(db, [id]);
    expect(lot?.criteria.map((c) => c.name)).toEqual([
      'Q1 Tell us about your organisation',
      'Q2 What will you do?',
      'Q3 Who benefits?',
    ]);
    expect(await db.sourceFiles.count()).toBe(0);
    expect((await entryOf(db, id))?.opportunityId).toBe(id);
  });

  it('saved again, update the same opportunity: lots keep their ids, the checklist stays and follows the deadline', async () => {
    const db = await freshDb();
    const entry = grant();
    const id = await saveEntry(db, entry, alice);
    const [lot] = await lotsOf(db, [id]);
    const items = await createChecklist(db, id, lot?.id ?? '', alice);
    const stored = await entryOf(db, id);
    if (!stored) throw new Error('entry stored');

    const again = await saveEntry(
      db,
      { ...stored, deadline: { day: '2027-03-19', time: '17:00' } },
      bob,
    );
    expect(again).toBe(id);
    expect(await listOpportunities(db)).toHaveLength(1);
    expect((await lotsOf(db, [id]))[0]?.id).toBe(lot?.id);
    const after = await listChecklist(db, id);
    expect(after).toHaveLength(items.length);
    // Due dates that follow the deadline moved with it, a week later.
    const moved = after.filter((i) => i.movedFrom !== null);
    expect(moved.length).toBeGreaterThan(0);
    const log = await db.changeLog.where('opportunityId').equals(id).toArray();
    expect(log.map((l) => [l.fileName, l.importedBy])).toEqual([['Entered by hand', 'Bob']]);
    expect((await entryOf(db, id))?.updatedBy).toBe('Bob');
  });

  it('refuses an entry that does not validate, writing nothing', async () => {
    const db = await freshDb();
    await expect(saveEntry(db, { ...grant(), title: ' ' }, alice)).rejects.toBeInstanceOf(
      WorkspaceInputError,
    );
    expect(await db.opportunities.count()).toBe(0);
    expect(await db.entries.count()).toBe(0);
  });
});

describe('the checklist of an opportunity entered by hand', () => {
  it('starts from the grant template for a grant, from the tender one otherwise', async () => {
    const db = await freshDb();
    const grantId = await saveEntry(db, grant(), alice);
    const [grantLot] = await lotsOf(db, [grantId]);
    const grantItems = (await createChecklist(db, grantId, grantLot?.id ?? '', alice)).map(
      (i) => i.title,
    );
    expect(grantItems).toContain('Latest annual accounts (or a statement of income and spending)');
    expect(grantItems).toContain('Letters of support from partners');
    expect(grantItems.filter((t) => t.startsWith('PSQ'))).toEqual([]);

    const tenderId = await saveEntry(
      db,
      { ...grant(), kind: 'tender', title: 'Victim support portal tender' },
      alice,
    );
    const [tenderLot] = await lotsOf(db, [tenderId]);
    const tenderItems = (await createChecklist(db, tenderId, tenderLot?.id ?? '', alice)).map(
      (i) => i.title,
    );
    expect(tenderItems).toContain('PSQ: exclusions');
  });
});
