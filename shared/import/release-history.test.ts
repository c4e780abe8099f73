/**
 * A file holding several releases of one notice tells its history: what each release changed,
 * with when it was published, so the first import can show it (not only what the newest release
 * changed). Real files: a Contracts Finder tender and its two amendments, a Contracts Finder page
 * whose amendment is edited to move the deadline, and the OCDS standard's own worked examples,
 * whose amendments move the deadline.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusBytes, corpusJson } from '../../test/corpus';
import type { ImportWarning, Opportunity } from '../notice/model';
import { importNoticeFile } from './engine';
import { MAX_HISTORY_RELEASES } from './release-history';

const hasCorpus = corpusAvailable('release history suite');

interface Imported {
  opportunities: Opportunity[];
  warnings: ImportWarning[];
}

function importBytes(name: string, bytes: Uint8Array): Imported {
  const result = importNoticeFile({ name, bytes });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

const importPath = (path: string): Imported =>
  importBytes(path.split('/').pop() as string, corpusBytes(path));

const importJson = (name: string, json: unknown): Imported =>
  importBytes(name, new TextEncoder().encode(JSON.stringify(json)));

function only(imported: Imported, ocid: string): Opportunity {
  const found = imported.opportunities.find((o) => o.ocid === ocid);
  if (!found) throw new Error(`${ocid} not imported`);
  return found;
}

/** The deadline changes of each step, as "published: from → to". */
function deadlineMoves(o: Opportunity): string[] {
  return o.releaseHistory.flatMap((step) =>
    step.changes
      .filter((c) => c.field === 'keyDates.submissionDeadline')
      .map((c) => `${step.date}: ${c.from} → ${c.to}`),
  );
}

type Release = { ocid: string; date: string; tender: { tenderPeriod: { endDate: string } } };

