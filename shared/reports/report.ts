/**
 * The figures of the trustees' report: pipeline value by stage, bids submitted, won and lost in
 * a period (count and value), win rate by kind and by buyer or funder, money secured against a
 * target, and the deadlines coming up. Pure sums over one row per bid; the screens and the PDF
 * and CSV exports only lay them out.
 */
import { dayOf } from '../calendar/days';
import { instantMs } from '../calendar/instants';
import type { Instant } from '../notice/model';
import type { OutcomeResult } from '../workspace/model';

/** One bid as the report counts it (an opportunity, or a lot bid for on its own). */
export interface ReportBid {
  opportunityId: string;
  title: string;
  /** Tender, grant, quote, framework call-off, other. */
  kind: string;
  /** The buyer or funder. */
  buyer: string;
  /** The stage the pipeline shows. */
  stage: string;
  /** What the bid is worth if won (the notice's value or the amount requested); null: unknown. */
  value: number | null;
  deadline: Instant | null;
  /** When it was submitted, if it was. */
  submittedAt: Instant | null;
  /** The outcome in force, if any: its result, when it was known and the amount awarded. */
  outcome: { result: OutcomeResult; at: Instant; amount: number | null } | null;
}

/** A UK-day period, both ends included (`yyyy-MM-dd`). */
export interface ReportPeriod {
  from: string;
  to: string;
}

export interface CountAndValue {
  count: number;
  /** The sum of the values known; `unvalued` counts those without one. */
  value: number;
  unvalued: number;
}

export interface WinRate {
  /** What the rate is of: a kind or a buyer. */
  name: string;
  won: number;
  decided: number;
  /** won / decided, 0..1; null when nothing was decided. */
  rate: number | null;
}

export interface Report {
  byStage: (CountAndValue & { stage: string })[];
  submitted: CountAndValue;
  won: CountAndValue;
  lost: CountAndValue;
  winRateByKind: WinRate[];
  winRateByBuyer: WinRate[];
  secured: { amount: number; target: number | null; share: number | null };
  upcoming: ReportBid[];
}

/** Results that count as won, and as decided (withdrawn and not bid are neither). */
const WON: ReadonlySet<OutcomeResult> = new Set(['won', 'partly-won']);
const DECIDED: ReadonlySet<OutcomeResult> = new Set(['won', 'partly-won', 'not-won']);
/** Results after which a bid is no longer in the pipeline. */
const ENDED: ReadonlySet<OutcomeResult> = new Set([
  'won',
  'partly-won',
  'not-won',
  'withdrawn',
  'not-bid',
]);

function inPeriod(at: Instant | null, period: ReportPeriod): boolean {
  if (!at) return false;
  const day = dayOf(at);
  return day >= period.from && day <= period.to;
}

function tally(bids: readonly ReportBid[], amount: (b: ReportBid) => number | null): CountAndValue {
  let value = 0;
  let unvalued = 0;
  for (const bid of bids) {
    const v = amount(bid);
    if (v === null) unvalued++;
    else value += v;
  }
  return { count: bids.length, value: Math.round(value * 100) / 100, unvalued };
}

function winRates(bids: readonly ReportBid[], nameOf: (b: ReportBid) => string): WinRate[] {
  const groups = new Map<string, { won: number; decided: number }>();
  for (const bid of bids) {
    if (!bid.outcome || !DECIDED.has(bid.outcome.result)) continue;
    const name = nameOf(bid);
    const group = groups.get(name) ?? { won: 0, decided: 0 };
    group.decided++;
    if (WON.has(bid.outcome.result)) group.won++;
    groups.set(name, group);
  }
  return [...groups.entries()]
    .map(([name, g]) => ({ name, ...g, rate: g.decided ? g.won / g.decided : null }))
    .sort((a, b) => b.decided - a.decided || a.name.localeCompare(b.name));
}

/**
 * The report over `bids` for `period`. Submitted, won, lost, win rates and money secured count
 * the bids whose submission or outcome falls in the period; the pipeline by stage and the
 * upcoming deadlines are as of `now` (live bids only, deadlines from now on, soonest first).
 */
export function buildReport(
  bids: readonly ReportBid[],
  period: ReportPeriod,
  now: Date,
  target: number | null,
  upcomingCount = 10,
): Report {
  const live = bids.filter((b) => !b.outcome || !ENDED.has(b.outcome.result));
  const stages = new Map<string, ReportBid[]>();
  for (const bid of live) stages.set(bid.stage, [...(stages.get(bid.stage) ?? []), bid]);
  const decidedInPeriod = bids.filter(
    (b) => b.outcome && DECIDED.has(b.outcome.result) && inPeriod(b.outcome.at, period),
  );
  const won = decidedInPeriod.filter((b) => b.outcome && WON.has(b.outcome.result));
  const lost = decidedInPeriod.filter((b) => b.outcome?.result === 'not-won');
  const secured = tally(won, (b) => b.outcome?.amount ?? b.value);
  return {
    byStage: [...stages.entries()].map(([stage, group]) => ({
      stage,
      ...tally(group, (b) => b.value),
    })),
    submitted: tally(
      bids.filter((b) => inPeriod(b.submittedAt, period)),
      (b) => b.value,
    ),
    won: secured,
    lost: tally(lost, (b) => b.value),
    winRateByKind: winRates(decidedInPeriod, (b) => b.kind),
    winRateByBuyer: winRates(decidedInPeriod, (b) => b.buyer),
    secured: {
      amount: secured.value,
      target,
      share: target && target > 0 ? secured.value / target : null,
    },
    upcoming: live
      .filter((b) => b.deadline && instantMs(b.deadline) >= now.getTime())
      .sort((a, b) => instantMs(a.deadline ?? '') - instantMs(b.deadline ?? ''))
      .slice(0, upcomingCount),
  };
}
