import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SEEDS, corpusAvailable, corpusBytes, seedBytes } from '../../test/corpus';
import { importNoticeFile } from '../import/engine';
import type { Lot, Opportunity } from '../notice/model';
import { criterionKeys } from './checklist';
import { CriterionPlan } from './model';
import { planSummary, plannedCriteria } from './response-plan';

function importOne(name: string, bytes: Uint8Array): Opportunity {
  const result = importNoticeFile({ name, bytes });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  const [opportunity] = result.opportunities;
  if (!opportunity) throw new Error(`${name}: no opportunity`);
  return opportunity;
}

function plan(criterionKey: string, over: Partial<CriterionPlan> = {}): CriterionPlan {
  const at = '2026-04-12T09:00:00.000Z';
  return CriterionPlan.parse({
    id: randomUUID(),
    opportunityId: 'opp-1',
    lotId: 'lot-1',
    criterionKey,
    weight: null,
    owner: '',
    wordLimit: null,
    pageLimit: null,
    evidence: '',
    draftStatus: 'not-started',
    selfScore: null,
    createdAt: at,
    updatedAt: at,
    updatedBy: 'Priya Shah',
    ...over,
  });
}

const scale = { max: 5 };

describe('response plan on seed 004 (12 questions, no weights per question, 85/15 stages)', () => {
  const stalking = importOne(SEEDS.staffordshireStalking, seedBytes(SEEDS.staffordshireStalking));
  const lot = stalking.lots[0] as Lot;
  const keys = criterionKeys(lot.criteria);

  it('flags all 12 weights as missing rather than guessing them', () => {
    const planned = plannedCriteria(lot.criteria, [], lot.weightingDescription);
    expect(planned).toHaveLength(12);
    expect(planned.every((c) => c.weight === null && c.weightSource === 'missing')).toBe(true);
    expect(planned[0]).toMatchObject({
      key: 'name:q1-vision',
      name: 'Q1 - Vision',
      type: 'quality',
      noticeWeight: null,
      noticeWording: '85% PQP (Quality & Price) 15% Presentations',
      plan: null,
    });
    const summary = planSummary(planned, scale, lot.weightingParts);
    expect(summary.weightsMissing).toEqual(lot.criteria.map((c) => c.name));
    expect(summary.weightsMissing).toHaveLength(12);
    expect(summary.totalWeight).toBe(0);
    expect(summary.weightsAddUpTo).toBeNull();
    expect(summary.projected).toBeNull();
    expect(summary.cheapestMarks).toEqual([]); // nothing to rank until the weights are known
    expect(summary.stages.map((s) => [s.label, s.weight])).toEqual([
      ['PQP (Quality & Price)', 85],
      ['Presentations', 15],
    ]);
  });

  it('still lists the ones not yet entered while the user fills them in', () => {
    const plans = [
      plan(keys[0] ?? ''),
      plan(keys[1] ?? '', { weight: 10 }),
      plan(keys[5] ?? '', { weight: 10 }),
    ];
    const planned = plannedCriteria(lot.criteria, plans, lot.weightingDescription);
    expect(planned[1]).toMatchObject({ weight: 10, weightSource: 'user', noticeWeight: null });
    expect(planned[0]).toMatchObject({ weight: null, weightSource: 'missing' });
    const summary = planSummary(planned, scale, lot.weightingParts);
    expect(summary.weightsMissing).toHaveLength(10);
    expect(summary.weightsMissing).not.toContain('Q2 - Service Delivery Model');
    expect(summary.weightsMissing).not.toContain('Q6 - Safeguarding');
    expect(summary.totalWeight).toBe(20);
  });

  it('with every weight entered: adds up to the written stage, projects and ranks', () => {
    // The buyer's tender pack splits the 85% written stage across the 12 questions.
    const weights = [10, 10, 5, 5, 10, 10, 5, 5, 5, 10, 5, 5];
    const scores = [3, 4, null, 2, 5, 3, null, null, null, 2, null, null];
    const plans = keys.map((key, i) =>
      plan(key, { weight: weights[i] ?? null, selfScore: scores[i] ?? null }),
    );
    const planned = plannedCriteria(lot.criteria, plans, lot.weightingDescription);
    const summary = planSummary(planned, scale, lot.weightingParts);
    expect(summary.weightsMissing).toEqual([]);
    expect(summary.weightsAddUpTo).toBe(85);
    // scored: Q1 10×3/5=6, Q2 10×4/5=8, Q4 5×2/5=2, Q5 10, Q6 6, Q10 4 → 36 of 55
    expect(summary.projected).toBe(36);
    expect(summary.projectedOf).toBe(55);
    expect(summary.byCriterion[0]).toEqual({
      key: 'name:q1-vision',
      marksAvailable: 10,
      expected: 6,
      headroom: 2,
      gainValue: 4,
    });
    expect(summary.byCriterion[2]).toMatchObject({ expected: null, headroom: null, gainValue: 5 });
    expect(summary.cheapestMarks.slice(0, 3)).toEqual([
      'name:q10-social-value',
      'name:q3-staffing',
      'name:q7-service-user-engagement-accessibility',
    ]);
    expect(summary.cheapestMarks).not.toContain('name:q5-victim-support'); // already at 5/5
    // gains: Q10 6; Q3, Q7, Q8, Q9, Q11, Q12 5 (unscored); Q1, Q6 4; Q4 3; Q2 2
    expect(summary.cheapestMarks.map((k) => k.split('-')[0])).toEqual([
      'name:q10',
      'name:q3',
      'name:q7',
      'name:q8',
      'name:q9',
      'name:q11',
      'name:q12',
      'name:q1',
      'name:q6',
      'name:q4',
      'name:q2',
    ]);
  });

  it('leaves out plans for criteria the notice no longer has', () => {
    const planned = plannedCriteria(lot.criteria, [plan('name:q13-removed', { weight: 50 })], null);
    expect(planned.some((c) => c.plan !== null)).toBe(false);
  });
});

