/**
 * The outcome of a bid, from the award notices of an opportunity the user is bidding for: won or
 * not won, to whom, at what value, when. Outcomes are appended, never rewritten; what the user
 * recorded by hand is never replaced by an award notice.
 */
import { formatMoney } from '../notice/format';
import type { Award } from '../notice/model';
import type { BidOutcome, GoNoGoDecision, Organisation, OutcomeResult } from './model';
import { isYourOrganisation } from './organisation';
import { latestDecisions } from './scoring';

/** A lot as the workspace knows it: its record id and the notice's lot id. */
export interface OutcomeLot {
  id: string;
  lotKey: string;
}

/** What the user is bidding for: the notice's lot ids, or every lot. */
export interface BidScope {
  all: boolean;
  lotKeys: Set<string>;
}

/**
 * What the decisions in force say the user is bidding for, or null when for nothing. A lot's own
 * decision wins over the whole opportunity's (as `rollUp` counts them).
 */
export function biddingScope(
  lots: readonly OutcomeLot[],
  decisions: GoNoGoDecision[],
): BidScope | null {
  const { opportunity, byLot } = latestDecisions(decisions);
  if (lots.length === 0) {
    return opportunity?.outcome === 'bid' ? { all: true, lotKeys: new Set() } : null;
  }
  const bidding = lots.filter((lot) => (byLot.get(lot.id) ?? opportunity)?.outcome === 'bid');
  if (bidding.length === 0) return null;
  return { all: bidding.length === lots.length, lotKeys: new Set(bidding.map((l) => l.lotKey)) };
}

/** Whether an award is for something the user bid for (an award naming no lot is for all). */
function awardInScope(award: Award, scope: BidScope): boolean {
  if (scope.all || award.lotIds.length === 0) return true;
  return award.lotIds.some((key) => scope.lotKeys.has(key));
}

/** Statuses that award nothing: no outcome to record. */
const NOT_AN_AWARD = new Set(['cancelled', 'unsuccessful']);

export interface AwardOutcomeInput {
  opportunityId: string;
  awards: readonly Award[];
  lots: readonly OutcomeLot[];
  decisions: GoNoGoDecision[];
  /** Your organisation, or null before its name is set in Settings. */
  organisation: Organisation | null;
  /** The outcomes already recorded for the opportunity. */
  existing: readonly BidOutcome[];
  fileName: string;
  sourceFileId: string | null;
  at: string;
  user: string;
  newId: () => string;
}

/**
 * The outcomes an import of these awards adds: one per lot the user bid for that the awards are
 * for (or one for the whole opportunity). Several awards of one lot (a framework with several
 * suppliers) make one outcome: won when any of them names your organisation. Awards with no
 * supplier, or cancelled ones, are left out. Nothing is added when the same awards were recorded
 * with the same facts and result (a re-import), nor where the newest outcome for that lot (or
 * the whole opportunity) is one the user recorded (other than "submitted", which the award follows).
 */
export function awardOutcomes(input: AwardOutcomeInput): BidOutcome[] {
  const scope = biddingScope(input.lots, input.decisions);
  if (!scope) return [];
  const byLot = new Map<string | null, Award[]>();
  for (const award of input.awards) {
    if (award.suppliers.length === 0 || NOT_AN_AWARD.has(award.status ?? '')) continue;
    if (!awardInScope(award, scope)) continue;
    const lotId = awardLotId(award, input.lots);
    byLot.set(lotId, [...(byLot.get(lotId) ?? []), award]);
  }
  const added: BidOutcome[] = [];
  for (const [lotId, awards] of byLot) {
    const history = input.existing.filter((o) => o.lotId === lotId);
    const newest = inForce(history)[0];
    // "Submitted" waits for the award; any other result the user recorded stands.
    if (newest?.source === 'user' && newest.result !== 'submitted') continue;
    const outcome = { ...outcomeOf(awards, lotId, input), supersedes: newest?.id ?? null };
    const previous = inForce(
      history.filter((o) => o.source === 'award-notice' && o.awardId === outcome.awardId),
    )[0];
    if (previous && sameFacts(previous, outcome)) continue;
    added.push(outcome);
  }
  return added;
}

/** The lot an award is for, when it names exactly one lot of several. */
function awardLotId(award: Award, lots: readonly OutcomeLot[]): string | null {
  if (lots.length <= 1 || award.lotIds.length !== 1) return null;
  return lots.find((lot) => lot.lotKey === award.lotIds[0])?.id ?? null;
}

