/**
 * The response plan's per-criterion form: what the user types (text, so a field can be empty)
 * checked against the buyer's scale, and turned into the numbers the plan stores.
 */
import { z } from 'zod';
import type { CriterionPlanInput } from '../../db';
import { DraftStatus } from '../../../shared/workspace/model';
import type { PlannedCriterion } from '../../../shared/workspace/response-plan';

const number = (text: string): number => Number(text.trim().replace(/%$/, ''));
const blank = (text: string): boolean => text.trim() === '';

function numberField(check: (n: number) => boolean, message: string) {
  return z.string().refine((v) => blank(v) || (Number.isFinite(number(v)) && check(number(v))), {
    message,
  });
}

/** The form's schema for a scale scored out of `max`. */
export function criterionFormSchema(max: number) {
  return z.object({
    weight: numberField((n) => n >= 0 && n <= 100, 'A weight is a percentage from 0 to 100'),
    owner: z.string(),
    wordLimit: numberField((n) => Number.isInteger(n) && n > 0, 'A whole number of words'),
    pageLimit: numberField((n) => n > 0, 'A number of pages above 0'),
    evidence: z.string(),
    draftStatus: DraftStatus,
    selfScore: numberField((n) => n >= 0 && n <= max, `A score from 0 to ${max}`),
  });
}
export type CriterionFormValues = z.infer<ReturnType<typeof criterionFormSchema>>;
export type CriterionField = keyof CriterionFormValues;

const text = (n: number | null | undefined): string =>
  n === null || n === undefined ? '' : String(n);

/** What the form shows for a criterion: the stored plan, or the notice's weight and empty fields. */
export function formValues(criterion: PlannedCriterion): CriterionFormValues {
  const plan = criterion.plan;
  return {
    weight: text(criterion.weight),
    owner: plan?.owner ?? '',
    wordLimit: text(plan?.wordLimit ?? criterion.statedWordLimit),
    pageLimit: text(plan?.pageLimit ?? criterion.statedPageLimit),
    evidence: plan?.evidence ?? '',
    draftStatus: plan?.draftStatus ?? 'not-started',
    selfScore: text(plan?.selfScore),
  };
}

/**
 * The change to save for one (valid) field. A weight equal to the notice's is no correction, so
 * it is stored as null ("use the notice's"), as is an emptied weight.
 */
export function fieldPatch(
  field: CriterionField,
  values: CriterionFormValues,
  criterion: PlannedCriterion,
): Partial<CriterionPlanInput> {
  const value = values[field];
  const numeric = blank(value) ? null : number(value);
  switch (field) {
    case 'weight':
      return { weight: numeric === criterion.noticeWeight ? null : numeric };
    case 'wordLimit':
      return { wordLimit: numeric };
    case 'pageLimit':
      return { pageLimit: numeric };
    case 'selfScore':
      return { selfScore: numeric };
    case 'owner':
      return { owner: value.trim() };
    case 'evidence':
      return { evidence: value };
    case 'draftStatus':
      return { draftStatus: value as DraftStatus };
  }
}

export const DRAFT_STATUS_LABELS: Record<DraftStatus, string> = {
  'not-started': 'Not started',
  drafting: 'Drafting',
  review: 'In review',
  final: 'Final',
};
