import { describe, expect, it } from 'vitest';
import { SEEDS, seedBytes } from '../../test/corpus';
import { importNoticeFile } from '../import/engine';
import { criterionKeys } from './checklist';
import { planSummary, plannedCriteria } from './response-plan';
import { criteriaTotal, splitRemainingWeight } from './weight-split';

function stalkingLot() {
  const result = importNoticeFile({
    name: SEEDS.staffordshireStalking,
    bytes: seedBytes(SEEDS.staffordshireStalking),
  });
  if (!result.ok) throw new Error(result.error.message);
  const lot = result.opportunities[0]?.lots[0];
  if (!lot) throw new Error('seed 004 has no lot');
  return lot;
}

describe('splitting the remaining weight evenly', () => {
  it('shares seed 004’s 85% written stage over its 12 unweighted questions, adding up to 85', () => {
    const lot = stalkingLot();
    const total = criteriaTotal(lot.weightingParts);
    expect(total).toBe(85);
    const keys = criterionKeys(lot.criteria);
    const split = splitRemainingWeight(
      lot.criteria.map((c, i) => ({ key: keys[i] ?? '', weight: c.weight })),
      85,
    );
    expect(split?.shares.map((s) => s.weight)).toEqual([
      7.09, 7.09, 7.09, 7.09, 7.08, 7.08, 7.08, 7.08, 7.08, 7.08, 7.08, 7.08,
    ]);
    // Stored as the user's weights, the plan reads "adds up to 85%, the notice's stage".
    const weights = new Map(split?.shares.map((s) => [s.key, s.weight]));
    const criteria = plannedCriteria(lot.criteria, [], lot.weightingDescription).map((c) => ({
      ...c,
      weight: weights.get(c.key) ?? c.weight,
    }));
    const summary = planSummary(criteria, { max: 5 }, lot.weightingParts);
    expect(summary.weightsMissing).toEqual([]);
    expect(summary.weightsAddUpTo).toBe(85);
  });

  it('shares only what the weights already entered leave, among the questions without one', () => {
    const split = splitRemainingWeight(
      [
        { key: 'q1', weight: 20 },
        { key: 'q2', weight: null },
        { key: 'q3', weight: 10 },
        { key: 'q4', weight: null },
        { key: 'q5', weight: null },
      ],
      70,
    );
    expect(split).toEqual({
      total: 70,
      remaining: 40,
      shares: [
        { key: 'q2', weight: 13.34 },
        { key: 'q4', weight: 13.33 },
        { key: 'q5', weight: 13.33 },
      ],
    });
  });

  it('offers nothing when every question has a weight or nothing is left to share', () => {
    expect(splitRemainingWeight([{ key: 'q1', weight: 60 }], 100)).toBeNull();
    expect(
      splitRemainingWeight(
        [
          { key: 'q1', weight: 85 },
          { key: 'q2', weight: null },
        ],
        85,
      ),
    ).toBeNull();
  });

  it('takes the total from the stages the answers are marked in', () => {
    expect(criteriaTotal([])).toBe(100);
    expect(
      criteriaTotal([
        { label: 'Quality', weight: 60 },
        { label: 'Price', weight: 30 },
        { label: 'Interview', weight: 10 },
      ]),
    ).toBe(90);
    expect(criteriaTotal([{ label: 'Presentations', weight: 100 }])).toBeNull();
  });
});
