import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GoNoGoDecision, DecisionSettings, type FactorScore, type GateAnswer } from './model';
import { assessDecision, decisionNeedsReview, latestDecisions, rollUp } from './scoring';
import { DEFAULT_DECISION_SETTINGS } from './settings';

const S = DEFAULT_DECISION_SETTINGS;

function gates(passed: Record<string, boolean | null> = {}): GateAnswer[] {
  return S.gates.map((g) => ({
    gateId: g.id,
    passed: g.id in passed ? (passed[g.id] ?? null) : true,
    note: '',
  }));
}

function factors(
  score: number | null,
  overrides: Record<string, number | null> = {},
): FactorScore[] {
  return S.factors.map((f) => ({
    factorId: f.id,
    score: f.id in overrides ? (overrides[f.id] ?? null) : score,
    note: '',
  }));
}

describe('default decision settings', () => {
  it('are valid, with the five gates and eight factors weighted to 100', () => {
    expect(() => DecisionSettings.parse(S)).not.toThrow();
    expect(S.gates.map((g) => g.id)).toEqual([
      'objects',
      'selection',
      'deadline',
      'conflict',
      'vcse',
    ]);
    expect(S.factors.map((f) => f.id)).toEqual([
      'mission',
      'geography',
      'evidence',
      'relationship',
      'competition',
      'finance',
      'capacity',
      'risk',
    ]);
    expect(S.factors.reduce((sum, f) => sum + f.weight, 0)).toBe(100);
    expect(S.thresholds).toEqual({ bid: 70, review: 50 });
    expect(S.gates.every((g) => g.help.length > 20)).toBe(true);
  });
});