if (corpusAvailable('workspace plan')) {
  describe('response plan on FTS 083468-2026 (weights 10/10/80 read from the descriptions)', () => {
    const path = 'fts/members/083468-2026.json';
    const lot = importOne(path, corpusBytes(path)).lots[0] as Lot;

    it('takes the notice weights and shows the words they came from', () => {
      const planned = plannedCriteria(lot.criteria, [], lot.weightingDescription);
      expect(planned.map((c) => [c.name, c.weight, c.weightSource, c.noticeWording])).toEqual([
        ['Value', 10, 'notice', '10'],
        ['Social Value', 10, 'notice', '10'],
        ['Technical', 80, 'notice', '80'],
      ]);
      const summary = planSummary(planned, scale, lot.weightingParts);
      expect(summary.weightsAddUpTo).toBe(100);
      expect(summary.weightsMissing).toEqual([]);
    });

    it('counts an unscored criterion as all marks still to gain', () => {
      const keys = criterionKeys(lot.criteria);
      const plans = [plan(keys[0] ?? '', { selfScore: 2 }), plan(keys[1] ?? '', { selfScore: 5 })];
      const summary = planSummary(plannedCriteria(lot.criteria, plans, null), scale, []);
      expect(summary.projected).toBe(14); // 10×2/5 + 10×5/5
      expect(summary.projectedOf).toBe(20);
      expect(summary.byCriterion.map((c) => c.gainValue)).toEqual([6, 0, 80]);
      expect(summary.cheapestMarks).toEqual(['name:technical', 'name:value']);
    });
  });

  describe('response plan on FTS 083563-2026 (price 30 / quality 70)', () => {
    const path = 'fts/members/083563-2026.json';
    const lot = importOne(path, corpusBytes(path)).lots[0] as Lot;
    const keys = criterionKeys(lot.criteria);

    it('projects the total and puts effort where the marks are', () => {
      const plans = [plan(keys[0] ?? '', { selfScore: 4 }), plan(keys[1] ?? '', { selfScore: 3 })];
      const summary = planSummary(plannedCriteria(lot.criteria, plans, null), scale, []);
      expect(summary.projected).toBe(66); // 30×4/5 + 70×3/5
      expect(summary.projectedOf).toBe(100);
      expect(summary.byCriterion.map((c) => [c.expected, c.headroom, c.gainValue])).toEqual([
        [24, 1, 6],
        [42, 2, 28],
      ]);
      expect(summary.cheapestMarks).toEqual(['name:quality', 'name:price']);
    });

    it('shows a correction beside the notice’s weight', () => {
      const plans = [plan(keys[0] ?? '', { weight: 40 }), plan(keys[1] ?? '', { weight: 60 })];
      const planned = plannedCriteria(lot.criteria, plans, null);
      expect(planned.map((c) => [c.name, c.noticeWeight, c.weight, c.weightSource])).toEqual([
        ['Price', 30, 40, 'user'],
        ['Quality', 70, 60, 'user'],
      ]);
      expect(planSummary(planned, scale, []).weightsAddUpTo).toBe(100);
    });

    it('uses the buyer’s own scale (0–10), and caps a score above it', () => {
      const plans = [plan(keys[0] ?? '', { selfScore: 7 }), plan(keys[1] ?? '', { selfScore: 12 })];
      const summary = planSummary(plannedCriteria(lot.criteria, plans, null), { max: 10 }, []);
      expect(summary.projected).toBe(91); // 30×0.7 + 70×1
      expect(summary.byCriterion.map((c) => c.headroom)).toEqual([3, 0]);
      expect(summary.cheapestMarks).toEqual(['name:price']);
    });
  });
}

