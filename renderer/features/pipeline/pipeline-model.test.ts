/**
 * The pipeline's arithmetic on real stored records: the seeds imported by the engine and saved
 * through the store, then filtered, sorted and dated as the list shows them.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusBytes, SEEDS, seedBytes } from '../../../test/corpus';
import { importNoticeFile } from '../../../shared/import/engine';
import { listOpportunities, openDatabase, saveImport, type OpportunityRecord } from '../../db';
import { countdown } from '../../../shared/calendar';
import {
  deadlineState,
  filterPipeline,
  NO_FILTERS,
  nextKeyDate,
  overdueNotice,
  sortPipeline,
} from './pipeline-model';

async function seededRecords(): Promise<OpportunityRecord[]> {
  const db = await openDatabase({
    name: 'pipeline-model',
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  for (const name of [
    SEEDS.westMidlands,
    SEEDS.cleveland,
    SEEDS.staffordshireHateCrime,
    SEEDS.staffordshireStalking,
  ]) {
    const result = importNoticeFile({ name, bytes: seedBytes(name) });
    if (!result.ok) throw new Error(result.error.message);
    await saveImport(
      db,
      {
        fileName: name,
        format: result.format,
        sourceText: null,
        size: 1,
        opportunities: result.opportunities,
      },
      { now: new Date('2026-07-01T09:00:00Z'), user: 'test' },
    );
  }
  return listOpportunities(db);
}

const byTitle = (records: OpportunityRecord[], start: string): OpportunityRecord =>
  records.find((r) => r.title.startsWith(start)) as OpportunityRecord;

describe('pipeline model on the seeds', async () => {
  const records = await seededRecords();
  const stalking = byTitle(records, 'Provision of a Stalking Service');
  const westMidlands = byTitle(records, 'West Midlands First Contact');
  const cleveland = byTitle(records, 'Victim Support & Restorative Practice');

  it('20 April 2026: the stalking tender is open, next date the clarification deadline', () => {
    const now = new Date('2026-04-20T09:00:00+01:00');
    expect(deadlineState(stalking, now)).toBe('open');
    expect(nextKeyDate(stalking, now)).toMatchObject({
      kind: 'clarificationDeadline',
      at: '2026-04-28T12:00:00+01:00',
    });
    expect(countdown('2026-04-28T12:00:00+01:00', false, now)).toBe('in 8 days');
  });

  it('1 May 2026: closing within a week; 6 May 13:00: closed', () => {
    expect(deadlineState(stalking, new Date('2026-05-01T09:00:00+01:00'))).toBe('closing');
    expect(nextKeyDate(stalking, new Date('2026-05-01T09:00:00+01:00'))?.kind).toBe(
      'submissionDeadline',
    );
    expect(deadlineState(stalking, new Date('2026-05-06T13:00:00+01:00'))).toBe('closed');
  });

  it('a day-level deadline is still open during its day', () => {
    // West Midlands: submission deadline 1 Jul 2026, end of day.
    expect(deadlineState(westMidlands, new Date('2026-07-01T20:00:00+01:00'))).toBe('closing');
    expect(deadlineState(westMidlands, new Date('2026-07-02T00:30:00+01:00'))).toBe('closed');
  });

  it('a promised next notice that has not come is overdue (Cleveland: by 1 Sep 2026)', () => {
    expect(overdueNotice(cleveland, new Date('2026-08-31T12:00:00+01:00'))).toBeNull();
    expect(overdueNotice(cleveland, new Date('2026-11-22T12:00:00Z'))?.at).toBe(
      '2026-09-01T23:59:59+01:00',
    );
  });

  it('filters by stage, buyer, suitability, deadline window and words of the search', () => {
    const now = new Date('2026-04-20T09:00:00+01:00');
    const titles = (list: OpportunityRecord[]) => list.map((r) => r.title.slice(0, 20)).sort();
    expect(titles(filterPipeline(records, { ...NO_FILTERS, stage: 'engagement' }, now))).toEqual([
      'The Provision of a H',
      'Victim Support & Res',
    ]);
    expect(filterPipeline(records, { ...NO_FILTERS, buyer: stalking.buyerName }, now)).toHaveLength(
      2,
    );
    expect(filterPipeline(records, { ...NO_FILTERS, window: '30' }, now).map((r) => r.id)).toEqual([
      stalking.id,
    ]);
    expect(filterPipeline(records, { ...NO_FILTERS, window: 'none' }, now)).toHaveLength(2);
    expect(
      filterPipeline(records, { ...NO_FILTERS, search: 'stoke STALKING' }, now).map((r) => r.id),
    ).toEqual([stalking.id]);
    expect(
      filterPipeline(records, { ...NO_FILTERS, search: '75200000' }, now).length,
    ).toBeGreaterThanOrEqual(2);
    expect(filterPipeline(records, { ...NO_FILTERS, suitability: 'vcse' }, now)).toHaveLength(4);
  });

  it('sorts by next key date (soonest first, nothing-ahead last) and by value (highest first)', () => {
    const now = new Date('2026-04-20T09:00:00+01:00');
    expect(sortPipeline(records, 'next', now).map((r) => r.title.slice(0, 12))).toEqual([
      'Provision of', // 28 Apr clarification
      'West Midland', // 14 May engagement 4pm
      'Victim Suppo', // 8 Jun engagement
      'The Provisio', // 14 Jul sign-up
    ]);
    expect(sortPipeline(records, 'value', now).map((r) => r.valueAmount)).toEqual([
      1530000,
      1265000,
      null,
      null,
    ]);
  });
});

describe('countdown words', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  it.each([
    ['2026-11-22T23:59:59Z', true, 'today'],
    ['2026-11-22T15:00:00Z', false, 'today, in 5 hours'],
    ['2026-11-23T12:00:00Z', false, 'tomorrow'],
    ['2026-11-21T12:00:00Z', false, 'yesterday'],
    ['2026-12-02T12:00:00Z', false, 'in 10 days'],
    ['2027-04-01T00:00:00+01:00', true, 'in 4 months'],
    ['2031-03-31T23:59:59+01:00', true, 'in 4 years'],
    ['2026-05-06T12:00:00+01:00', false, '6 months ago'],
  ])('%s → %s', (at, allDay, words) => {
    expect(countdown(at, allDay, now)).toBe(words);
  });
});

describe('countdown to a deadline at midnight (Carbine Magnifiers, 00:00 on 27 June 2026)', () => {
  const deadline = '2026-06-27T00:00:00+01:00';
  it.each([
    // All of Friday 26 June is the deadline's last day: never "tomorrow".
    ['2026-06-26T15:00:00+01:00', 'today, in 9 hours'],
    ['2026-06-26T00:30:00+01:00', 'today, in 24 hours'],
    ['2026-06-25T15:00:00+01:00', 'tomorrow'],
    ['2026-06-27T10:00:00+01:00', 'yesterday'],
  ])('at %s → %s', (now, words) => {
    expect(countdown(deadline, false, new Date(now))).toBe(words);
  });
  it('is closing from a week before Friday 26 June, and closed from midnight', () => {
    const record = {
      keyDates: [{ kind: 'submissionDeadline', at: deadline, allDay: false, lotId: null }],
    } as OpportunityRecord;
    expect(deadlineState(record, new Date('2026-06-18T09:00:00+01:00'))).toBe('open');
    expect(deadlineState(record, new Date('2026-06-19T09:00:00+01:00'))).toBe('closing');
    const week = { ...NO_FILTERS, window: '7' as const };
    expect(filterPipeline([record], week, new Date('2026-06-19T09:00:00+01:00'))).toEqual([record]);
    expect(deadlineState(record, new Date('2026-06-26T23:59:00+01:00'))).toBe('closing');
    expect(deadlineState(record, new Date('2026-06-27T00:00:01+01:00'))).toBe('closed');
  });
});

describe('next key date around UK midnights', () => {
  const record = (at: string, allDay: boolean): OpportunityRecord =>
    ({ keyDates: [{ kind: 'submissionDeadline', at, allDay, lotId: null }] }) as OpportunityRecord;
  // The rule itself, without the shortcut that skips the UK calendar for far-off dates.
  const current = (at: string, allDay: boolean, now: Date): boolean =>
    allDay
      ? new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(at)) >=
        new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now)
      : Date.parse(at) >= now.getTime();
  const dates = [
    ['2026-03-28T00:00:00+00:00', true], // the day before the clocks go forward
    ['2026-03-29T23:59:59+01:00', true],
    ['2026-06-10T00:00:00+01:00', true],
    ['2026-06-10T23:59:59+01:00', true],
    ['2026-06-10T12:00:00+01:00', false],
    ['2026-10-25T00:00:00+01:00', true], // the clocks go back that night
    ['2026-10-25T23:59:59Z', true],
    ['2026-12-31T23:59:59Z', true],
  ] as const;

  it('keeps a day-level date for the whole of its UK day, and no longer', () => {
    for (const [at, allDay] of dates) {
      const base = Date.parse(at);
      for (let hours = -60; hours <= 60; hours++) {
        const now = new Date(base + hours * 3_600_000 + 1000);
        const expected = current(at, allDay, now) ? at : null;
        expect(
          nextKeyDate(record(at, allDay), now)?.at ?? null,
          `${at} at ${now.toISOString()}`,
        ).toBe(expected);
      }
    }
  });
});

describe.runIf(corpusAvailable('pipeline award dates'))('an award notice in the pipeline', () => {
  it('shows the stated end of the standstill as the next date a bidder acts on', async () => {
    // FTS 029664-2025 (Defra UK6): award decision 3 June 2025, standstill ends 12 June.
    const db = await openDatabase({ name: 'award-row', indexedDB: new IDBFactory(), IDBKeyRange });
    const path = 'fts/members/029664-2025.json';
    const result = importNoticeFile({ name: path, bytes: corpusBytes(path) });
    if (!result.ok) throw new Error(result.error.message);
    const input = { fileName: path, format: result.format, sourceText: null, size: 1 };
    await saveImport(
      db,
      { ...input, opportunities: result.opportunities },
      {
        now: new Date('2025-06-05T09:00:00Z'),
        user: 'test',
      },
    );
    const [record] = await listOpportunities(db);
    if (!record) throw new Error('the award is stored');
    expect(nextKeyDate(record, new Date('2025-06-05T09:00:00Z'))).toMatchObject({
      kind: 'standstillEnd',
      at: '2025-06-12T23:59:59+01:00',
    });
  });
});