describe('assessDecision', () => {
  it('normalises weighted 1–5 scores to 100', () => {
    expect(assessDecision(gates(), factors(5), S).score).toBe(100);
    expect(assessDecision(gates(), factors(1), S).score).toBe(20);
    // mission (20) at 5, everything else (80) at 3: (100 + 240) / 500 = 68
    const a = assessDecision(gates(), factors(3, { mission: 5 }), S);
    expect(a.score).toBe(68);
    expect(a.recommendation).toBe('review');
  });

  it('rounds to one decimal place', () => {
    const custom: DecisionSettings = {
      ...S,
      factors: [
        { id: 'a', label: 'A', help: '', weight: 1 },
        { id: 'b', label: 'B', help: '', weight: 2 },
      ],
    };
    // (1×4 + 2×3) / (3×5) = 10/15 = 66.666…
    const a = assessDecision(
      gates(),
      [
        { factorId: 'a', score: 4, note: '' },
        { factorId: 'b', score: 3, note: '' },
      ],
      custom,
    );
    expect(a.score).toBe(66.7);
  });

  it('recommends by the thresholds: bid at 70 and above, review from 50, no bid below', () => {
    const at = (score: number) => assessDecision(gates(), factors(score), S);
    expect(at(4).score).toBe(80);
    expect(at(4).recommendation).toBe('bid');
    expect(at(4).reasons).toEqual(['The score of 80 is at or above the bid threshold of 70.']);
    expect(at(3).score).toBe(60);
    expect(at(3).recommendation).toBe('review');
    expect(at(3).reasons[0]).toMatch(
      /below the bid threshold of 70 but at or above the review threshold of 50/,
    );
    expect(at(2).score).toBe(40);
    expect(at(2).recommendation).toBe('no-bid');
    expect(at(2).reasons).toEqual(['The score of 40 is below the review threshold of 50.']);
    // exactly on the threshold: 70 = 3.5 average, e.g. half the weight at 4 and half at 3
    const seventy = assessDecision(
      gates(),
      factors(3, { mission: 4, evidence: 4, finance: 4 }), // 50 weight at 4, 50 at 3
      S,
    );
    expect(seventy.score).toBe(70);
    expect(seventy.recommendation).toBe('bid');
  });

  it('uses the thresholds the organisation edited', () => {
    const strict = { ...S, thresholds: { bid: 85, review: 65 } };
    const a = assessDecision(gates(), factors(4), strict);
    expect(a.score).toBe(80);
    expect(a.recommendation).toBe('review');
    expect(a.reasons[0]).toContain('bid threshold of 85');
    expect(assessDecision(gates(), factors(3), strict).recommendation).toBe('no-bid');
    const lenient = { ...S, thresholds: { bid: 55, review: 30 } };
    expect(assessDecision(gates(), factors(3), lenient).recommendation).toBe('bid');
  });

  it('a failed gate means no bid whatever the score, and says which gate', () => {
    const a = assessDecision(gates({ conflict: false }), factors(5), S);
    expect(a.score).toBe(100);
    expect(a.recommendation).toBe('no-bid');
    expect(a.failedGates.map((g) => g.id)).toEqual(['conflict']);
    expect(a.reasons[0]).toBe(
      'Gate not passed: No conflict of interest — a failed gate means no bid, whatever the score.',
    );
  });

  it('names every failed gate', () => {
    const a = assessDecision(gates({ objects: false, vcse: false }), factors(4), S);
    expect(a.reasons.filter((r) => r.startsWith('Gate not passed'))).toEqual([
      'Gate not passed: Within our charitable objects — a failed gate means no bid, whatever the score.',
      'Gate not passed: Suitable for a VCSE organisation — a failed gate means no bid, whatever the score.',
    ]);
  });

  it('after a failed gate, does not ask for the other gates before deciding (it is no bid)', () => {
    const a = assessDecision(gates({ conflict: false, deadline: null }), factors(5), S);
    expect(a.recommendation).toBe('no-bid');
    expect(a.unansweredGates.map((g) => g.id)).toEqual(['deadline']);
    expect(a.reasons.join(' ')).not.toContain('answer every gate before deciding');
  });

  it('lists unanswered gates mid-sentence keeping their acronyms', () => {
    const a = assessDecision(gates({ vcse: null }), factors(5), S);
    expect(a.reasons).toContain(
      'A gate is not answered yet (suitable for a VCSE organisation): answer every gate before deciding.',
    );
  });

  it('an unanswered gate caps a high score at review, with a reason', () => {
    const a = assessDecision(gates({ deadline: null }), factors(5), S);
    expect(a.recommendation).toBe('review');
    expect(a.unansweredGates.map((g) => g.id)).toEqual(['deadline']);
    expect(a.reasons).toContain(
      'A gate is not answered yet (the deadline is achievable): answer every gate before deciding.',
    );
    expect(a.reasons.at(-1)).toBe(
      'The assessment is not complete, so the recommendation is review, not bid.',
    );
  });

  it('a gate with no answer at all counts as unanswered', () => {
    const a = assessDecision([], factors(5), S);
    expect(a.unansweredGates).toHaveLength(5);
    expect(a.recommendation).toBe('review');
  });

  it('scores only the factors scored so far, and says which are missing', () => {
    const a = assessDecision(gates(), factors(null, { mission: 5, finance: 4 }), S);
    // (20×5 + 15×4) / (35×5) = 160/175 = 91.43
    expect(a.score).toBe(91.4);
    expect(a.recommendation).toBe('review');
    expect(a.unscoredFactors.map((f) => f.id)).toEqual([
      'geography',
      'evidence',
      'relationship',
      'competition',
      'capacity',
      'risk',
    ]);
    expect(a.reasons[0]).toMatch(
      /^Not scored yet: geography, evidence and track record, .* and risk\. /,
    );
  });

  it('a low partial score still recommends no bid', () => {
    const a = assessDecision(gates(), factors(null, { mission: 1 }), S);
    expect(a.score).toBe(20);
    expect(a.recommendation).toBe('no-bid');
  });

  it('has no score when nothing is scored, and recommends a closer look', () => {
    const a = assessDecision(gates(), factors(null), S);
    expect(a.score).toBeNull();
    expect(a.recommendation).toBe('review');
    expect(a.reasons).toContain('No factor has been scored, so there is no score yet.');
  });

  it('ignores factors weighted 0, scored or not', () => {
    const zeroRisk = {
      ...S,
      factors: S.factors.map((f) => (f.id === 'risk' ? { ...f, weight: 0 } : f)),
    };
    const a = assessDecision(gates(), factors(4, { risk: null }), zeroRisk);
    expect(a.unscoredFactors).toEqual([]);
    expect(a.score).toBe(80);
    expect(a.recommendation).toBe('bid');
    const b = assessDecision(gates(), factors(4, { risk: 1 }), zeroRisk);
    expect(b.score).toBe(80);
  });

  it('reasons are full sentences', () => {
    const a = assessDecision(
      gates({ objects: false, deadline: null }),
      factors(null, { mission: 3 }),
      S,
    );
    for (const r of a.reasons) expect(r).toMatch(/^[A-Z].*\.$/);
  });
});

// ------------------------------------------------------------------ decisions

let clock = Date.parse('2026-04-10T09:00:00Z');
function decision(over: Partial<GoNoGoDecision>): GoNoGoDecision {
  clock += 60_000;
  const at = new Date(clock).toISOString();
  return GoNoGoDecision.parse({
    id: randomUUID(),
    opportunityId: 'opp-1',
    lotId: null,
    gates: gates(),
    factors: factors(4),
    settings: S,
    score: 80,
    recommendation: 'bid',
    outcome: 'bid',
    decidedBy: 'Priya Shah',
    decidedOn: '2026-04-10',
    rationale: 'Strong fit with our stalking advocacy service.',
    createdAt: at,
    updatedAt: at,
    updatedBy: 'Priya Shah',
    ...over,
  });
}