if (corpusAvailable('workspace plan, two-level weighting')) {
  describe('response plan on FTS 06a668 (quality 50/20/15/10/5 out of 100 beside price 30)', () => {
    const path = 'more-notices/fts-page20-pcr-contract-notices-2026-05-30.json';
    const result = importNoticeFile({ name: 'page20.json', bytes: corpusBytes(path) });
    const fish = result.ok
      ? result.opportunities.find((o) => o.ocid === 'ocds-h6vhtk-06a668')
      : null;
    const lot = fish?.lots[0] as Lot;

    it("plans against each criterion's real share of the marks, adding up to 100", () => {
      const planned = plannedCriteria(lot.criteria, [], lot.weightingDescription);
      expect(planned.map((c) => [c.name, c.weight, c.noticeWeightAsStated])).toEqual([
        ['Proposed Solution', 35, 50],
        ['Lead Times, Warranty & Support', 14, 20],
        ['Framework Management & Quality Assurance', 10.5, 15],
        ['Corporate & Social Responsibilities', 7, 10],
        ['Fair Work First', 3.5, 5],
        ['Price', 30, null],
      ]);
      const summary = planSummary(planned, scale, lot.weightingParts);
      expect(summary.weightsAddUpTo).toBe(100);
      expect(summary.cheapestMarks[0]).toBe(planned[0]?.key);
    });

    it('projects a total out of 100, not 130', () => {
      const keys = criterionKeys(lot.criteria);
      const plans = keys.map((key) => plan(key, { selfScore: 5 }));
      const summary = planSummary(plannedCriteria(lot.criteria, plans, null), scale, []);
      expect(summary.projected).toBe(100);
      expect(summary.projectedOf).toBe(100);
    });
  });
}

describe('weights that do not add up', () => {
  it('says what they add up to', () => {
    const criteria = [
      {
        type: 'quality',
        name: 'Delivery',
        description: null,
        weight: 50,
        weightFrom: 'numbers' as const,
        derived: false,
        source: null,
      },
      {
        type: 'price',
        name: 'Price',
        description: null,
        weight: 45,
        weightFrom: 'numbers' as const,
        derived: false,
        source: null,
      },
    ];
    const summary = planSummary(plannedCriteria(criteria, [], 'Quality 50%, price 45%'), scale, []);
    expect(summary.weightsAddUpTo).toBe(95);
    expect(summary.totalWeight).toBe(95);
  });
});
