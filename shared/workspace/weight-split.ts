/**
 * "Split the remaining weight evenly": where a notice gives a stage total (85% for the written
 * answers) but no weight per question, each question without a weight gets an equal share of
 * what the weights already entered leave of that total.
 */
import type { WeightingPart } from '../notice/model';
import { STAGE_PATTERN } from './checklist';

/**
 * The marks the criteria share: the notice's stages other than those marked apart (85% of
 * "85% PQP, 15% Presentations"), or 100 when the notice gives no stages; null when every stage is
 * marked apart, so there is nothing to say what the criteria add up to.
 */
export function criteriaTotal(
  stages: readonly Pick<WeightingPart, 'label' | 'weight'>[],
): number | null {
  if (stages.length === 0) return 100;
  const written = stages.filter((stage) => !STAGE_PATTERN.test(stage.label));
  if (written.length === 0) return null;
  return written.reduce((sum, stage) => sum + stage.weight, 0);
}

/** What the split gives: the total shared, what was left of it, and each share by criterion key. */
export interface WeightSplit {
  total: number;
  remaining: number;
  shares: { key: string; weight: number }[];
}

/**
 * Equal shares of what is left of `total` for the criteria whose weight is null, to 2 decimal
 * places (a weight box takes any decimal, and a bid manager reads 7.08 more easily than
 * 7.0833…). The shares add up to exactly what remains: it is split in hundredths, and the
 * hundredths left over go one each to the first criteria (85 over 12: four of 7.09, eight of
 * 7.08). Null when no criterion lacks a weight or nothing remains to share.
 */
export function splitRemainingWeight(
  criteria: readonly { key: string; weight: number | null }[],
  total: number,
): WeightSplit | null {
  const unweighted = criteria.filter((c) => c.weight === null);
  const given = criteria.reduce((sum, c) => sum + (c.weight ?? 0), 0);
  const remainingHundredths = Math.round((total - given) * 100);
  if (unweighted.length === 0 || remainingHundredths <= 0) return null;
  const each = Math.floor(remainingHundredths / unweighted.length);
  const extra = remainingHundredths - each * unweighted.length;
  return {
    total,
    remaining: remainingHundredths / 100,
    shares: unweighted.map((c, i) => ({ key: c.key, weight: (each + (i < extra ? 1 : 0)) / 100 })),
  };
}
