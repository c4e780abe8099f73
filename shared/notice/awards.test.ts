/**
 * Award notices as a bidder reads them: who won, at what value, when, the stated standstill end
 * and expected signature, and the contract period. Every case is a real file from the corpus
 * (../shared/fixtures/real), with the values the file states.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusBytes, corpusJson } from '../../test/corpus';
import type { Json } from '../ocds/read';
import { importNoticeFile } from '../import/engine';
import { noticeTimeline } from '../timeline/notice-timeline';
import type { Opportunity } from './model';

const hasCorpus = corpusAvailable('awards suite');

function notice(path: string, ocid: string): Opportunity {
  const result = importNoticeFile({
    name: path.split('/').pop() as string,
    bytes: corpusBytes(path),
  });
  if (!result.ok) throw new Error(result.error.message);
  const found = result.opportunities.find((o) => o.ocid === ocid);
  if (!found) throw new Error(`${ocid} not in ${path}`);
  return found;
}

function dates(o: Opportunity, kind: string): string[] {
  return o.keyDates.filter((d) => d.kind === kind).map((d) => d.at);
}

describe.runIf(hasCorpus)('award notices on real files', () => {
  it('a UK6 contract award: every supplier, net and gross, the stated standstill and signature', () => {
    // FTS 029664-2025 (Defra): one lot awarded to five suppliers, each with its own value.
    const o = notice('fts/members/029664-2025.json', 'ocds-h6vhtk-04e9fb');
    expect(o.noticeType).toBe('UK6');
    expect(o.stage).toBe('award');
    expect(o.awards.map((a) => a.suppliers.map((s) => s.name))).toEqual([
      ['Ricardo-AEA Limited'],
      ['PA Consulting Services Ltd'],
      ['SLR Consulting Limited'],
      ['Waste and Resources Action Programme (WRAP)'],
      ['Eunomia Research & Consulting Ltd'],
    ]);
    const first = o.awards[0];
    expect(first).toMatchObject({
      status: 'pending',
      date: '2025-06-03T00:00:00+01:00',
      value: { amount: 126294, amountGross: 151552.8, currency: 'GBP' },
      lotIds: ['1'],
      standstillEnd: '2025-06-12T23:59:59+01:00',
      expectedSignature: '2025-06-13T23:59:59+01:00',
    });
    expect(first?.suppliers[0]).toEqual({
      id: 'GB-COH-08229264',
      name: 'Ricardo-AEA Limited',
      scale: 'large',
      vcse: false,
    });
    // The five awards share their dates: each is one key date.
    expect(dates(o, 'standstillEnd')).toEqual(['2025-06-12T23:59:59+01:00']);
    expect(dates(o, 'expectedSignature')).toEqual(['2025-06-13T23:59:59+01:00']);
  });

  it('the stated standstill end is on the timeline as stated, not estimated', () => {
    const o = notice('fts/members/029664-2025.json', 'ocds-h6vhtk-04e9fb');
    const standstill = noticeTimeline(o, 'defra').filter((item) => item.kind === 'standstillEnd');
    expect(standstill.map((item) => [item.title, item.at])).toEqual([
      ['Standstill ends', '2025-06-12T23:59:59+01:00'],
    ]);
  });

  it('with an award period beside it, no estimate is added to the stated standstill end', () => {
    // The same real notice, edited here only to add the award period a tender notice would
    // have carried: Bid Desk estimates a standstill from an award period, unless one is stated.
    const json = corpusJson('fts/members/029664-2025.json') as { releases: Json[] };
    const release = json.releases[0] as Json;
    release.tender = {
      ...(release.tender as Json),
      awardPeriod: { startDate: '2025-06-03T00:00:00+01:00' },
    };
    const result = importNoticeFile({
      name: '029664-2025.json',
      bytes: new TextEncoder().encode(JSON.stringify(json)),
    });
    if (!result.ok) throw new Error(result.error.message);
    const o = result.opportunities[0] as Opportunity;
    expect(dates(o, 'awardDecision')).toHaveLength(1);
    const standstill = noticeTimeline(o, 'defra').filter((item) => item.kind === 'standstillEnd');
    expect(standstill.map((item) => item.title)).toEqual(['Standstill ends']);
  });

  it('a UK7 contract details notice: the signature date, the supplier size and the contract period', () => {
    // FTS 028961-2025: contract signed with an SME; its period comes from contracts[].
    const o = notice('fts/members/028961-2025.json', 'ocds-h6vhtk-052a2e');
    expect(o.noticeType).toBe('UK7');
    expect(o.stage).toBe('contract');
    expect(o.awards).toHaveLength(1);
    expect(o.awards[0]).toMatchObject({
      value: { amount: 54393.6, amountGross: 67992, currency: 'GBP' },
      suppliers: [{ name: 'Integrated Skills Limited', scale: 'sme', vcse: false }],
      dateSigned: '2025-04-04T01:00:00+01:00',
    });
    expect(o.awards[0]?.contractPeriod?.start).toBe('2025-05-19T01:00:00+01:00');
  });

  it('a Contracts Finder award and its update: the supplier, value, award date and contract end', () => {
    for (const file of ['cf-56c3a2a3-award-819887.json', 'cf-56c3a2a3-awardUpdate-819899.json']) {
      const o = notice(
        `contracts-finder/releases/${file}`,
        'ocds-b5fd17-56c3a2a3-e39f-494a-9c11-2eb477826ef3',
      );
      expect(o.stage).toBe('award');
      expect(o.awards).toEqual([
        expect.objectContaining({
          date: '2024-12-02T00:00:00+00:00',
          value: { amount: 34737, amountGross: null, currency: 'GBP' },
          suppliers: [{ id: 'GB-CFS-295556', name: 'Cabinet Office', scale: 'large', vcse: false }],
        }),
      ]);
      expect(dates(o, 'contractEnd')).toEqual(['2025-12-31T23:59:59+00:00']);
    }
  });

  it('the awarded contract period replaces the one the tender planned', () => {
    // CF 0cb08240: the tender planned to end on 30 April 2025; the award says 31 March 2025.
    const o = notice(
      'contracts-finder/releases/cf-0cb08240-award-819886.json',
      'ocds-b5fd17-0cb08240-82a6-4be3-b63a-1ba819a00d18',
    );
    expect(o.awards[0]?.contractPeriod?.end).toBe('2025-03-31T23:59:59+01:00');
    expect(dates(o, 'contractEnd')).toEqual(['2025-03-31T23:59:59+01:00']);
  });

  it('a framework awarded to many small suppliers keeps each of them', () => {
    const o = notice(
      'contracts-finder/releases/cf-d1441223-award-819935.json',
      'ocds-b5fd17-d1441223-b3e7-45a9-9ff6-88fcdad59f37',
    );
    const suppliers = o.awards.flatMap((a) => a.suppliers);
    expect(suppliers.length).toBeGreaterThan(5);
    expect(suppliers.every((s) => s.scale === 'sme')).toBe(true);
    expect(o.awards[0]?.value).toEqual({ amount: 776888.48, amountGross: null, currency: 'GBP' });
  });

  it('lots listed as empty awards (nothing awarded yet) are not awards', () => {
    // FTS 083685-2026 lists 34 award entries with no supplier, value or date.
    const o = notice('fts/members/083685-2026.json', 'ocds-h6vhtk-0510f8');
    expect(o.awards).toEqual([]);
  });

  it('a tender notice has no awards', () => {
    const o = notice('more-notices/fts-uk4-tender-032703-2026.json', 'ocds-h6vhtk-067fb8');
    expect(o.awards).toEqual([]);
    expect(dates(o, 'standstillEnd')).toEqual([]);
  });
});
