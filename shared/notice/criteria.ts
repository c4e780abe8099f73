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
