/**
 * The go/no-go matrix: hard gates first, then weighted factors normalised to 100, then the
 * organisation's thresholds. Pure: the decisions and settings come in, the assessment goes out.
 */
import type {
  DecisionSettings,
  FactorDefinition,
  FactorScore,
  GateAnswer,
  GateDefinition,
  GoNoGoDecision,
  Recommendation,
} from './model';
import { midSentence } from '../words/mid-sentence';

export interface Assessment {
  /** 0–100 over the factors scored so far (1 dp), or null when none is. */
  score: number | null;
  recommendation: Recommendation;
  failedGates: GateDefinition[];
  unansweredGates: GateDefinition[];
  /** Factors with a weight above 0 that have no score yet. */
  unscoredFactors: FactorDefinition[];
  /** Why, in full sentences, most important first. */
  reasons: string[];
}

const MAX_FACTOR_SCORE = 5;

function listOf(labels: string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/**
 * Assess a decision against the organisation's matrix. Any failed gate means "no bid", whatever
 * the score; an unanswered gate or unscored factor caps the recommendation at "review".
 */
export function assessDecision(
  gates: GateAnswer[],
  factors: FactorScore[],
  settings: DecisionSettings,
): Assessment {
  const failedGates: GateDefinition[] = [];
  const unansweredGates: GateDefinition[] = [];
  for (const gate of settings.gates) {
    const passed = gates.find((g) => g.gateId === gate.id)?.passed ?? null;
    if (passed === false) failedGates.push(gate);
    else if (passed === null) unansweredGates.push(gate);
  }

  const unscoredFactors: FactorDefinition[] = [];
  let points = 0;
  let possible = 0;
  for (const factor of settings.factors) {
    if (!(factor.weight > 0)) continue;
    const score = factors.find((f) => f.factorId === factor.id)?.score ?? null;
    if (score === null) {
      unscoredFactors.push(factor);
      continue;
    }
    points += factor.weight * score;
    possible += factor.weight * MAX_FACTOR_SCORE;
  }
  const score = possible > 0 ? Math.round((points / possible) * 1000) / 10 : null;

  const reasons: string[] = failedGates.map(
    (g) => `Gate not passed: ${g.label} — a failed gate means no bid, whatever the score.`,
  );
  // After a failed gate the answer is no bid already: the others need no answer to decide.
  if (unansweredGates.length > 0 && failedGates.length === 0) {
    const labels = listOf(unansweredGates.map((g) => midSentence(g.label)));
    reasons.push(
      `${unansweredGates.length === 1 ? 'A gate is' : 'Some gates are'} not answered yet (${labels}): answer every gate before deciding.`,
    );
  }
  if (unscoredFactors.length > 0) {
    const labels = listOf(unscoredFactors.map((f) => midSentence(f.label)));
    reasons.push(`Not scored yet: ${labels}. The score counts only the factors scored so far.`);
  }

  const { bid, review } = settings.thresholds;
  let byScore: Recommendation;
  if (score === null) {
    byScore = 'review';
    reasons.push('No factor has been scored, so there is no score yet.');
  } else if (score >= bid) {
    byScore = 'bid';
    reasons.push(`The score of ${score} is at or above the bid threshold of ${bid}.`);
  } else if (score >= review) {
    byScore = 'review';
    reasons.push(
      `The score of ${score} is below the bid threshold of ${bid} but at or above the review threshold of ${review}: look closer before deciding.`,
    );
  } else {
    byScore = 'no-bid';
    reasons.push(`The score of ${score} is below the review threshold of ${review}.`);
  }

  let recommendation: Recommendation = byScore;
  if (failedGates.length > 0) recommendation = 'no-bid';
  else if (byScore === 'bid' && (unansweredGates.length > 0 || unscoredFactors.length > 0)) {
    recommendation = 'review';
    reasons.push('The assessment is not complete, so the recommendation is review, not bid.');
  }
  return { score, recommendation, failedGates, unansweredGates, unscoredFactors, reasons };
}

function compareDecisions(a: GoNoGoDecision, b: GoNoGoDecision): number {
  if (a.decidedOn !== b.decidedOn) return a.decidedOn < b.decidedOn ? -1 : 1;
  const ta = Date.parse(a.createdAt);
  const tb = Date.parse(b.createdAt);
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta - tb;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

/** The decision in force for the whole opportunity and for each lot: latest by decidedOn, then createdAt. */
export function latestDecisions(decisions: GoNoGoDecision[]): {
  opportunity: GoNoGoDecision | null;
  byLot: Map<string, GoNoGoDecision>;
} {
  let opportunity: GoNoGoDecision | null = null;
  const byLot = new Map<string, GoNoGoDecision>();
  for (const d of decisions) {
    if (d.lotId === null) {
      if (!opportunity || compareDecisions(d, opportunity) > 0) opportunity = d;
    } else {
      const current = byLot.get(d.lotId);
      if (!current || compareDecisions(d, current) > 0) byLot.set(d.lotId, d);
    }
  }
  return { opportunity, byLot };
}

export interface RollUp {
  bidding: number;
  notBidding: number;
  undecided: number;
  total: number;
  /** "Bidding for 2 of 3 lots", "Bidding", "Not bidding", "No decision yet"… */
  text: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function rollUpText(bidding: number, notBidding: number, undecided: number, total: number): string {
  if (total <= 1) {
    if (bidding === 1) return 'Bidding';
    if (notBidding === 1) return 'Not bidding';
    return 'No decision yet';
  }
  if (undecided === total) return 'No decision yet';
  if (notBidding === total) return 'Not bidding';
  const tail = undecided > 0 ? `; ${undecided} undecided` : '';
  if (bidding === total) return `Bidding for all ${total} lots`;
  if (bidding > 0) return `Bidding for ${bidding} of ${plural(total, 'lot')}${tail}`;
  return `Not bidding for ${notBidding} of ${plural(total, 'lot')}${tail}`;
}

/**
 * Per-lot decisions rolled up to the opportunity. A whole-opportunity decision applies to every
 * lot without its own. An opportunity without lots counts as one.
 */
export function rollUp(lotIds: string[], decisions: GoNoGoDecision[]): RollUp {
  const { opportunity, byLot } = latestDecisions(decisions);
  const outcomes =
    lotIds.length === 0
      ? [opportunity?.outcome ?? 'undecided']
      : lotIds.map((id) => (byLot.get(id) ?? opportunity)?.outcome ?? 'undecided');
  const bidding = outcomes.filter((o) => o === 'bid').length;
  const notBidding = outcomes.filter((o) => o === 'no-bid').length;
  const total = outcomes.length;
  const undecided = total - bidding - notBidding;
  return {
    bidding,
    notBidding,
    undecided,
    total,
    text: rollUpText(bidding, notBidding, undecided, total),
  };
}

/** True when the notice changed (a re-import's importedAt) after the decision was recorded. */
export function decisionNeedsReview(decision: GoNoGoDecision, noticeChangedAt: string[]): boolean {
  const recorded = Date.parse(decision.createdAt);
  if (Number.isNaN(recorded)) return noticeChangedAt.length > 0;
  return noticeChangedAt.some((at) => Date.parse(at) > recorded);
}
