/**
 * The engine against the real corpus (../shared/fixtures/real): every file goes through it, and
 * the facts of a dozen real notices are checked value by value against what the files say.
 */
import { describe, expect, it } from 'vitest';
import {
  corpusAvailable,
  corpusBytes,
  corpusFiles,
  corpusFilesNotJson,
  corpusJson,
  SEEDS,
  seedBytes,
} from '../../test/corpus';
import { Opportunity, type KeyDate } from '../notice/model';
import { importNoticeFile, type ImportResult } from './engine';

const hasCorpus = corpusAvailable('engine corpus suite');

function importPath(path: string): ImportResult {
  return importNoticeFile({ name: path.split('/').pop() as string, bytes: corpusBytes(path) });
}

function importJson(name: string, json: unknown): ImportResult {
  return importNoticeFile({ name, bytes: new TextEncoder().encode(JSON.stringify(json)) });
}

function opportunities(result: ImportResult): Opportunity[] {
  if (!result.ok) throw new Error(result.error.message);
  return result.opportunities;
}

function byOcid(path: string, ocid: string): Opportunity {
  const found = opportunities(importPath(path)).find((o) => o.ocid === ocid);
  if (!found) throw new Error(`${ocid} not in ${path}`);
  return found;
}

function date(o: Opportunity, kind: KeyDate['kind']): KeyDate | undefined {
  return o.keyDates.find((d) => d.kind === kind);
}

describe.runIf(hasCorpus)('every real file and seed goes through the engine', () => {
  const files = corpusFiles();

  it('finds the whole corpus', () => {
    expect(files.length).toBeGreaterThan(150);
  });

  it.each(files)('%s: a valid model or a clear error, never an exception', (path) => {
    const result = importPath(path);
    if (result.ok) {
      expect(result.opportunities.length).toBeGreaterThan(0);
      for (const o of result.opportunities) expect(Opportunity.safeParse(o).success).toBe(true);
    } else {
      expect(result.error.code).not.toBe('internal');
      expect(result.error.message.length).toBeGreaterThan(40);
    }
  });

  // A real page as one publisher's tool saved it, with `Infinity` for FTS's 1e9999: not JSON.
  it.each(corpusFilesNotJson())('%s: is not JSON, and is refused with a plain message', (path) => {
    const result = importPath(path);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-json');
    expect(result.error.message).toContain('cannot be read as JSON');
  });

  it.each(corpusFiles('fts').concat(corpusFiles('contracts-finder'), corpusFiles('ocds-examples')))(
    '%s imports (real notices and the standard examples are all importable)',
    (path) => {
      expect(importPath(path).ok).toBe(true);
    },
  );

  it.each(corpusFiles('ocds-schema').concat(corpusFiles('ocds-extensions')))(
    '%s is refused as JSON that is not a notice',
    (path) => {
      const result = importPath(path);
      expect(result.ok ? 'ok' : result.error.code).toBe('not-ocds');
    },
  );

  it.each(Object.values(SEEDS))('seed %s imports or is explained', (name) => {
    const result = importNoticeFile({ name, bytes: seedBytes(name) });
    expect(result.ok || result.error.code === 'commissioning-strategy').toBe(true);
  });
});