describe('latestDecisions', () => {
  it('picks the latest by decision day, then by when it was recorded', () => {
    const older = decision({ decidedOn: '2026-04-12', outcome: 'bid' });
    const laterDay = decision({ decidedOn: '2026-04-11', outcome: 'no-bid' }); // recorded later, decided earlier
    const lot1a = decision({ lotId: 'lot-1', decidedOn: '2026-04-12', outcome: 'no-bid' });
    const lot1b = decision({ lotId: 'lot-1', decidedOn: '2026-04-12', outcome: 'bid' });
    const { opportunity, byLot } = latestDecisions([lot1b, older, laterDay, lot1a]);
    expect(opportunity?.id).toBe(older.id);
    expect(byLot.get('lot-1')?.id).toBe(lot1b.id);
    expect(byLot.size).toBe(1);
  });

  it('is empty without decisions', () => {
    const { opportunity, byLot } = latestDecisions([]);
    expect(opportunity).toBeNull();
    expect(byLot.size).toBe(0);
  });
});

describe('rollUp', () => {
  const lots = ['lot-1', 'lot-2', 'lot-3'];

  it('single lot: Bidding, Not bidding, No decision yet', () => {
    expect(rollUp(['lot-1'], []).text).toBe('No decision yet');
    expect(rollUp(['lot-1'], [decision({ lotId: 'lot-1', outcome: 'bid' })])).toEqual({
      bidding: 1,
      notBidding: 0,
      undecided: 0,
      total: 1,
      text: 'Bidding',
    });
    expect(rollUp(['lot-1'], [decision({ lotId: 'lot-1', outcome: 'no-bid' })]).text).toBe(
      'Not bidding',
    );
    expect(rollUp(['lot-1'], [decision({ lotId: 'lot-1', outcome: 'undecided' })]).text).toBe(
      'No decision yet',
    );
  });

  it('three lots: counts each lot once, by its latest decision', () => {
    const r = rollUp(lots, [
      decision({ lotId: 'lot-1', outcome: 'bid' }),
      decision({ lotId: 'lot-2', outcome: 'bid' }),
      decision({ lotId: 'lot-3', outcome: 'bid' }),
      decision({ lotId: 'lot-3', outcome: 'no-bid', decidedOn: '2026-04-20' }),
    ]);
    expect(r).toEqual({
      bidding: 2,
      notBidding: 1,
      undecided: 0,
      total: 3,
      text: 'Bidding for 2 of 3 lots',
    });
  });

  it('three lots, partly decided', () => {
    const r = rollUp(lots, [decision({ lotId: 'lot-2', outcome: 'bid' })]);
    expect(r.text).toBe('Bidding for 1 of 3 lots; 2 undecided');
    expect(rollUp(lots, [decision({ lotId: 'lot-2', outcome: 'no-bid' })]).text).toBe(
      'Not bidding for 1 of 3 lots; 2 undecided',
    );
    expect(rollUp(lots, []).text).toBe('No decision yet');
  });

  it('a whole-opportunity decision applies to lots without their own', () => {
    const whole = decision({ lotId: null, outcome: 'bid' });
    expect(rollUp(lots, [whole]).text).toBe('Bidding for all 3 lots');
    const r = rollUp(lots, [whole, decision({ lotId: 'lot-3', outcome: 'no-bid' })]);
    expect(r).toMatchObject({ bidding: 2, notBidding: 1, undecided: 0 });
    expect(r.text).toBe('Bidding for 2 of 3 lots');
    expect(rollUp(lots, [decision({ outcome: 'no-bid' })]).text).toBe('Not bidding');
  });

  it('an opportunity without lots rolls up its own decision', () => {
    expect(rollUp([], [decision({ outcome: 'bid' })]).text).toBe('Bidding');
    expect(rollUp([], []).text).toBe('No decision yet');
  });
});

describe('decisionNeedsReview', () => {
  const d = decision({
    createdAt: '2026-04-10T10:00:00.000Z',
    updatedAt: '2026-04-10T10:00:00.000Z',
  });

  it('is true when the notice changed after the decision was recorded', () => {
    expect(decisionNeedsReview(d, ['2026-04-09T08:00:00.000Z', '2026-04-11T08:00:00.000Z'])).toBe(
      true,
    );
    // the same moment written with a UK offset
    expect(decisionNeedsReview(d, ['2026-04-10T11:30:00+01:00'])).toBe(true);
  });

  it('is false when every change came before the decision, or there were none', () => {
    expect(decisionNeedsReview(d, ['2026-04-10T10:30:00+01:00'])).toBe(false);
    expect(decisionNeedsReview(d, [])).toBe(false);
  });
});
