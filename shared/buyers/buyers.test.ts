/**
 * The Buyers view's domain on real notice files: buyers joined across spellings and ids, what
 * each awarded to whom and until when, the lead time read from the buyer's own processes or the
 * stated default, and the re-tender horizon on the timeline as Bid Desk's estimate.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusBytes } from '../../test/corpus';
import { importNoticeFile } from '../import/engine';
import type { Opportunity } from '../notice/model';
import { toCsv } from '../timeline/csv';
import { toIcs } from '../timeline/ics';
import type { TimelineItem } from '../timeline/model';
import { preferredBuyerName, readableBuyerName } from './buyer-name';
import { buyerNoticeOf, type BuyerNotice } from './buyer-notice';
import { groupBuyers, type BuyerSummary } from './buyers';
import { horizonText, leadTimeExplanation, type ReTenderHorizon } from './re-tender';
import { reTenderItems } from './re-tender-timeline';

const hasCorpus = corpusAvailable('buyers suite');

/** The notices of a file as the store keeps them: one per ocid, keyed by ocid. */
function stored(...paths: string[]): BuyerNotice[] {
  const byOcid = new Map<string, Opportunity>();
  for (const path of paths) {
    const result = importNoticeFile({ name: path, bytes: corpusBytes(path) });
    if (!result.ok) throw new Error(result.error.message);
    for (const o of result.opportunities) {
      const key = o.ocid ?? path;
      const before = byOcid.get(key);
      if (!before || (o.updatedAt ?? '') >= (before.updatedAt ?? '')) byOcid.set(key, o);
    }
  }
  return [...byOcid.entries()].map(([id, notice]) => buyerNoticeOf(id, notice));
}

const CF = 'contracts-finder/releases';
const WILTSHIRE_UK6 = 'fts/members/083650-2026.json';
const LANCASTER_UK7 = 'fts/members/028961-2025.json';

describe('buyer names', () => {
  it('a name in capitals reads in ordinary case, acronyms kept', () => {
    expect(readableBuyerName('DEPARTMENT OF ENVIRONMENT, FOOD AND RURAL AFFAIRS')).toBe(
      'Department of Environment, Food and Rural Affairs',
    );
    expect(readableBuyerName('COUNTESS OF CHESTER HOSPITAL NHS FOUNDATION TRUST')).toBe(
      'Countess of Chester Hospital NHS Foundation Trust',
    );
    expect(readableBuyerName('London Borough of Merton')).toBe('London Borough of Merton');
  });

  it('the spelling used most often wins, ordinary case before capitals', () => {
    expect(
      preferredBuyerName(['LONDON BOROUGH OF X', 'London Borough of X', 'LONDON BOROUGH OF X']),
    ).toBe('London Borough of X');
  });
});