describe.runIf(hasCorpus)('real Find a Tender notices, value by value', () => {
  it('083563-2026: a UK4 tender with five lots, each with value and 30/70 cost/quality', () => {
    const o = byOcid('fts/members/083563-2026.json', 'ocds-h6vhtk-06f17d');
    expect(o.noticeType).toBe('UK4');
    expect(o.stage).toBe('tender');
    expect(o.value).toEqual({ amount: 182500, amountGross: 219000, currency: 'GBP' });
    expect(o.lots.map((l) => l.value?.amount)).toEqual([50000, 16000, 30000, 35000, 51500]);
    expect(o.lots.map((l) => l.value?.amountGross)).toEqual([60000, 19200, 36000, 42000, 61800]);
    for (const lot of o.lots) {
      expect(lot.criteria.map((c) => [c.type, c.name, c.weight, c.weightFrom])).toEqual([
        ['cost', 'Price', 30, 'numbers'],
        ['quality', 'Quality', 70, 'numbers'],
      ]);
    }
    // 23:59 is a time the buyer chose, not a day-level placeholder.
    expect(date(o, 'submissionDeadline')).toMatchObject({
      at: '2026-10-02T23:59:00+01:00',
      allDay: false,
    });
    expect(date(o, 'clarificationDeadline')?.at).toBe('2026-09-25T17:00:00+01:00');
  });

  it('083662-2026 (page 1): a UK4 tender closing 21 Sep 2026, 10:00, price 20 / quality 80', () => {
    const o = byOcid('fts/pages/2026-09-03-p001.json', 'ocds-h6vhtk-06f1b2');
    expect(o.title).toBe('ACE 1012 ITQ - Cultural Education Network One-to-One Evaluation');
    expect(date(o, 'submissionDeadline')).toMatchObject({
      at: '2026-09-21T10:00:00+01:00',
      allDay: false,
    });
    expect(date(o, 'clarificationDeadline')?.at).toBe('2026-09-17T10:00:00+01:00');
    expect(o.lots).toHaveLength(1);
    expect(o.lots[0]?.value).toEqual({ amount: 15000, amountGross: 18000, currency: 'GBP' });
    expect(o.lots[0]?.criteria.map((c) => [c.type, c.weight])).toEqual([
      ['price', 20],
      ['quality', 80],
    ]);
  });

  it('page 1 holds five processes, each its own opportunity with its own stage', () => {
    const list = opportunities(importPath('fts/pages/2026-09-03-p001.json'));
    expect(list).toHaveLength(5);
    const stages = Object.fromEntries(list.map((o) => [o.ocid, o.stage]));
    expect(stages).toEqual({
      'ocds-h6vhtk-065444': 'contract', // UK10 contract change
      'ocds-h6vhtk-06f1b4': 'pipeline', // UK1
      'ocds-h6vhtk-06f1ad': 'engagement', // UK2
      'ocds-h6vhtk-06f19e': 'contract', // UK7
      'ocds-h6vhtk-06f1b2': 'tender', // UK4
    });
    expect(list.find((o) => o.ocid === 'ocds-h6vhtk-06f1b4')?.value?.amount).toBe(2500000);
  });

  it('083655-2026 (page 1): a UK2 engagement milestone with no time is a day-level event on 21 Sep', () => {
    const o = byOcid('fts/pages/2026-09-03-p001.json', 'ocds-h6vhtk-06f1ad');
    expect(o.engagementEvents).toHaveLength(1);
    expect(o.engagementEvents[0]?.allDay).toBe(true);
    expect(o.engagementEvents[0]?.start?.slice(0, 10)).toBe('2026-09-21');
    expect(date(o, 'engagement')?.allDay).toBe(true);
  });

  it('page 2: a UK12 termination is cancelled, a UK5 transparency notice is at award', () => {
    expect(byOcid('fts/pages/2026-09-03-p002.json', 'ocds-h6vhtk-05f9f4').stage).toBe('cancelled');
    const ukFive = byOcid('fts/pages/2026-09-03-p002.json', 'ocds-h6vhtk-06f0c7');
    expect(ukFive.noticeType).toBe('UK5');
    expect(ukFive.stage).toBe('award');
  });

  it('083645-2026: UK2 with a winter future-notice date, lot LOT-0000 and a zero value read as unknown', () => {
    const o = byOcid('fts/members/083645-2026.json', 'ocds-h6vhtk-06f1a6');
    expect(o.noticeType).toBe('UK2');
    expect(date(o, 'futureNotice')).toMatchObject({
      at: '2027-01-04T23:59:59+00:00',
      allDay: true,
    });
    expect(o.lots.map((l) => l.id)).toEqual(['LOT-0000']);
    expect(o.value).toBeNull();
    expect(o.engagementEvents[0]?.start?.slice(0, 10)).toBe('2026-10-02');
  });

  it('052408-2025: lot ids with spaces and colons are kept exactly', () => {
    const o = byOcid('fts/members/052408-2025.json', 'ocds-h6vhtk-02874c');
    expect(o.lots.map((l) => l.id)).toEqual([
      '1 - Caustic Soda',
      '2: Phosphoric Acid',
      '3: Multiple Strategic Process Chemicals',
      '4: Hydrogen Peroxide',
    ]);
    expect(o.lots.every((l) => l.status === 'cancelled')).toBe(true);
  });

  it('002109-2021: pre-Act tender with deliveryAddresses as an object still gives regions and a deadline', () => {
    const o = byOcid('fts/members/002109-2021.json', 'ocds-h6vhtk-028f93');
    expect(o.noticeType).toBeNull();
    expect(o.title).toBe('Occupational Health Services');
    expect(o.value?.amount).toBe(5000000);
    expect(date(o, 'submissionDeadline')).toMatchObject({
      at: '2021-03-09T12:00:00+00:00',
      allDay: false,
    });
    expect(o.regions.length).toBeGreaterThan(0);
  });

  it('083468-2026: weights given only as numbers in the criteria descriptions (10, 10, 80)', () => {
    const o = byOcid('fts/members/083468-2026.json', 'ocds-h6vhtk-059c19');
    expect(o.lots[0]?.criteria.map((c) => [c.name, c.weight, c.weightFrom, c.derived])).toEqual([
      ['Value', 10, 'description', true],
      ['Social Value', 10, 'description', true],
      ['Technical', 80, 'description', true],
    ]);
  });
});

