import { describe, expect, it } from 'vitest';
import { SEEDS, seedBytes } from '../../test/corpus';
import { decodeText } from '../import/decode';
import { parsePageDate, parsePageDateRange } from './page-date';
import { readNoticePage } from './read-notice-page';
import type { NoticePage } from './read-notice-page';

const NOTICE_SEEDS = [
  SEEDS.westMidlands,
  SEEDS.cleveland,
  SEEDS.staffordshireHateCrime,
  SEEDS.staffordshireStalking,
] as const;

function seedText(name: string): string {
  return decodeText(seedBytes(name), name);
}

function read(name: string): NoticePage {
  const page = readNoticePage(seedText(name));
  if (!page) throw new Error(`${name} was not read as a notice page`);
  return page;
}

/** The seed with its OCDS JSON block cut off, as if the page were saved without it. */
function withoutJson(text: string): string {
  return text.slice(0, text.indexOf('\n{\n') + 1);
}

describe('readNoticePage on the notice seeds', () => {
  it('reads seed 000 (West Midlands, UK3) heading, fields, sections and history', () => {
    const page = read(SEEDS.westMidlands);
    expect(page.heading).toEqual({
      stage: 'Planning',
      title:
        'West Midlands First Contact Assessment and Referral, Restorative Justice, and Hate Crime Victims Services',
      buyer: 'POLICE AND CRIME COMMISSIONER FOR WEST MIDLANDS',
    });
    expect(page.fields['Open Contracting ID']).toBe('ocds-h6vhtk-067b89');
    expect(page.fields['Notice Type']).toBe('UK3 - Planned Procurement Notice');
    expect(page.fields['Tender Suitability']).toBe('SME, VCSE');
    expect(page.fields['Submission Deadline']).toBe('1 Jul 20264 weeks to go');
    expect(page.fields['Contact Email']).toBe('Available with D3 Tenders Premium →');
    expect(page.fields['Postcode']).toBe('B4 6AT');
    expect(parsePageDate(page.fields['Publication Date'] ?? '')).toBe('2026-05-18');
    expect(parsePageDate(page.fields['Submission Deadline'] ?? '')).toBe('2026-07-01');
    expect(parsePageDate(page.fields['Future Notice Date'] ?? '')).toBe('2026-06-01');
    expect(parsePageDate(page.fields['Award Date'] ?? '')).toBeNull();
    expect(parsePageDateRange(page.fields['Contract Period'] ?? '')).toEqual({
      start: '2027-03-31',
      end: '2031-03-31',
    });
    expect(page.sections['CPV Codes']?.split('\n')).toHaveLength(9);
    expect(page.sections['CPV Divisions']?.split('\n')).toHaveLength(4);
    expect(page.sections['Notice Description']).toMatch(
      /^MARKET ENGAGEMENT EVENT - THURSDAY 14th MAY 2026 - 4pm\./,
    );
    expect(page.sections['Lot Information']?.split('\n')).toEqual([
      'First Contact Assessment and Referral',
      'First Contact Assessment and Referral Services',
      'Renewal: Will be optional',
      'Restorative Justice',
      'Restorative Justice Services Services',
      'Renewal: Will be optional',
      'Hate Crime Services',
      'Hate Crime Services Services',
      'Renewal: Will be optional',
    ]);
    // The aggregator's calls to action are not part of the summary.
    expect(page.sections['Summary of the contracting process']).not.toMatch(/How relevant/);
    expect(page.sections['Summary of the contracting process']?.split('\n')).toHaveLength(2);
    expect(page.history).toHaveLength(5);
    expect(page.history[0]).toEqual({ label: 'PlanningUpdate', at: '18 May 2026 at 10:28' });
    expect(page.history[4]).toEqual({ label: 'Planning', at: '02 Apr 2026 at 09:57' });
  });

  it('reads seed 001 (Cleveland, UK2) with its planning information and delivery location', () => {
    const page = read(SEEDS.cleveland);
    expect(page.heading.stage).toBe('Planning');
    expect(page.heading.title).toBe('Victim Support & Restorative Practice');
    expect(page.fields['Notice Type']).toBe('UK2 - Preliminary Market Engagement Notice');
    expect(page.fields['Delivery Location']).toBe('TLC1 Tees Valley and Durham');
    expect(page.fields['Submission Deadline']).toBe('Not specified');
    expect(parsePageDate(page.fields['Future Notice Date'] ?? '')).toBe('2026-09-01');
    expect(page.sections['Planning Information']).toMatch(/via MS Teams on the 8th June 2026/);
    expect(page.sections['Lot Information']).toBeUndefined();
    expect(page.sections['CPV Codes']?.split('\n')).toHaveLength(5);
    expect(page.history.map((h) => h.label)).toEqual([
      'PlanningUpdate',
      'PlanningUpdate',
      'Planning',
    ]);
  });

  it('reads seed 002 (no stage word, "JSON Markdown" instead of "Download")', () => {
    const page = read(SEEDS.staffordshireHateCrime);
    expect(page.heading).toEqual({
      stage: null,
      title: 'The Provision of a Hate Crime, Antisocial Behaviour and Mediation Service',
      buyer: 'POLICE, FIRE & CRIME COMMISSIONER FOR STAFFORDSHIRE',
    });
    expect(page.fields['Tender Value']).toBe('£1,530,000 £1M-£10M');
    expect(page.fields['Publication Date']).toBe('23 Jun 2026Yesterday');
    expect(page.fields['JSON Markdown']).toBeUndefined();
    expect(page.sections['CPV Codes']).toBe('75200000 - Provision of services to the community');
    expect(page.history).toEqual([
      { label: 'PlanningUpdate', at: '23 Jun 2026 at 12:30' },
      { label: 'Planning', at: '23 Jun 2026 at 10:49' },
    ]);
  });

  it('reads seed 004 (tender stage, UK4)', () => {
    const page = read(SEEDS.staffordshireStalking);
    expect(page.heading.stage).toBe('Tender');
    expect(page.heading.title).toBe(
      'Provision of a Stalking Service in Staffordshire & Stoke-on-Trent',
    );
    expect(page.fields['Current Stage']).toBe('Tender');
    expect(page.fields['All Stages']).toBe('Planning, Tender');
    expect(page.fields['Procurement Method Details']).toBe('Competitive flexible procedure');
    expect(parsePageDate(page.fields['Submission Deadline'] ?? '')).toBe('2026-05-06');
    expect(page.history).toEqual([
      { label: 'Tender', at: '08 Apr 2026 at 14:03' },
      { label: 'Planning', at: '23 Feb 2026 at 10:21' },
    ]);
  });

  it.each(NOTICE_SEEDS)('%s: the JSON block parses and carries the page ocid', (name) => {
    const page = read(name);
    expect(page.json?.startsWith('{\n')).toBe(true);
    const json = JSON.parse(page.json ?? 'null') as { ocid?: string; tag?: string[] };
    expect(json.ocid).toBe(page.fields['Open Contracting ID']);
    expect(json.tag).toEqual(['compiled']);
  });
});

