/**
 * A notice's first import from a file that holds several of its releases writes what each
 * release changed as its change log (history, already seen: no banner, no "Changed" mark), and
 * later imports log what changed since the last one, as before. Real Contracts Finder files.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../shared/import/engine';
import { corpusAvailable, corpusJson } from '../../test/corpus';
import { openDatabase, type BidDeskDatabase } from './database';
import { saveImport, type SaveImportInput } from './import-repository';
import { DEFAULT_BID_SCHEDULE } from '../../shared/timeline';
import { timelineFromDetail } from '../features/timeline/timeline-data';
import {
  dismissChanges,
  getOpportunityDetail,
  type OpportunityDetail,
} from './opportunity-repository';

const alice = { now: new Date('2026-06-01T09:00:00Z'), user: 'Alice' };
const bob = { now: new Date('2026-06-02T10:30:00Z'), user: 'Bob' };

const AMENDED = 'more-notices/derived-cf-tender-plus-2-amendments-41fb8f74.json';
const KAYAK_BRIDGE = 'ocds-b5fd17-41fb8f74-4aa8-4c50-aac9-dedfee0b88a3';
const PAGE = 'more-notices/cf-page100-2022-10-22.json';
const FUNERALS = 'ocds-b5fd17-bf2c3020-25c8-41a1-96a7-b03071fbe585';

type Package = { releases: Array<{ tag?: string[] } & Record<string, unknown>> };

function freshDatabase(): Promise<BidDeskDatabase> {
  return openDatabase({ name: 'bid-desk-test', indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Read a file with the real engine, as the app does before saving. */
function readJson(fileName: string, json: unknown): SaveImportInput {
  const bytes = new TextEncoder().encode(JSON.stringify(json));
  const result = importNoticeFile({ name: fileName, bytes });
  if (!result.ok) throw new Error(result.error.message);
  return {
    fileName,
    format: result.format,
    sourceText: null,
    size: bytes.length,
    opportunities: result.opportunities,
  };
}

async function opportunityId(db: BidDeskDatabase, ocid: string): Promise<string> {
  const row = await db.opportunities.where('ocid').equals(ocid).first();
  if (!row) throw new Error(`${ocid} not stored`);
  return row.id;
}

const hasCorpus = corpusAvailable('import history suite');