describe.runIf(hasCorpus)('real Contracts Finder notices', () => {
  it('a CF tender has one implicit lot with the tender value, period and suitability', () => {
    const [o] = opportunities(
      importPath('contracts-finder/releases/cf-a7a08d2f-tender-819859.json'),
    );
    expect(o?.source).toBe('contracts-finder');
    expect(o?.title).toBe('Website re-design, development and maintenance');
    expect(o?.lots).toHaveLength(1);
    expect(o?.lots[0]?.value).toEqual({ amount: 40000, amountGross: null, currency: 'GBP' });
    expect(o?.suitability).toEqual({ sme: true, vcse: false });
    expect(o && date(o, 'submissionDeadline')?.at).toBe('2025-02-10T12:00:00+00:00');
    expect(o && date(o, 'contractStart')?.at).toBe('2025-02-28T00:00:00+00:00');
    expect(o?.cpv.map((c) => c.code)).toContain('72413000');
  });

  it('two releases of one ocid in reverse file order: the newer by date wins and the change is logged', () => {
    const award = corpusJson('contracts-finder/releases/cf-56c3a2a3-award-819887.json');
    const update = corpusJson('contracts-finder/releases/cf-56c3a2a3-awardUpdate-819899.json');
    const result = importJson('pair.json', { releases: [update, award] });
    const [o] = opportunities(result);
    expect(opportunities(result)).toHaveLength(1);
    expect(o?.title).toBe('ROSA devices for Telecoms Security Act');
    expect(o?.changes).toContainEqual({
      field: 'title',
      label: 'Title',
      from: 'ROSA platform software subscription and maintenance',
      to: 'ROSA devices for Telecoms Security Act',
    });
  });
});

describe.runIf(hasCorpus)('OCDS shapes from the standard examples', () => {
  it('a release package of six releases of one ocid compiles to the implementation state', () => {
    const result = importPath('ocds-examples/sample-data-fictional-1.1/ocds-213czf-000-00001.json');
    expect(result.ok && result.format).toBe('release-package');
    const [o] = opportunities(result);
    expect(opportunities(result)).toHaveLength(1);
    expect(o?.ocid).toBe('ocds-213czf-000-00001');
    expect(o?.source).toBe('other');
    expect(o?.releaseIds).toHaveLength(6);
    expect(o?.stage).toBe('contract');
  });

  it('a tender then its amendment, in reverse order: the extended deadline wins and the move is logged', () => {
    const dir = 'ocds-examples/sample-data-fictional-1.1';
    const release = (file: string): unknown =>
      (corpusJson(`${dir}/${file}`) as { releases: unknown[] }).releases[0];
    const result = importJson('amended.json', {
      releases: [
        release('ocds-213czf-000-00001-03-tenderAmendment.json'),
        release('ocds-213czf-000-00001-02-tender.json'),
      ],
    });
    const [o] = opportunities(result);
    expect(o && date(o, 'submissionDeadline')?.at).toBe('2010-04-08T19:00:00+01:00');
    expect(o?.changes).toContainEqual({
      field: 'keyDates.submissionDeadline',
      label: 'Submission deadline',
      from: '1 Apr 2010, 19:00',
      to: '8 Apr 2010, 19:00',
    });
    expect(o?.amendments[0]?.rationale).toBe(
      'The tender period has been extended in accordance with council guidelines',
    );
  });

  it('a record package is read from its compiledRelease', () => {
    const path = 'ocds-examples/sample-data-fictional-1.1/record/ocds-213czf-000-00001.json';
    const record = (
      corpusJson(path) as { records: Array<{ compiledRelease: { tender: { title: string } } }> }
    ).records[0];
    const result = importPath(path);
    expect(result.ok && result.format).toBe('record-package');
    expect(opportunities(result)[0]?.title).toBe(record?.compiledRelease.tender.title);
  });

  it('a record package whose releases are only links, with no compiled release, is refused clearly', () => {
    const result = importJson('linked.json', {
      records: [
        {
          ocid: 'ocds-h6vhtk-000001',
          releases: [
            { url: 'https://example.org/r1.json', date: '2026-01-01T00:00:00Z', tag: ['tender'] },
          ],
        },
      ],
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('linked-releases-only');
  });
});
