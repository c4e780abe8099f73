import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../shared/import/engine';
import type { Opportunity } from '../../shared/notice/model';
import { seedBytes, SEEDS } from '../../test/corpus';
import { openDatabase, type BidDeskDatabase } from './database';
import {
  buyerKey,
  saveImport,
  saveReferenceDocument,
  type SaveImportInput,
} from './import-repository';
import {
  dismissChanges,
  getOpportunityDetail,
  listOpportunities,
  listOpportunitiesByDeadline,
  listOpportunitiesWithUnreadChanges,
} from './opportunity-repository';

const alice = { now: new Date('2026-06-01T09:00:00Z'), user: 'Alice' };
const bob = { now: new Date('2026-06-03T14:00:00Z'), user: 'Bob' };

function seed(key: keyof typeof SEEDS): SaveImportInput {
  const bytes = seedBytes(SEEDS[key]);
  const result = importNoticeFile({ name: SEEDS[key], bytes });
  if (!result.ok) throw new Error(result.error.message);
  const { format, opportunities } = result;
  return { fileName: SEEDS[key], format, sourceText: null, size: bytes.length, opportunities };
}

function freshDatabase(): Promise<BidDeskDatabase> {
  return openDatabase({ name: 'pipeline-test', indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Save a re-import of `input` whose notice was changed by `change`. */
async function reimport(
  db: BidDeskDatabase,
  input: SaveImportInput,
  change: (notice: Opportunity) => void,
  ctx: { now: Date; user: string },
): Promise<void> {
  const notice = structuredClone(input.opportunities[0] as Opportunity);
  change(notice);
  await saveImport(db, { ...input, fileName: 'update.json', opportunities: [notice] }, ctx);
}

describe('getOpportunityDetail', () => {
  it('gathers the rows in display order, with the buyer’s reference documents', async () => {
    const db = await freshDatabase();
    const input = seed('westMidlands');
    const id = (await saveImport(db, input, alice)).created[0]?.id as string;
    await saveImport(db, seed('cleveland'), alice);
    const strategy = await saveReferenceDocument(
      db,
      {
        fileName: SEEDS.strategy,
        title: 'Commissioning Strategy',
        buyerName: 'West Midlands Police and Crime Commissioner',
        text: 'Our commissioning intentions…',
      },
      alice,
    );
    await reimport(db, input, (n) => (n.title = `${n.title} (first change)`), {
      ...alice,
      now: new Date('2026-06-02T09:00:00Z'),
    });
    await reimport(
      db,
      input,
      (n) => {
        n.title = `${n.title} (first change)`;
        n.stage = 'cancelled';
      },
      bob,
    );

    const detail = await getOpportunityDetail(db, id);
    if (!detail) throw new Error('detail expected');
    const notice = input.opportunities[0] as Opportunity;
    expect(detail.notice.stage).toBe('cancelled');
    expect(detail.opportunity.stage).toBe('cancelled');
    expect(detail.lots.map((l) => l.lotKey)).toEqual(notice.lots.map((l) => l.id));
    const instants = detail.keyDates.map((d) => Date.parse(d.at));
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
    expect(detail.documents.map((d) => d.documentKey)).toEqual(notice.documents.map((d) => d.id));
    expect(detail.events.map((e) => e.title)).toEqual(notice.engagementEvents.map((e) => e.title));
    expect(detail.changeLog.map((c) => c.changes[0]?.label)).toEqual(['Stage', 'Title']);
    expect(detail.referenceDocuments.map((r) => r.id)).toEqual([strategy]);
    expect(await getOpportunityDetail(db, 'no-such-id')).toBeNull();
  });

  it('keeps the same strategy once for its buyer, however often it is kept', async () => {
    const db = await freshDatabase();
    const id = (await saveImport(db, seed('westMidlands'), alice)).created[0]?.id as string;
    const strategy = {
      fileName: SEEDS.strategy,
      title: 'Commissioning Strategy',
      buyerName: 'West Midlands Police and Crime Commissioner',
      text: new TextDecoder().decode(seedBytes(SEEDS.strategy)),
    };
    const first = await saveReferenceDocument(db, strategy, alice);
    expect(await saveReferenceDocument(db, strategy, bob)).toBe(first);
    const detail = await getOpportunityDetail(db, id);
    expect(detail?.referenceDocuments.map((r) => r.id)).toEqual([first]);
    // A different document for the same buyer is a second one.
    const other = await saveReferenceDocument(db, { ...strategy, text: 'Another plan' }, bob);
    expect(other).not.toBe(first);
  });

  it('matches buyer names ignoring case, word order and filler words only', () => {
    expect(buyerKey('West Midlands Police and Crime Commissioner')).toBe(
      buyerKey('Police and Crime Commissioner for West Midlands'),
    );
    expect(buyerKey('The Office of the Police and Crime Commissioner for Cleveland')).toBe(
      buyerKey('police & crime commissioner, CLEVELAND'),
    );
    expect(buyerKey('Police, Fire & Crime Commissioner for Staffordshire')).not.toBe(
      buyerKey('Police and Crime Commissioner for Staffordshire'),
    );
    expect(buyerKey('  ')).toBeNull();
  });
});

describe('dismissChanges', () => {
  it('records who dismissed the changes, keeps the entries and clears the badge', async () => {
    const db = await freshDatabase();
    const input = seed('staffordshireStalking');
    const id = (await saveImport(db, input, alice)).created[0]?.id as string;
    const other = (await saveImport(db, seed('cleveland'), alice)).created[0]?.id as string;
    await reimport(db, input, (n) => (n.title = 'Stalking Service (amended)'), alice);
    await reimport(db, input, (n) => (n.status = 'withdrawn'), alice);
    expect((await db.opportunities.get(id))?.unreadChanges).toBe(2);
    expect((await listOpportunitiesWithUnreadChanges(db)).map((o) => o.id)).toEqual([id]);

    await dismissChanges(db, id, bob);
    const log = await db.changeLog.where('opportunityId').equals(id).toArray();
    expect(log).toHaveLength(2);
    expect(log.map((e) => [e.dismissedAt, e.dismissedBy])).toEqual([
      ['2026-06-03T14:00:00.000Z', 'Bob'],
      ['2026-06-03T14:00:00.000Z', 'Bob'],
    ]);
    expect(await db.opportunities.get(id)).toMatchObject({ unreadChanges: 0, updatedBy: 'Bob' });
    expect(await listOpportunitiesWithUnreadChanges(db)).toEqual([]);
    expect((await db.opportunities.get(other))?.updatedBy).toBe('Alice');

    // A later dismissal does not rewrite the earlier one.
    await reimport(db, input, (n) => (n.status = 'active'), alice);
    await dismissChanges(db, id, { now: new Date('2026-06-09T08:00:00Z'), user: 'Carol' });
    const dismissals = (
      await db.changeLog.where('opportunityId').equals(id).sortBy('importedAt')
    ).map((e) => e.dismissedBy);
    expect(dismissals.sort()).toEqual(['Bob', 'Bob', 'Carol']);
  });
});

describe('listOpportunities', () => {
  it('lists 5,000 opportunities and finds deadlines in a window from the index', async () => {
    const db = await freshDatabase();
    const template = seed('staffordshireStalking').opportunities[0] as Opportunity;
    const start = Date.parse('2026-07-01T11:00:00Z');
    const day = 86_400_000;
    const generated = Array.from({ length: 5000 }, (_, i) => {
      const notice = structuredClone(template);
      notice.ocid = `ocds-h6vhtk-gen${String(i).padStart(4, '0')}`;
      notice.title = `Generated service ${i}`;
      for (const date of notice.keyDates) {
        if (date.kind === 'submissionDeadline')
          date.at = new Date(start + (i % 100) * day).toISOString();
      }
      return notice;
    });
    const summary = await saveImport(
      db,
      {
        fileName: 'generated.json',
        format: 'release-package',
        sourceText: null,
        size: 0,
        opportunities: generated,
      },
      alice,
    );
    expect(summary.created).toHaveLength(5000);

    const all = await listOpportunities(db);
    expect(all).toHaveLength(5000);
    expect(new Set(all.map((o) => o.ocid)).size).toBe(5000);
    expect(all.find((o) => o.title === 'Generated service 4321')?.searchText).toContain(
      'generated service 4321',
    );

    // Deadlines on days 10-12 of 100: 3 days x 50 opportunities, soonest first.
    const window = await listOpportunitiesByDeadline(
      db,
      new Date(start + 10 * day),
      new Date(start + 13 * day),
    );
    expect(window).toHaveLength(150);
    const deadlines = window.map((o) => o.submissionDeadline as string);
    expect(deadlines).toEqual([...deadlines].sort());
    expect(deadlines[0]).toBe(new Date(start + 10 * day).toISOString());
  });
});
