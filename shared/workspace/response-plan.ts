/**
 * The response plan against a lot's award criteria: each criterion's weight (the notice's, or
 * the user's correction shown beside the notice's wording), the projected total from
 * self-assessed scores, and where the remaining marks are cheapest to gain. A missing weight is
 * flagged and asked for, never guessed.
 */
import type { AwardCriterion, WeightingPart } from '../notice/model';
import { criterionKeys } from './checklist';
import type { CriterionPlan, ScoringScale } from './model';

export interface PlannedCriterion {
  key: string;
  name: string;
  type: string;
  description: string | null;
  /** The weight the notice gives, or null when it gives none. */
  noticeWeight: number | null;
  /** The notice's own words about the weight, to show beside any correction. */
  noticeWording: string | null;
  /**
   * The quality weight as the notice states it (out of 100 for quality) when it was read as a
   * two-level weighting, so `noticeWeight` is its share of the total; null otherwise.
   */
  noticeWeightAsStated: number | null;
  /** The weight in force: the user's when set, else the notice's; null when neither. */
  weight: number | null;
  weightSource: 'notice' | 'user' | 'missing';
  /** The limits the buyer or funder states, shown until the user sets their own in the plan. */
  statedWordLimit: number | null;
  statedPageLimit: number | null;
  plan: CriterionPlan | null;
}

function criterionName(criterion: AwardCriterion): string {
  const name = criterion.name?.trim();
  if (name) return name;
  const type = criterion.type.trim() || 'criterion';
  return type.charAt(0).toUpperCase() + type.slice(1);
}

function noticeWording(
  criterion: AwardCriterion,
  weightingDescription: string | null,
): string | null {
  // A weight read from words shows those words; a structured one, the lot's weighting text.
  if (criterion.weightFrom === 'description' || criterion.weightFrom === 'prose') {
    return criterion.source?.snippet ?? criterion.description ?? weightingDescription;
  }
  return weightingDescription;
}

/**
 * The lot's criteria joined with the user's plans (matched by `criterionKey`); plans for
 * criteria no longer in the notice are left out (the caller can still show them).
 */
export function plannedCriteria(
  criteria: AwardCriterion[],
  plans: CriterionPlan[],
  weightingDescription: string | null,
): PlannedCriterion[] {
  const keys = criterionKeys(criteria);
  return criteria.map((criterion, i) => {
    const key = keys[i] ?? '';
    const plan = plans.find((p) => p.criterionKey === key) ?? null;
    const userWeight = plan?.weight ?? null;
    const weight = userWeight ?? criterion.weight;
    return {
      key,
      name: criterionName(criterion),
      type: criterion.type,
      description: criterion.description,
      noticeWeight: criterion.weight,
      noticeWording: noticeWording(criterion, weightingDescription),
      noticeWeightAsStated: criterion.weightAsStated ?? null,
      statedWordLimit: criterion.wordLimit ?? null,
      statedPageLimit: criterion.pageLimit ?? null,
      weight,
      weightSource: userWeight !== null ? 'user' : criterion.weight !== null ? 'notice' : 'missing',
      plan,
    };
  });
}

export interface CriterionOutlook {
  key: string;
  /** The criterion's weight: the marks (% of the total) it carries; null when unknown. */
  marksAvailable: number | null;
  /** weight × selfScore / scale max; null when unscored or the weight is unknown. */
  expected: number | null;
  /** Points left on the buyer's scale (max − selfScore); null when unscored. */
  headroom: number | null;
  /** Marks still to gain: weight × headroom / max, counting an unscored answer as full headroom. */
  gainValue: number | null;
}

export interface PlanSummary {
  /** Sum of the weights known. */
  totalWeight: number;
  /** Names of the criteria with no weight: ask the user. */
  weightsMissing: string[];
  /** The sum of the weights when every one is known (so "adds up to 95, not 100" can be said); else null. */
  weightsAddUpTo: number | null;
  /** Σ weight × selfScore / max over the scored criteria with a weight; null when none. */
  projected: number | null;
  /** Σ weight of those criteria: "projected 52 of 70". */
  projectedOf: number;
  byCriterion: CriterionOutlook[];
  /** Keys, most marks still to gain first (weight × headroom); unknown weights and full marks left out. */
  cheapestMarks: string[];
  /** The notice's stages (e.g. 85% written, 15% presentations), as given. */
  stages: WeightingPart[];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The plan's arithmetic: weights, projected total, and where effort pays most. */
export function planSummary(
  criteria: PlannedCriterion[],
  scale: ScoringScale,
  stages: WeightingPart[],
): PlanSummary {
  const max = scale.max;
  let totalWeight = 0;
  let projected = 0;
  let projectedOf = 0;
  const weightsMissing: string[] = [];
  const byCriterion: CriterionOutlook[] = criteria.map((c) => {
    const weight = c.weight;
    if (weight === null) weightsMissing.push(c.name);
    else totalWeight += weight;
    const raw = c.plan?.selfScore ?? null;
    const score = raw === null ? null : Math.min(Math.max(raw, 0), max);
    const headroom = score === null ? null : max - score;
    const expected = weight === null || score === null ? null : (weight * score) / max;
    if (expected !== null && weight !== null) {
      projected += expected;
      projectedOf += weight;
    }
    const gainValue = weight === null ? null : (weight * (headroom ?? max)) / max;
    return {
      key: c.key,
      marksAvailable: weight,
      expected: expected === null ? null : round2(expected),
      headroom,
      gainValue: gainValue === null ? null : round2(gainValue),
    };
  });
  const cheapestMarks = byCriterion
    .map((o, index) => ({ o, index }))
    .filter(({ o }) => o.gainValue !== null && o.gainValue > 0)
    .sort(
      (a, b) =>
        (b.o.gainValue ?? 0) - (a.o.gainValue ?? 0) ||
        (b.o.marksAvailable ?? 0) - (a.o.marksAvailable ?? 0) ||
        a.index - b.index,
    )
    .map(({ o }) => o.key);
  const anyScored = byCriterion.some((o) => o.expected !== null);
  return {
    totalWeight: round2(totalWeight),
    weightsMissing,
    weightsAddUpTo: weightsMissing.length === 0 && criteria.length > 0 ? round2(totalWeight) : null,
    projected: anyScored ? round2(projected) : null,
    projectedOf: round2(projectedOf),
    byCriterion,
    cheapestMarks,
    stages,
  };
}