describe.runIf(hasCorpus)('the history a file with several releases of one notice tells', () => {
  it('a Contracts Finder tender and its two amendments: what each amendment changed, when', () => {
    const o = only(
      importPath('more-notices/derived-cf-tender-plus-2-amendments-41fb8f74.json'),
      'ocds-b5fd17-41fb8f74-4aa8-4c50-aac9-dedfee0b88a3',
    );
    expect(o.releaseHistory.map((s) => [s.tags, s.previousDate, s.date])).toEqual([
      [['tenderAmendment'], '2022-10-21T16:00:34+01:00', '2022-10-21T18:40:35+01:00'],
      [['tenderAmendment'], '2022-10-21T18:40:35+01:00', '2022-10-21T18:41:16+01:00'],
    ]);
    // The first amendment replaced "The project will be a tri…" with "Additional information";
    // the second corrected "and extreme" to "an extreme". Each step says which.
    const [first, second] = o.releaseHistory.map((s) => s.changes);
    expect(first?.map((c) => c.field)).toEqual(['description']);
    expect(first?.[0]?.from).toContain('The project will be a tri');
    expect(first?.[0]?.to).toContain('Additional information');
    expect(second?.map((c) => c.field)).toEqual(['description']);
    expect(second?.[0]?.from).toContain('incorporates and extreme');
    expect(second?.[0]?.to).toContain('incorporates an extreme');
    // The newest step is what `changes` has always held.
    expect(second).toEqual(o.changes);
    expect(o.releaseHistory[0]?.releaseId).toBe('c70c230f-8626-41b0-aab1-2cd223f5c852-583171');
  });

  it('a real two-release notice whose amendment (edited here) moves the deadline shows the move', () => {
    const page100 = 'more-notices/cf-page100-2022-10-22.json';
    const page = corpusJson(page100) as {
      releases: Release[];
    };
    const ocid = 'ocds-b5fd17-bf2c3020-25c8-41a1-96a7-b03071fbe585';
    // The only edit: the tenderAmendment's deadline (21 Nov 2022 in both real releases).
    const amendment = page.releases.find(
      (r) => r.ocid === ocid && r.date === '2022-10-21T16:50:07+01:00',
    ) as Release;
    expect(amendment.tender.tenderPeriod.endDate).toBe('2022-11-21T23:59:59Z');
    const unedited = only(importJson('page.json', page), ocid);
    amendment.tender.tenderPeriod.endDate = '2022-12-05T12:00:00Z';
    const edited = importJson('page.json', page);
    const o = only(edited, ocid);

    expect(deadlineMoves(unedited)).toEqual([]);
    expect(o.releaseHistory).toEqual([
      {
        releaseId: 'd7358b8d-04aa-43ed-8b48-f0266e626778-583128',
        date: '2022-10-21T16:50:07+01:00',
        previousDate: '2022-10-21T16:50:03+01:00',
        tags: ['tenderAmendment'],
        changes: o.changes,
      },
    ]);
    expect(o.changes).toContainEqual({
      field: 'keyDates.submissionDeadline',
      label: 'Submission deadline',
      from: '21 Nov 2022, 23:59', // the time the notice states (23:59:59)
      to: '5 Dec 2022, 12:00',
    });
    // The other 87 notices of the page read as before.
    const others = (imported: Imported) => imported.opportunities.filter((x) => x.ocid !== ocid);
    expect(others(edited)).toEqual(others(importJson('page.json', corpusJson(page100))));
  });

  it('six releases of one notice: the amendment that moved the deadline, though newer ones followed', () => {
    const o = only(
      importPath('ocds-examples/sample-data-fictional-1.1/ocds-213czf-000-00001.json'),
      'ocds-213czf-000-00001',
    );
    // The newest release (the contract) says nothing of the deadline: the history tells when the
    // tender set it and when the amendment moved it.
    expect(o.changes.map((c) => c.field)).not.toContain('keyDates.submissionDeadline');
    expect(deadlineMoves(o)).toEqual([
      '2010-03-15T09:30:00+00:00: null → 1 Apr 2010, 19:00',
      '2010-03-20T09:45:00+00:00: 1 Apr 2010, 19:00 → 8 Apr 2010, 19:00',
    ]);
    const amendment = o.releaseHistory.find((s) => s.tags.includes('tenderAmendment'));
    expect(amendment?.previousDate).toBe('2010-03-15T09:30:00+00:00');
    expect(amendment?.changes).toContainEqual({
      field: 'amendments[1.0]',
      label: 'Amendment',
      from: null,
      to: 'The closing date for tender submissions has been extended to 2017-04-08',
    });
    // Planning → tender → amendment → award → contract; the implementation release changed
    // nothing the change log compares, so it is not a step.
    expect(o.releaseHistory.map((s) => s.tags.join())).toEqual([
      'tender',
      'tenderAmendment',
      'award',
      'contract',
    ]);
  });

  it('a record package with its compiled release: the amendment that moved the deadline', () => {
    const o = only(
      importPath('ocds-examples/standard-1.1/amendments/tender.json'),
      'ocds-213czf-000-00002',
    );
    expect(deadlineMoves(o)).toEqual([
      '2016-02-05T10:30:00+00:00: 15 Feb 2016, 18:00 → 20 Feb 2016, 18:00',
    ]);
    expect(o.releaseHistory.map((s) => s.tags.join())).toEqual(['tenderUpdate', 'tenderAmendment']);
  });

  it('one release has no history', () => {
    const o = importPath('contracts-finder/releases/cf-a7a08d2f-tender-819859.json')
      .opportunities[0];
    expect(o?.releaseHistory).toEqual([]);
  });

  it(`keeps the newest ${MAX_HISTORY_RELEASES} steps of a notice published more often, and says so`, () => {
    // A real tender re-published daily, its deadline a day later each time: far more releases
    // than any real notice has.
    const tender = corpusJson(
      'contracts-finder/releases/cf-a7a08d2f-tender-819859.json',
    ) as Release;
    const day = (n: number, time: string): string =>
      new Date(Date.UTC(2025, 0, 20 + n)).toISOString().slice(0, 10) + time;
    const releases = Array.from({ length: MAX_HISTORY_RELEASES + 10 }, (_, n) => ({
      ...tender,
      id: `release-${n}`,
      date: day(n, 'T09:00:00Z'),
      tender: { ...tender.tender, tenderPeriod: { endDate: day(n + 30, 'T12:00:00Z') } },
    }));
    const imported = importJson('daily.json', { releases });
    const o = only(imported, tender.ocid);
    expect(o.releaseHistory).toHaveLength(MAX_HISTORY_RELEASES);
    expect(o.releaseHistory.at(-1)?.releaseId).toBe(`release-${MAX_HISTORY_RELEASES + 9}`);
    expect(o.releaseHistory[0]?.releaseId).toBe('release-10');
    expect(deadlineMoves(o)[0]).toBe(
      '2025-01-30T09:00:00+00:00: 28 Feb 2025, 12:00 → 1 Mar 2025, 12:00',
    );
    expect(imported.warnings.map((w) => w.code)).toContain('history-shortened');
  });
});
