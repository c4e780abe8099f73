import { describe, expect, it } from 'vitest';
import { SEEDS, seedBytes } from '../../test/corpus';
import { decodeText } from '../import/decode';
import { Opportunity } from '../notice/model';
import type { KeyDateKind } from '../notice/model';
import { opportunityFromPage } from './opportunity-from-page';
import { readNoticePage } from './read-notice-page';

const NOTICE_SEEDS = [
  SEEDS.westMidlands,
  SEEDS.cleveland,
  SEEDS.staffordshireHateCrime,
  SEEDS.staffordshireStalking,
] as const;

interface SeedOcds {
  ocid: string;
  buyer: { name: string };
  tender: {
    value?: { amount: number };
    tenderPeriod?: { endDate?: string };
    lots?: Array<{ title?: string }>;
    items?: Array<{ additionalClassifications?: Array<{ id: string }> }>;
  };
}

function seedText(name: string): string {
  return decodeText(seedBytes(name), name);
}

/** The fallback path: the seed saved without its JSON block (CRLF, decoded back to `\n`). */
function fromPageOnly(name: string): Opportunity {
  const text = seedText(name);
  const cut = text.slice(0, text.indexOf('\n{\n') + 1).replace(/\n/g, '\r\n');
  const page = readNoticePage(decodeText(new TextEncoder().encode(cut), name));
  if (!page) throw new Error(`${name} was not read as a notice page`);
  expect(page.json).toBeNull();
  return Opportunity.parse(opportunityFromPage(page));
}

/** The seed's own OCDS, to check the page-only facts against. */
function seedOcds(name: string): SeedOcds {
  const text = seedText(name);
  return JSON.parse(text.slice(text.indexOf('\n{\n') + 1)) as SeedOcds;
}

function keyDate(opp: Opportunity, kind: KeyDateKind): Opportunity['keyDates'][number] | undefined {
  return opp.keyDates.find((d) => d.kind === kind);
}

