import type { AwardCriterion } from './model';
import { num, obj, objs, str } from '../ocds/read';
import { weightFromDescription } from '../prose';
import { noticeText } from './text';

/**
 * Award criteria of one lot (or the tender). Weights come as `numbers[]` (percentageExact or
 * decimalExact), or as a bare number in `description` (seen on FTS PSR notices). A weight that
 * cannot be read stays null: the app asks the user instead of guessing.
 */
export function readCriteria(awardCriteria: unknown, field: string): AwardCriterion[] {
  return asTwoLevels(readEachCriterion(awardCriteria, field));
}

function readEachCriterion(awardCriteria: unknown, field: string): AwardCriterion[] {
  return objs(obj(awardCriteria)?.criteria).map((c, i) => {
    const description = noticeText(str(c.description));
    const structured = weightFromNumbers(c.numbers);
    let weight: number | null = structured;
    let weightFrom: AwardCriterion['weightFrom'] = structured === null ? null : 'numbers';
    let source: AwardCriterion['source'] = null;
    if (weight === null) {
      weight = weightFromDescription(description);
      if (weight !== null) {
        weightFrom = 'description';
        source = { field: `${field}.criteria[${i}].description`, snippet: description ?? '' };
      }
    }
    return {
      type: str(c.type) ?? 'quality',
      name: noticeText(str(c.name)),
      description,
      weight,
      weightFrom,
      derived: weightFrom === 'description',
      source,
    };
  });
}

/**
 * What to call a criterion: its name; without one, its description, unless that is only the
 * weight Bid Desk read from it ("30" beside a price criterion); else its type ("Price").
 */
export function criterionLabel(c: AwardCriterion): string {
  const name = c.name?.trim();
  if (name) return name;
  if (c.description && c.weightFrom !== 'description') return c.description;
  const type = c.type.trim() || 'criterion';
  return type.charAt(0).toUpperCase() + type.slice(1);
}

/** Price and cost criteria: the money side of a price/quality split. */
export function isPriceCriterion(c: AwardCriterion): boolean {
  return c.type === 'price' || c.type === 'cost';
}

/**
 * A common two-level form: quality sub-weights out of 100 beside price (or cost) weights out of
 * the whole, e.g. quality 50/20/15/10/5 and price 30, adding up to 130. The quality weights are
 * then shares of the (100 - price)% for quality, so each criterion's `weight` becomes its real
 * share of the total (50% of 70 = 35) and the stated number is kept in `weightAsStated`. Only
 * this pattern is read this way (the import warns that it was): any other sum is left as given.
 */
function asTwoLevels(criteria: AwardCriterion[]): AwardCriterion[] {
  if (criteria.some((c) => c.weight === null)) return criteria;
  const quality = criteria.filter((c) => c.type === 'quality');
  const price = criteria.filter(isPriceCriterion);
  if (quality.length < 2 || quality.length + price.length !== criteria.length) return criteria;
  const priceShare = sumOfWeights(price);
  if (priceShare <= 0 || priceShare >= 100 || !isHundred(sumOfWeights(quality))) return criteria;
  const qualityShare = 100 - priceShare;
  return criteria.map((c) =>
    c.type === 'quality' && c.weight !== null
      ? { ...c, weight: round((c.weight * qualityShare) / 100), weightAsStated: c.weight }
      : c,
  );
}

/** The sum of the weights given (a criterion without one adds nothing). */
export function sumOfWeights(criteria: AwardCriterion[]): number {
  return round(criteria.reduce((sum, c) => sum + (c.weight ?? 0), 0));
}

/** Within rounding of 100 (33.33 three times is 99.99). */
export function isHundred(sum: number): boolean {
  return Math.abs(sum - 100) <= 0.5;
}

function weightFromNumbers(numbers: unknown): number | null {
  for (const n of objs(numbers)) {
    const value = num(n.number);
    if (value === null) continue;
    const kind = str(n.weight);
    if (kind === 'percentageExact') return value;
    if (kind === 'decimalExact') return value <= 1 ? round(value * 100) : value;
    // Ranges and `order` say something other than a share of the marks: leave for the user.
  }
  return null;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