function outcomeOf(
  awards: readonly Award[],
  lotId: string | null,
  input: AwardOutcomeInput,
): BidOutcome {
  const { organisation } = input;
  let won: { award: Award; supplier: Award['suppliers'][number] } | null = null;
  for (const award of awards) {
    const supplier = organisation
      ? award.suppliers.find((s) => isYourOrganisation(s, organisation))
      : undefined;
    if (supplier) {
      won = { award, supplier };
      break;
    }
  }
  const result: OutcomeResult = !organisation ? 'unknown' : won ? 'won' : 'not-won';
  // The award that says it: yours when won, else the only one (several: no single value).
  const award = won?.award ?? (awards.length === 1 ? awards[0] : undefined);
  const first = awards[0] as Award;
  return {
    id: input.newId(),
    opportunityId: input.opportunityId,
    lotId,
    result,
    source: 'award-notice',
    awardId: awards.map((a) => a.id ?? '').join(' ') || null,
    // Several awards: "pending" while any is (the standstill still runs, the award may change).
    awardStatus:
      award?.status ?? (awards.some((a) => a.status === 'pending') ? 'pending' : first.status),
    awardedTo: (won ? [won.award] : awards).flatMap((a) =>
      a.suppliers.map((s) => ({ id: s.id, name: s.name })),
    ),
    value: award?.value ?? null,
    awardDate: (award ?? first).date,
    organisationName: organisation?.name ?? null,
    matchedSupplier: won?.supplier.name ?? null,
    fileName: input.fileName,
    sourceFileId: input.sourceFileId,
    notes: '',
    supersedes: null,
    createdAt: input.at,
    updatedAt: input.at,
    updatedBy: input.user,
  };
}

/**
 * An outcome the user records by hand for the whole opportunity ("submitted", "withdrawn"…):
 * who and when in its authorship, superseding the one in force (`supersedes`), no award facts.
 */
export function userOutcome(input: {
  id: string;
  opportunityId: string;
  result: OutcomeResult;
  supersedes: string | null;
  at: string;
  user: string;
}): BidOutcome {
  return {
    id: input.id,
    opportunityId: input.opportunityId,
    lotId: null,
    result: input.result,
    source: 'user',
    awardId: null,
    awardStatus: null,
    awardedTo: [],
    value: null,
    awardDate: null,
    organisationName: null,
    matchedSupplier: null,
    fileName: null,
    sourceFileId: null,
    notes: '',
    supersedes: input.supersedes,
    createdAt: input.at,
    updatedAt: input.at,
    updatedBy: input.user,
  };
}

function sameFacts(a: BidOutcome, b: BidOutcome): boolean {
  return (
    a.result === b.result &&
    a.awardStatus === b.awardStatus &&
    a.awardDate === b.awardDate &&
    JSON.stringify(a.awardedTo) === JSON.stringify(b.awardedTo) &&
    JSON.stringify(a.value) === JSON.stringify(b.value)
  );
}

/**
 * Outcomes newest first: the first is the one in force. An outcome comes before the one it
 * supersedes even when both were recorded in the same millisecond (or on machines whose clocks
 * disagree, once a team syncs).
 */
export function inForce(outcomes: readonly BidOutcome[]): BidOutcome[] {
  const superseded = new Set(outcomes.flatMap((o) => (o.supersedes ? [o.supersedes] : [])));
  return [...outcomes].sort(
    (a, b) =>
      Number(superseded.has(a.id)) - Number(superseded.has(b.id)) ||
      (a.supersedes === b.id ? -1 : b.supersedes === a.id ? 1 : 0) ||
      Date.parse(b.createdAt) - Date.parse(a.createdAt) ||
      (a.id < b.id ? 1 : -1),
  );
}

/** The outcome in force for each lot (and for the whole opportunity), newest first. */
export function outcomesInForce(outcomes: readonly BidOutcome[]): BidOutcome[] {
  const seen = new Set<string | null>();
  return inForce(outcomes).filter((o) => {
    if (seen.has(o.lotId)) return false;
    seen.add(o.lotId);
    return true;
  });
}

const RESULT_TEXT: Record<OutcomeResult, string> = {
  won: 'Won',
  'partly-won': 'Partly won',
  'not-won': 'Not won',
  submitted: 'Submitted',
  withdrawn: 'Withdrawn',
  'not-bid': 'Not bid',
  unknown: 'Awarded',
};

/** "Won", "Not won"…; "Awarded" when Bid Desk could not tell (no organisation name). */
export function outcomeResultText(result: OutcomeResult): string {
  return RESULT_TEXT[result];
}

/** "OpenView Security Solutions Limited", "A Ltd and B Ltd", "A, B and 2 others". */
export function suppliersText(outcome: Pick<BidOutcome, 'awardedTo'>): string {
  const names = outcome.awardedTo.map((s) => s.name);
  if (names.length <= 2) return names.join(' and ');
  if (names.length === 3) return `${names[0]}, ${names[1]} and ${names[2]}`;
  return `${names[0]}, ${names[1]} and ${names.length - 2} others`;
}

/**
 * The outcome in one line, as the pipeline shows it: "Won · £75,000", "Not won · Acme Ltd ·
 * £34,737", "Awarded to Acme Ltd · £34,737" (no organisation name: Bid Desk cannot tell), with
 * "intention to award" while the standstill runs (a `pending` award can still change).
 */
export function outcomeLine(outcome: BidOutcome): string {
  const value = formatMoney(outcome.value);
  const who = suppliersText(outcome);
  const parts =
    outcome.result === 'won'
      ? [RESULT_TEXT.won]
      : outcome.result === 'unknown'
        ? [`Awarded to ${who}`]
        : [RESULT_TEXT[outcome.result], ...(who ? [who] : [])];
  if (value) parts.push(value);
  if (outcome.awardStatus === 'pending') parts.push('intention to award');
  return parts.join(' · ');
}
