/**
 * The Settings forms' schemas: the domain's own (shared/workspace/model), with messages for what
 * a number box can hold that the domain never sees (an empty box reads as "not a number").
 */
import { z } from 'zod';
import { BidScheduleSettings } from '../../../shared/timeline';
import {
  ChecklistTemplateItem,
  DecisionSettings,
  FactorDefinition,
} from '../../../shared/workspace/model';

const percent = (what: string) =>
  z
    .number({ error: `Enter ${what} from 0 to 100` })
    .min(0, `Enter ${what} from 0 to 100`)
    .max(100, `Enter ${what} from 0 to 100`);

/** The decision matrix as edited: every factor named and weighted, and some weight to score by. */
export const MatrixForm = DecisionSettings.extend({
  factors: z
    .array(FactorDefinition.extend({ weight: percent('a weight') }))
    .min(1, 'Keep at least one factor'),
  // The domain's DecisionThresholds, with number-box messages; the order check is below.
  thresholds: z.object({ bid: percent('a score'), review: percent('a score') }),
})
  .refine((s) => s.thresholds.review <= s.thresholds.bid, {
    message: 'The review threshold must not be above the bid threshold',
    path: ['thresholds', 'review'],
  })
  .refine((s) => s.factors.some((f) => f.weight > 0), {
    message: 'Give at least one factor a weight above 0, or nothing can be scored',
    path: ['factors'],
  });
export type MatrixFormInput = z.input<typeof MatrixForm>;
export type MatrixFormValues = z.output<typeof MatrixForm>;

/** The checklist template as edited. */
export const TemplateForm = z.object({
  items: z.array(
    ChecklistTemplateItem.extend({
      offsetDays: z
        .number({ error: 'Enter a number of working days from 0 to 365' })
        .int('Enter whole working days')
        .min(0, 'Enter a number of working days from 0 to 365')
        .max(365, 'Enter a number of working days from 0 to 365'),
    }),
  ),
});
export type TemplateFormInput = z.input<typeof TemplateForm>;
export type TemplateFormValues = z.output<typeof TemplateForm>;

/** The bid schedule as edited: the domain's schema (milestone order included), with number-box messages. */
export const ScheduleForm = BidScheduleSettings.safeExtend({
  contingencyPercent: z
    .number({ error: 'Enter a contingency from 0 to 50%' })
    .min(0, 'Contingency cannot be negative')
    .max(50, 'At most half the writing window'),
});
export type ScheduleFormInput = z.input<typeof ScheduleForm>;
export type ScheduleFormValues = z.output<typeof ScheduleForm>;

/** The user's name, as `setUserName` accepts it. */
export const UserNameForm = z.object({
  name: z.string().trim().min(1, 'Enter your name').max(200, 'Use at most 200 characters'),
});
export type UserNameFormInput = z.input<typeof UserNameForm>;
export type UserNameFormValues = z.output<typeof UserNameForm>;

/** Each factor's share of the score as a whole percentage, in the factors' order. */
export function weightShares(weights: number[]): number[] {
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const total = clean.reduce((sum, w) => sum + w, 0);
  return clean.map((w) => (total > 0 ? Math.round((w / total) * 100) : 0));
}

/** Your organisation as edited: numbers may be left empty (stored as none). */
export const OrganisationForm = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter your organisation’s name')
    .max(300, 'Use at most 300 characters'),
  companyNumber: z.string().trim().max(20, 'A company number is at most 20 characters'),
  charityNumber: z.string().trim().max(20, 'A charity number is at most 20 characters'),
});
export type OrganisationFormInput = z.input<typeof OrganisationForm>;
export type OrganisationFormValues = z.output<typeof OrganisationForm>;