describe.runIf(hasCorpus)('saveImport: the history a first file tells', () => {
  it('a tender and its two amendments: each amendment is in the change log, already seen', async () => {
    const db = await freshDatabase();
    const file = corpusJson(AMENDED);
    const summary = await saveImport(db, readJson('kayak.json', file), alice);
    expect(summary.created).toHaveLength(1);
    const id = await opportunityId(db, KAYAK_BRIDGE);

    const detail = await getOpportunityDetail(db, id);
    const log = detail?.changeLog ?? [];
    // Newest release first, as the log always reads.
    expect(log.map((e) => [e.release?.date, e.release?.previousDate])).toEqual([
      ['2022-10-21T18:41:16+01:00', '2022-10-21T18:40:35+01:00'],
      ['2022-10-21T18:40:35+01:00', '2022-10-21T16:00:34+01:00'],
    ]);
    expect(log[0]?.changes[0]?.to).toContain('incorporates an extreme');
    expect(log[1]?.changes[0]?.to).toContain('Additional information');
    for (const entry of log) {
      expect(entry).toMatchObject({
        opportunityId: id,
        fileName: 'kayak.json',
        importedAt: alice.now.toISOString(),
        importedBy: 'Alice',
        // History, not news: written as seen, so no banner and no "Changed" mark.
        dismissedAt: alice.now.toISOString(),
        dismissedBy: 'Alice',
      });
    }
    expect(detail?.opportunity.unreadChanges).toBe(0);

    // The same file again: nothing changed, nothing more logged.
    const again = await saveImport(db, readJson('kayak.json', file), bob);
    expect(again.unchanged.map((u) => u.id)).toEqual([id]);
    expect(await db.changeLog.count()).toBe(2);
  });

  it('a real notice whose amendment (edited here) moves the deadline: the move, with both release dates', async () => {
    const db = await freshDatabase();
    const page = corpusJson(PAGE) as Package;
    // The only edit: the tenderAmendment's deadline, 21 Nov 2022 in both real releases.
    const amendment = page.releases.find(
      (r) => r.ocid === FUNERALS && r.date === '2022-10-21T16:50:07+01:00',
    ) as { tender: { tenderPeriod: { endDate: string } } };
    amendment.tender.tenderPeriod.endDate = '2022-12-05T12:00:00Z';
    await saveImport(db, readJson('page100.json', page), alice);

    const detail = await getOpportunityDetail(db, await opportunityId(db, FUNERALS));
    expect(detail?.changeLog).toHaveLength(1);
    expect(detail?.changeLog[0]).toMatchObject({
      release: {
        releaseId: 'd7358b8d-04aa-43ed-8b48-f0266e626778-583128',
        date: '2022-10-21T16:50:07+01:00',
        previousDate: '2022-10-21T16:50:03+01:00',
        tags: ['tenderAmendment'],
      },
      changes: [
        {
          field: 'keyDates.submissionDeadline',
          label: 'Submission deadline',
          from: '21 Nov 2022, 23:59',
          to: '5 Dec 2022, 12:00',
        },
      ],
    });
    expect(detail?.keyDates.find((d) => d.kind === 'submissionDeadline')?.at).toBe(
      '2022-12-05T12:00:00+00:00',
    );
    // The timeline's "moved from" is for moves the user saw after importing: none yet.
    const timeline = timelineFromDetail(
      detail as OpportunityDetail,
      { decisions: [], checklist: [], engagementPlans: [] },
      DEFAULT_BID_SCHEDULE,
      alice.now,
    );
    const deadline = timeline.find((item) => item.kind === 'submissionDeadline');
    expect(deadline?.at).toBe('2022-12-05T12:00:00+00:00');
    expect(deadline?.movedFrom).toBeNull();
    // Of the page's 88 notices, only those whose later releases changed something have history:
    // the funeral services (edited), the kayak bridge (two amendments) and an award
    // re-published with a new date.
    expect(await db.opportunities.count()).toBe(88);
    const entries = await db.changeLog.toArray();
    const rows = await db.opportunities.bulkGet([...new Set(entries.map((e) => e.opportunityId))]);
    expect(rows.map((row) => row?.ocid).sort()).toEqual(
      [KAYAK_BRIDGE, FUNERALS, 'ocds-b5fd17-d27e67d3-4492-49b7-aa14-bede88766821'].sort(),
    );
    expect(entries.every((e) => e.release && e.dismissedAt)).toBe(true);
    expect((await db.opportunities.toArray()).every((row) => row.unreadChanges === 0)).toBe(true);
  });

  it('a later file logs what changed since the last import, as news, as before', async () => {
    const db = await freshDatabase();
    const whole = corpusJson(AMENDED) as Package;
    // The file lists the newest release first; the tender is last.
    const tenderOnly = {
      ...whole,
      releases: whole.releases.filter((r) => r.tag?.[0] === 'tender'),
    };
    expect(tenderOnly.releases).toHaveLength(1);
    await saveImport(db, readJson('tender.json', tenderOnly), alice);
    const id = await opportunityId(db, KAYAK_BRIDGE);
    expect(await db.changeLog.count()).toBe(0);

    const summary = await saveImport(db, readJson('amended.json', whole), bob);
    expect(summary.updated.map((u) => u.id)).toEqual([id]);
    const detail = await getOpportunityDetail(db, id);
    // One entry: the tender as stored against the twice-amended notice, unread.
    expect(detail?.changeLog).toHaveLength(1);
    expect(detail?.changeLog[0]).toMatchObject({
      fileName: 'amended.json',
      importedBy: 'Bob',
      dismissedAt: null,
      changes: summary.updated[0]?.changes,
    });
    expect(detail?.changeLog[0]?.release).toBeUndefined();
    const [description] = detail?.changeLog[0]?.changes ?? [];
    expect(description?.from).toContain('The project will be a tri');
    expect(description?.to).toContain('incorporates an extreme');
    expect(detail?.opportunity.unreadChanges).toBe(1);

    await dismissChanges(db, id, bob);
    expect((await db.opportunities.get(id))?.unreadChanges).toBe(0);
  });

  it('a notice stored before Bid Desk kept its history is unchanged by the same file', async () => {
    const db = await freshDatabase();
    const file = corpusJson(AMENDED);
    await saveImport(db, readJson('kayak.json', file), alice);
    const id = await opportunityId(db, KAYAK_BRIDGE);
    // As an older Bid Desk stored it: no `releaseHistory` on the notice, nothing in the log.
    const snapshot = await db.notices.get(id);
    if (!snapshot) throw new Error('no snapshot');
    const older: Partial<typeof snapshot.notice> = { ...snapshot.notice };
    delete older.releaseHistory;
    await db.notices.put({ ...snapshot, notice: older as typeof snapshot.notice });
    await db.changeLog.clear();

    const again = await saveImport(db, readJson('kayak.json', file), bob);
    expect(again.unchanged.map((u) => u.id)).toEqual([id]);
    expect(again.updated).toEqual([]);
    expect(await db.changeLog.count()).toBe(0);
  });
});