describe('opportunityFromPage', () => {
  it.each(NOTICE_SEEDS)('%s: page-only facts agree with the seed OCDS', (name) => {
    const opp = fromPageOnly(name);
    const ocds = seedOcds(name);
    expect(opp.ocid).toBe(ocds.ocid);
    expect(opp.source).toBe('fts');
    // The page prints the buyer in capitals; its prose spells it as the OCDS does.
    expect(opp.buyer.name).toBe(ocds.buyer.name);
    const ocdsCpv = new Set(
      (ocds.tender.items ?? []).flatMap((i) =>
        (i.additionalClassifications ?? []).map((c) => c.id),
      ),
    );
    expect(new Set(opp.cpv.map((c) => c.code))).toEqual(ocdsCpv);
    expect(opp.value?.amount ?? null).toBe(ocds.tender.value?.amount ?? null);
    expect(opp.changes).toEqual([]);
    expect(opp.releaseIds).toEqual([]);
    // The paywall placeholder is never a contact detail.
    expect([opp.buyer.contactName, opp.buyer.email, opp.buyer.telephone]).toEqual([
      null,
      null,
      null,
    ]);
    expect(opp.suitability).toEqual({ sme: true, vcse: true });
    for (const date of opp.keyDates) {
      expect(date.allDay).toBe(true);
      expect(date.derived).toBe(false);
      expect(date.source?.field).toMatch(/^page: /);
    }
  });

  it('seed 000: UK3 planned, three lots with renewal, day-level dates as printed', () => {
    const opp = fromPageOnly(SEEDS.westMidlands);
    expect(opp.title).toBe(
      'West Midlands First Contact Assessment and Referral, Restorative Justice, and Hate Crime Victims Services',
    );
    expect(opp.noticeType).toBe('UK3');
    expect(opp.stage).toBe('planned');
    expect(opp.value).toBeNull();
    expect(opp.cpv).toHaveLength(9);
    expect(opp.cpv[0]).toEqual({ code: '75110000', description: 'General public services' });
    expect(opp.regions).toEqual([]);
    expect(opp.description).toMatch(/^MARKET ENGAGEMENT EVENT - THURSDAY 14th MAY 2026 - 4pm/);
    expect(opp.lots.map((l) => [l.id, l.title, l.renewal, l.hasRenewal])).toEqual([
      ['1', 'First Contact Assessment and Referral', 'Will be optional', true],
      ['2', 'Restorative Justice', 'Will be optional', true],
      ['3', 'Hate Crime Services', 'Will be optional', true],
    ]);
    expect(opp.lots.map((l) => l.title)).toEqual(
      seedOcds(SEEDS.westMidlands).tender.lots?.map((l) => l.title),
    );
    expect(keyDate(opp, 'published')).toMatchObject({
      at: '2026-05-18T00:00:00+01:00',
      source: { field: 'page: Publication Date', snippet: '18 May 20262 weeks ago' },
    });
    expect(keyDate(opp, 'submissionDeadline')).toMatchObject({
      at: '2026-07-01T00:00:00+01:00',
      label: 'Submission deadline',
      source: { field: 'page: Submission Deadline', snippet: '1 Jul 20264 weeks to go' },
    });
    expect(keyDate(opp, 'futureNotice')?.at).toBe('2026-06-01T00:00:00+01:00');
    expect(keyDate(opp, 'awardDecision')).toBeUndefined();
    expect(keyDate(opp, 'contractStart')?.at).toBe('2027-03-31T00:00:00+01:00');
    expect(keyDate(opp, 'contractEnd')?.at).toBe('2031-03-31T00:00:00+01:00');
    expect(opp.noticeHistory).toEqual([
      {
        id: '045280-2026',
        noticeType: 'UK3',
        documentType: null,
        title: 'UK3 - Planned Procurement Notice',
        url: 'https://www.find-tender.service.gov.uk/Notice/045280-2026',
        // The release the OCDS dates 11:28:45+01:00, to the minute the page prints.
        datePublished: '2026-05-18T11:28:00+01:00',
      },
    ]);
    expect(opp.documents[0]?.url).toBe('https://www.find-tender.service.gov.uk/Notice/045280-2026');
    expect(opp.updatedAt).toBe('2026-05-18T11:28:00+01:00');
    expect(opp.buyer.address).toMatchObject({ locality: 'Birmingham', postalCode: 'B4 6AT' });
  });

  it('seed 001: UK2 engagement, no deadline, one implicit lot carrying the page-level facts', () => {
    const opp = fromPageOnly(SEEDS.cleveland);
    expect(opp.noticeType).toBe('UK2');
    expect(opp.stage).toBe('engagement');
    expect(opp.status).toBe('planning');
    expect(opp.buyer.name).toBe('The Office of the Police and Crime Commissioner for Cleveland');
    expect(opp.buyer.address?.locality).toBe('Stockton on Tees');
    expect(opp.regions).toEqual(['TLC1 Tees Valley and Durham']);
    expect(keyDate(opp, 'submissionDeadline')).toBeUndefined();
    expect(keyDate(opp, 'futureNotice')?.at).toBe('2026-09-01T00:00:00+01:00');
    expect(opp.lots).toHaveLength(1);
    expect(opp.lots[0]).toMatchObject({
      id: '1',
      title: null,
      derived: false,
      suitability: { sme: true, vcse: true },
      contractPeriod: { start: '2027-03-31T00:00:00+01:00', end: '2029-03-31T00:00:00+01:00' },
      regions: ['TLC1 Tees Valley and Durham'],
    });
    expect(opp.lots[0]?.cpv).toHaveLength(5);
  });

  it('seed 002: tender value £1,530,000 and a title-cased buyer', () => {
    const opp = fromPageOnly(SEEDS.staffordshireHateCrime);
    expect(opp.value).toEqual({ amount: 1530000, amountGross: null, currency: 'GBP' });
    expect(opp.lots[0]?.value?.amount).toBe(1530000);
    expect(opp.buyer.name).toBe('Police, Fire & Crime Commissioner for Staffordshire');
    expect(keyDate(opp, 'published')?.source?.snippet).toBe('23 Jun 2026Yesterday');
    expect(keyDate(opp, 'futureNotice')?.at).toBe('2026-07-14T00:00:00+01:00');
  });

  it('seed 004: UK4 tender with a deadline on 6 May 2026, read at its start (it is noon)', () => {
    const opp = fromPageOnly(SEEDS.staffordshireStalking);
    expect(opp.noticeType).toBe('UK4');
    expect(opp.stage).toBe('tender');
    expect(opp.status).toBe('active');
    expect(opp.procurementMethodDetails).toBe('Competitive flexible procedure');
    expect(opp.value?.amount).toBe(1265000);
    // The page prints the day only; the notice's JSON says 12:00. Reading it at 23:59:59 would
    // plan half a day late; its start is never late.
    expect(keyDate(opp, 'submissionDeadline')).toMatchObject({
      at: '2026-05-06T00:00:00+01:00',
      allDay: true,
    });
    expect(Date.parse(keyDate(opp, 'submissionDeadline')?.at ?? '')).toBeLessThanOrEqual(
      Date.parse(seedOcds(SEEDS.staffordshireStalking).tender.tenderPeriod?.endDate ?? ''),
    );
    // Winter dates carry +00:00.
    expect(keyDate(opp, 'contractStart')?.at).toBe('2026-12-01T00:00:00+00:00');
    expect(keyDate(opp, 'futureNotice')?.at).toBe('2026-03-06T00:00:00+00:00');
    expect(opp.noticeHistory[0]?.datePublished).toBe('2026-04-08T15:03:00+01:00');
  });
});
