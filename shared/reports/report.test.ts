import { describe, expect, it } from 'vitest';
import { buildReport, type ReportBid } from './report';

function bid(id: string, fields: Partial<ReportBid>): ReportBid {
  return {
    opportunityId: id,
    title: `Bid ${id}`,
    kind: 'tender',
    buyer: 'Police and Crime Commissioner',
    stage: 'Open tender',
    value: null,
    deadline: null,
    submittedAt: null,
    outcome: null,
    ...fields,
  };
}

const year = { from: '2026-04-01', to: '2027-03-31' };
const now = new Date('2026-12-08T10:00:00Z');

describe('buildReport', () => {
  const bids = [
    bid('a', {
      kind: 'grant',
      buyer: 'Lottery',
      value: 10_000,
      submittedAt: '2026-05-01T10:00:00+01:00',
      outcome: { result: 'won', at: '2026-07-01T00:00:00+01:00', amount: 9_500 },
    }),
    bid('b', {
      kind: 'grant',
      buyer: 'Lottery',
      value: 20_000,
      submittedAt: '2026-06-01T10:00:00+01:00',
      outcome: { result: 'not-won', at: '2026-08-01T00:00:00+01:00', amount: null },
    }),
    bid('c', {
      value: 120_000,
      submittedAt: '2026-09-01T10:00:00+01:00',
      outcome: { result: 'partly-won', at: '2026-11-01T00:00:00+00:00', amount: 40_465.2 },
    }),
    bid('d', {
      value: 50_000,
      outcome: { result: 'withdrawn', at: '2026-10-01T00:00:00+01:00', amount: null },
    }),
    // Decided before the period: not counted in it.
    bid('e', {
      kind: 'grant',
      buyer: 'Lottery',
      value: 5_000,
      outcome: { result: 'won', at: '2026-02-01T00:00:00+00:00', amount: 5_000 },
    }),
    bid('f', { stage: 'Pipeline notice', value: 300_000, deadline: '2027-01-15T12:00:00+00:00' }),
    bid('g', { stage: 'Open tender', deadline: '2026-12-20T12:00:00+00:00' }),
    bid('h', { stage: 'Open tender', value: 1_000, deadline: '2026-11-20T12:00:00+00:00' }),
  ];
  const report = buildReport(bids, year, now, 100_000);

  it('counts submitted, won and lost in the period, with the amounts awarded', () => {
    expect(report.submitted).toEqual({ count: 3, value: 150_000, unvalued: 0 });
    expect(report.won).toEqual({ count: 2, value: 49_965.2, unvalued: 0 });
    expect(report.lost).toEqual({ count: 1, value: 20_000, unvalued: 0 });
  });

  it('win rates by kind and by buyer leave out withdrawn bids and other periods', () => {
    expect(report.winRateByKind).toEqual([
      { name: 'grant', won: 1, decided: 2, rate: 0.5 },
      { name: 'tender', won: 1, decided: 1, rate: 1 },
    ]);
    expect(report.winRateByBuyer.map((r) => [r.name, r.won, r.decided])).toEqual([
      ['Lottery', 1, 2],
      ['Police and Crime Commissioner', 1, 1],
    ]);
  });

  it('money secured against the target', () => {
    expect(report.secured.amount).toBe(49_965.2);
    expect(report.secured.share).toBeCloseTo(0.4997, 4);
    expect(buildReport(bids, year, now, null).secured.share).toBeNull();
  });

  it('the pipeline by stage holds live bids only, saying how many have no value', () => {
    expect(report.byStage).toEqual([
      { stage: 'Pipeline notice', count: 1, value: 300_000, unvalued: 0 },
      { stage: 'Open tender', count: 2, value: 1_000, unvalued: 1 },
    ]);
  });

  it('upcoming deadlines from now on, soonest first', () => {
    expect(report.upcoming.map((b) => b.opportunityId)).toEqual(['g', 'f']);
  });

  it('an empty pipeline reports zeros and no rates', () => {
    const empty = buildReport([], year, now, 50_000);
    expect(empty.won).toEqual({ count: 0, value: 0, unvalued: 0 });
    expect(empty.winRateByKind).toEqual([]);
    expect(empty.secured).toEqual({ amount: 0, target: 50_000, share: 0 });
  });
});