describe('readNoticePage on derived inputs', () => {
  it.each(NOTICE_SEEDS)('%s: without its JSON block, reads the same labels', (name) => {
    const full = read(name);
    const cut = readNoticePage(withoutJson(seedText(name)));
    expect(cut).toEqual({ ...full, json: null });
  });

  it.each(NOTICE_SEEDS)('%s: CRLF and UTF-16 files decode to the same page', (name) => {
    const text = seedText(name);
    const crlf = new TextEncoder().encode(text.replace(/\n/g, '\r\n'));
    const utf16 = new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'));
    expect(readNoticePage(decodeText(crlf, name))).toEqual(read(name));
    expect(readNoticePage(decodeText(utf16, name))).toEqual(read(name));
  });

  it('finds the JSON block without the OCDS heading when it parses to the end', () => {
    const text = seedText(SEEDS.cleveland).replace(
      '\nOpen Contracting Data Standard (OCDS)\n',
      '\n',
    );
    const page = readNoticePage(text);
    expect(JSON.parse(page?.json ?? 'null')).toMatchObject({ ocid: 'ocds-h6vhtk-06a838' });
  });

  it('keeps a cut-short JSON block after the heading, and drops it without the heading', () => {
    const text = seedText(SEEDS.staffordshireStalking);
    const truncated = text.slice(0, Math.floor(text.length * 0.8));
    const withHeading = readNoticePage(truncated);
    expect(withHeading?.json?.startsWith('{\n')).toBe(true);
    expect(() => JSON.parse(withHeading?.json ?? '')).toThrow();
    const noHeading = readNoticePage(
      truncated.replace('\nOpen Contracting Data Standard (OCDS)\n', '\n'),
    );
    expect(noHeading?.json).toBeNull();
    expect(noHeading?.fields['Open Contracting ID']).toBe('ocds-h6vhtk-0659dc');
  });
});

describe('readNoticePage on text that is not a notice page', () => {
  it('returns null for empty text, HTML, JSON and the commissioning strategy', () => {
    const json = seedText(SEEDS.westMidlands);
    expect(readNoticePage('')).toBeNull();
    expect(readNoticePage('  \n\n ')).toBeNull();
    expect(readNoticePage('<!doctype html><html><body><h1>Sign in</h1></body></html>')).toBeNull();
    expect(readNoticePage(json.slice(json.indexOf('\n{\n') + 1))).toBeNull();
    expect(readNoticePage(seedText(SEEDS.strategy))).toBeNull();
  });

  it('needs more than a stray label or two', () => {
    const text = seedText(SEEDS.cleveland);
    // Only the top of the page (heading, history, prose), none of the label blocks.
    expect(readNoticePage(text.slice(0, text.indexOf('Publication & Lifecycle')))).toBeNull();
  });

  it('never throws on any prefix of a seed', () => {
    for (const name of [...NOTICE_SEEDS, SEEDS.strategy]) {
      const text = seedText(name);
      for (let n = 0; n < text.length; n += 997) {
        expect(() => readNoticePage(text.slice(0, n))).not.toThrow();
      }
    }
  });
});