describe.runIf(hasCorpus)('buyers from real files', () => {
  it('a Contracts Finder tender and its award are one buyer with one contract', () => {
    const notices = stored(
      `${CF}/cf-0cb08240-tender-819883.json`,
      `${CF}/cf-0cb08240-award-819886.json`,
    );
    const [banes, ...others] = groupBuyers(notices, '2025-01-24');
    expect(others).toEqual([]);
    expect(banes?.name).toBe('Bath and North East Somerset Council');
    expect(banes?.notices.map((n) => n.stage)).toEqual(['award']);
    expect(banes?.contracts).toHaveLength(1);
    const contract = banes?.contracts[0];
    expect(contract).toMatchObject({
      suppliers: [{ name: 'OpenView Security Solutions Limited' }],
      value: { amount: 75000, currency: 'GBP' },
      awardDate: '2025-01-23T00:00:00+00:00',
      // The award's own end, not the 30 April the tender planned.
      end: '2025-03-31T23:59:59+01:00',
      state: 'running',
    });
    // The award file shows no first notice: six months before 31 March is 30 September.
    expect(banes?.leadTime).toEqual({ basis: 'default', months: 6 });
    expect(contract?.horizon).toEqual({ earliest: '2024-09-30', latest: null });
    expect(leadTimeExplanation((banes as BuyerSummary).leadTime)).toContain(
      'Bid Desk assumes 6 months',
    );
  });

  it('the same council under two ids (Find a Tender, Contracts Finder) is one buyer', () => {
    // The OCDS standard's sample award (Barnet, id GB-LAC-…) and a real Contracts Finder tender
    // by Barnet (id GB-CFS-…) from a search page.
    const notices = stored(
      'ocds-examples/sample-data-fictional-1.1/ocds-213czf-000-00001-04-award.json',
      'more-notices/cf-page100-2022-10-22.json',
    );
    const barnet = groupBuyers(notices, '2022-10-22').find(
      (b) => b.name === 'London Borough of Barnet',
    );
    expect(barnet?.ids.sort()).toEqual(['GB-CFS-148137', 'GB-LAC-E09000003']);
    expect(barnet?.notices).toHaveLength(2);
  });

  it('a UK7 from Find a Tender: supplier, value and the contract end, coming up after today', () => {
    const [lancaster] = groupBuyers(stored(LANCASTER_UK7), '2026-06-01');
    expect(lancaster?.name).toBe('Lancaster City Council');
    expect(lancaster?.contracts[0]).toMatchObject({
      suppliers: [{ name: 'Integrated Skills Limited', scale: 'sme' }],
      value: { amount: 54393.6, amountGross: 67992 },
      end: '2028-05-19T00:59:59+01:00',
      state: 'running',
      horizon: { earliest: '2027-11-19', latest: null },
    });
  });

  it('the lead time comes from the buyer’s own process when a notice shows one', () => {
    // Lancashire Constabulary's planning notice for victim services: published 23 Jan 2025,
    // contract from 1 Apr 2026: 433 days.
    const [lancashire] = groupBuyers(
      stored(`${CF}/cf-5eb34cca-planning-819866.json`),
      '2025-02-01',
    );
    expect(lancashire?.leadTime).toMatchObject({ basis: 'history', days: 433 });
    expect(leadTimeExplanation((lancashire as BuyerSummary).leadTime)).toBe(
      'This buyer published its first notice about 14 months before a contract started, as one of its processes in your files shows (“Lancashire Victim Services - Domestic Abuse”: early notice 23 Jan 2025, contract from 1 Apr 2026).',
    );
  });

  it('a contract with extensions comes up between two dates; contracts sort by when', () => {
    const notices = stored(
      'ocds-examples/sample-data-fictional-1.1/ocds-213czf-000-00001-04-award.json',
      'more-notices/cf-page100-2022-10-22.json',
    );
    const barnet = groupBuyers(notices, '2010-06-01').find(
      (b) => b.name === 'London Borough of Barnet',
    );
    const award = barnet?.contracts.find((c) => c.end !== null);
    expect(award?.horizon).not.toBeNull();
    // Barnet's own tender on Contracts Finder shows its lead time: 162 days.
    expect(barnet?.leadTime).toMatchObject({ basis: 'history', days: 162 });
    expect(horizonText(award?.horizon as ReTenderHorizon)).toBe(
      '20 Jan 2011 (22 Jul 2011 if every extension is used)',
    );
  });

  it('running contracts come first, soonest re-tender first; ended and undated ones after', () => {
    const notices = stored(
      `${CF}/cf-deddd0f5-award-819949.json`,
      `${CF}/cf-9f150014-award-819603.json`,
      WILTSHIRE_UK6,
      LANCASTER_UK7,
      'fts/members/029615-2025.json',
    );
    const buyers = groupBuyers(notices, '2026-06-01');
    expect(buyers.map((b) => [b.name, b.contracts[0]?.state])).toEqual([
      ['Wiltshire Council', 'running'],
      ['London Borough of Merton', 'running'],
      ['Lancaster City Council', 'running'],
      ['Durham County Council', 'no end date'],
      ['National Wealth Fund Limited', 'ended'],
    ]);
  });

  it('the timeline gets one estimate per running contract, never a notice date', () => {
    const notices = stored(WILTSHIRE_UK6, 'fts/members/029664-2025.json', LANCASTER_UK7);
    const items = reTenderItems(groupBuyers(notices, '2026-06-01'));
    // Defra's five awards ended on 1 Dec 2025: no item. Wiltshire and Lancaster run on.
    expect(items.map((i) => [i.title, i.at, i.source])).toEqual([
      ['Re-tender expected (estimate): Wiltshire Council', '2026-09-30T00:00:00+01:00', 'estimate'],
      [
        'Re-tender expected (estimate): Lancaster City Council',
        '2027-11-19T00:00:00+00:00',
        'estimate',
      ],
    ]);
    const wiltshire = items[0] as TimelineItem;
    expect(wiltshire.detail).toMatch(/^Worked out by Bid Desk, not stated in any notice\./);
    expect(wiltshire.detail).toContain(
      'with Oxford Brookes Enterprises Limited ends on 31 Mar 2027',
    );
    expect(toCsv(items)).toContain('Bid Desk estimate');
    const ics = toIcs(items, { calendarName: 'test', now: new Date('2026-06-01T09:00:00Z') });
    expect(ics.replace(/\r\n /g, '')).toContain("Bid Desk's estimate\\, not from a notice.");
  });

  it('awards of one lot to several suppliers ending together are one timeline item', () => {
    const items = reTenderItems(groupBuyers(stored('fts/members/029664-2025.json'), '2025-07-01'));
    expect(items).toHaveLength(1);
    expect(items[0]?.detail).toContain(
      'with Ricardo-AEA Limited, PA Consulting Services Ltd and 3 others',
    );
  });
});
