/**
 * Whether a bid is still live, or has ended and why. Bids end: the deadline passes without a
 * submission, the team submits, withdraws or decides not to bid, the buyer cancels or awards. An
 * ended bid's open items (checklist, deadlines, sign-ups, events) leave the views across every
 * bid (This week, the calendar, clash warnings, "Export all"); they stay on its own pages.
 */
import type { KeyDateKind } from '../notice/model';
import { dayOf, ukToday } from '../calendar/days';
import { latestDecisions } from './scoring';
import { outcomesInForce } from './outcome';
import type { BidOutcome, DecisionOutcome, GoNoGoDecision, OutcomeResult } from './model';

/** Why a bid ended, in order of precedence. */
export type BidEnd = 'withdrawn' | 'no-bid' | 'awarded' | 'submitted' | 'cancelled' | 'closed';

export interface BidStatus {
  /** Null while the bid is live. */
  ended: BidEnd | null;
  /**
   * When it ended, where that is known: the last submission deadline (`closed`), the day of the
   * decision (`no-bid`) or when the outcome was recorded; null otherwise.
   */
  since: { at: string; allDay: boolean } | null;
  /** The go/no-go decision in force for the whole opportunity, and for each lot (record id). */
  whole: DecisionOutcome | null;
  lots: ReadonlyMap<string, DecisionOutcome>;
  /** Lots (record ids) whose own outcome ended them (withdrawn from, not bid, awarded). */
  endedLots: ReadonlySet<string>;
}

/** What `bidStatus` reads: the opportunity's stage and dates, and the user's records about it. */
export interface BidStatusInput {
  stage: string;
  keyDates: ReadonlyArray<{ kind: KeyDateKind; at: string; allDay: boolean }>;
  decisions: readonly GoNoGoDecision[];
  outcomes: readonly BidOutcome[];
}

const OUTCOME_ENDS: Record<OutcomeResult, BidEnd> = {
  withdrawn: 'withdrawn',
  'not-bid': 'no-bid',
  submitted: 'submitted',
  won: 'awarded',
  'partly-won': 'awarded',
  'not-won': 'awarded',
  unknown: 'awarded',
};

/**
 * Whether the bid is live at `now`, or ended and why. The latest record counts: the outcome in
 * force for the whole opportunity (submitted, withdrawn, not bid, or an award; one the user
 * recorded gives way to a go/no-go decision recorded after it), then the go/no-go decisions in
 * force (ended when every one says "no bid"), then a cancelled notice, then the clock (closed:
 * every submission deadline has passed with nothing submitted).
 */
export function bidStatus(input: BidStatusInput, now: Date): BidStatus {
  const { opportunity, byLot } = latestDecisions([...input.decisions]);
  const whole = opportunity?.outcome ?? null;
  const lots = new Map([...byLot].map(([id, d]) => [id, d.outcome]));
  const outcomes = outcomesInForce(input.outcomes);
  const endedLots = new Set(
    outcomes.flatMap((o) => (o.lotId !== null && o.result !== 'submitted' ? [o.lotId] : [])),
  );
  const status = (ended: BidEnd | null, since: BidStatus['since'] = null): BidStatus => ({
    ended,
    since,
    whole,
    lots,
    endedLots,
  });

  // Every decision in force, for the whole and for each lot decided on its own.
  const inForce = [...(opportunity ? [opportunity] : []), ...byLot.values()];
  const outcome = outcomes.find((o) => o.lotId === null);
  // What the user recorded by hand gives way to a decision recorded after it: withdrawing (or
  // marking submitted) by mistake is undone by deciding again. An award is not.
  const decidedSince =
    outcome?.source === 'user' &&
    inForce.some((d) => Date.parse(d.createdAt) > Date.parse(outcome.createdAt));
  if (outcome && !decidedSince) {
    return status(OUTCOME_ENDS[outcome.result], { at: outcome.createdAt, allDay: false });
  }

  if (inForce.length > 0 && inForce.every((d) => d.outcome === 'no-bid')) {
    const day =
      inForce
        .map((d) => d.decidedOn)
        .sort()
        .at(-1) ?? null;
    return status('no-bid', day ? { at: day, allDay: true } : null);
  }

  if (input.stage === 'cancelled') return status('cancelled');

  const deadlines = input.keyDates.filter((d) => d.kind === 'submissionDeadline');
  if (deadlines.length > 0 && deadlines.every((d) => passed(d, now))) {
    const last = deadlines.reduce((a, b) => (Date.parse(b.at) > Date.parse(a.at) ? b : a));
    return status('closed', { at: last.at, allDay: last.allDay });
  }
  return status(null);
}

/** A deadline given as a day is met until that day ends; one with a time, until that moment. */
function passed(date: { at: string; allDay: boolean }, now: Date): boolean {
  return date.allDay ? dayOf(date.at) < ukToday(now) : Date.parse(date.at) <= now.getTime();
}

/**
 * Whether an open item of this bid belongs in the views across every bid: the bid is live and,
 * for an item of one lot (its record id), that lot is not one the team decided not to bid for.
 */
export function isLive(status: BidStatus, lotId: string | null = null): boolean {
  if (status.ended !== null) return false;
  if (lotId === null) return true;
  if (status.endedLots.has(lotId)) return false;
  return (status.lots.get(lotId) ?? status.whole) !== 'no-bid';
}
