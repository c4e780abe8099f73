/**
 * Submission checklists per lot: generated when the user decides to bid (one item per award
 * criterion, one per presentation stage, then the organisation's standard items), scheduled
 * backwards from the submission deadline, and moved with it when a re-import changes it.
 */
import type { AwardCriterion, WeightingPart } from '../notice/model';
import { BankHolidayRegion } from '../timeline/model';
import { addDays, deadlineDayOf } from '../calendar/days';
import { addWorkingDays } from '../calendar/working-days';
import type { ChecklistCategory, ChecklistItem, ChecklistTemplateItem, Day } from './model';
import { midSentence } from '../words/mid-sentence';

/** Days before the deadline (≈ working days: 7 calendar ≈ 5 working). */
export const CHECKLIST_OFFSETS = {
  quality: 7,
  socialValue: 7,
  price: 5,
  signOff: 2,
  submit: 1,
} as const;

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function baseKey(criterion: AwardCriterion): string {
  const name = criterion.name ? normalise(criterion.name) : '';
  return name ? `name:${name}` : `type:${normalise(criterion.type) || 'unknown'}`;
}

/**
 * A criterion's key, stable across re-imports: its normalised name (or type, when unnamed), plus
 * which occurrence of that name it is (`#2`, `#3`…) when the lot repeats it. Pass the lot's
 * criteria as the third argument (`criteria.map(criterionKey)` does) so repeats are told apart;
 * without it every criterion counts as the first of its name.
 */
export function criterionKey(
  criterion: AwardCriterion,
  index: number,
  criteria?: readonly AwardCriterion[],
): string {
  const base = baseKey(criterion);
  let occurrence = 1;
  if (criteria) {
    for (let i = 0; i < index && i < criteria.length; i++) {
      const other = criteria[i];
      if (other && baseKey(other) === base) occurrence++;
    }
  }
  return occurrence === 1 ? base : `${base}#${occurrence}`;
}

/** The keys of a lot's criteria, in order. */
export function criterionKeys(criteria: readonly AwardCriterion[]): string[] {
  return criteria.map((c, i) => criterionKey(c, i, criteria));
}

/**
 * The UK day `offsetDays` calendar days before the deadline's last day (the day before, for a
 * deadline at midnight or a day given without a time: its earliest reading), moved back to the working
 * day before it when it falls on a weekend or on a bank holiday of `bankHolidays` (the bid
 * schedule's region, so checklists and the timeline agree on which days are working days; with
 * 'none' only weekends are skipped).
 */
export function dueDateFor(
  submissionDeadline: string,
  offsetDays: number,
  bankHolidays: BankHolidayRegion,
): Day {
  return addWorkingDays(addDays(deadlineDayOf(submissionDeadline), -offsetDays), 0, bankHolidays);
}

/** What a lot's checklist is generated from. */
export interface ChecklistSource {
  opportunityId: string;
  lotId: string;
  criteria: AwardCriterion[];
  weightingParts: WeightingPart[];
  submissionDeadline: string | null;
  template: ChecklistTemplateItem[];
}

/**
 * Who is writing, when, and whose bank holidays due dates skip (the saved bid schedule's
 * `bankHolidays`). Dates are worked out with the region in force when they are made: changing the
 * region later does not move existing due dates, only ones generated or rescheduled after it.
 */
export interface ChecklistContext {
  now: Date;
  user: string;
  newId: () => string;
  bankHolidays: BankHolidayRegion;
}

const PRICE_TYPES = new Set(['price', 'cost']);
const GENERIC_PRICE_NAMES = new Set(['price', 'cost', 'pricing', 'value', 'price-cost']);
/** A stage marked apart from the written answers (a presentation, interview, site visit…). */
export const STAGE_PATTERN = /presentation|interview|demonstration|dialogue|site visit/i;

/** How an award criterion is answered: a quality answer, a price, or the social value response. */
export function criterionCategory(criterion: AwardCriterion): ChecklistCategory {
  if (/social\s*value/i.test(criterion.name ?? '')) return 'social-value';
  if (PRICE_TYPES.has(criterion.type.toLowerCase())) return 'price';
  return 'quality';
}

function weightText(weight: number | null): string {
  return weight === null ? '' : ` (${weight}%)`;
}

function criterionTitle(criterion: AwardCriterion, category: ChecklistCategory): string {
  const name = criterion.name?.trim() || null;
  const weight = weightText(criterion.weight);
  if (category === 'price') {
    if (!name || GENERIC_PRICE_NAMES.has(normalise(name)))
      return `Pricing schedule and full-cost model${weight}`;
    return `Price: ${name}${weight}`;
  }
  if (category === 'social-value')
    return `Social value response: ${name ?? 'social value'}${weight}`;
  return `Quality answer: ${name ?? 'quality'}${weight}`;
}

/** The weighting parts that are a stage to prepare for in person (presentations, interviews). */
export function presentationStages(parts: WeightingPart[]): WeightingPart[] {
  return parts.filter((p) => STAGE_PATTERN.test(p.label));
}

/** Key for a checklist item made from a presentation or interview stage. */
export function stageKey(part: WeightingPart): string {
  return `stage:${normalise(part.label)}`;
}

interface Draft {
  title: string;
  category: ChecklistCategory;
  criterionKey: string | null;
  offsetDays: number | null;
}

/**
 * A new checklist for one lot, in order: one item per award criterion, one per presentation or
 * interview stage, the organisation's standard items, then final sign-off and submission.
 */
export function generateChecklist(source: ChecklistSource, ctx: ChecklistContext): ChecklistItem[] {
  const keys = criterionKeys(source.criteria);
  const drafts: Draft[] = source.criteria.map((criterion, i) => {
    const category = criterionCategory(criterion);
    return {
      title: criterionTitle(criterion, category),
      category,
      criterionKey: keys[i] ?? null,
      offsetDays:
        category === 'price'
          ? CHECKLIST_OFFSETS.price
          : category === 'social-value'
            ? CHECKLIST_OFFSETS.socialValue
            : CHECKLIST_OFFSETS.quality,
    };
  });
  for (const part of presentationStages(source.weightingParts)) {
    drafts.push({
      title: `Prepare for the ${midSentence(part.label)} stage (${part.weight}%)`,
      category: 'presentation',
      criterionKey: stageKey(part),
      // The stage comes after the deadline, on a date the buyer sets later: the user adds it.
      offsetDays: null,
    });
  }
  for (const item of source.template) {
    drafts.push({
      title: item.title,
      category: 'standard',
      criterionKey: null,
      offsetDays: item.offsetDays,
    });
  }
  drafts.push(
    {
      title: 'Final sign-off by the named person',
      category: 'standard',
      criterionKey: null,
      offsetDays: CHECKLIST_OFFSETS.signOff,
    },
    {
      title: 'Submit on the portal and keep the receipt',
      category: 'standard',
      criterionKey: null,
      offsetDays: CHECKLIST_OFFSETS.submit,
    },
  );

  const at = ctx.now.toISOString();
  return drafts.map((draft, position) => ({
    id: ctx.newId(),
    opportunityId: source.opportunityId,
    lotId: source.lotId,
    title: draft.title,
    category: draft.category,
    criterionKey: draft.criterionKey,
    owner: '',
    dueDate:
      source.submissionDeadline !== null && draft.offsetDays !== null
        ? dueDateFor(source.submissionDeadline, draft.offsetDays, ctx.bankHolidays)
        : null,
    offsetDays: draft.offsetDays,
    dueDateManual: false,
    movedFrom: null,
    status: 'todo',
    notes: '',
    position,
    createdAt: at,
    updatedAt: at,
    updatedBy: ctx.user,
  }));
}

/**
 * After the submission deadline moved (or went): the items whose default due date changes, with
 * `movedFrom` set to the old date. Due dates the user set by hand stay put; only changed items
 * are returned. New dates skip the bank holidays of `ctx.bankHolidays` (the current setting), so
 * an item can also change day because the region was changed since it was last dated.
 */
export function rescheduleChecklist(
  items: ChecklistItem[],
  newDeadline: string | null,
  ctx: Pick<ChecklistContext, 'now' | 'user' | 'bankHolidays'>,
): ChecklistItem[] {
  const at = ctx.now.toISOString();
  const changed: ChecklistItem[] = [];
  for (const item of items) {
    if (item.offsetDays === null || item.dueDateManual) continue;
    const dueDate =
      newDeadline === null ? null : dueDateFor(newDeadline, item.offsetDays, ctx.bankHolidays);
    if (dueDate === item.dueDate) continue;
    changed.push({ ...item, dueDate, movedFrom: item.dueDate, updatedAt: at, updatedBy: ctx.user });
  }
  return changed;
}

/**
 * rescheduleChecklist when the deadline the items were planned against is not known (the earlier
 * notice was not kept, as in databases from before Bid Desk kept it). An item whose due date is
 * what `newDeadline` gives under any bank-holiday calendar was planned against this deadline:
 * the calendar may have changed since, which never moves a due date, so it stays. The rest were
 * planned against another deadline and move with it.
 */
export function rescheduleChecklistAgainstUnknown(
  items: ChecklistItem[],
  newDeadline: string | null,
  ctx: Pick<ChecklistContext, 'now' | 'user' | 'bankHolidays'>,
): ChecklistItem[] {
  const unexplained = items.filter(
    (item) =>
      newDeadline === null ||
      item.offsetDays === null ||
      !BankHolidayRegion.options.some(
        (region) => dueDateFor(newDeadline, item.offsetDays as number, region) === item.dueDate,
      ),
  );
  return rescheduleChecklist(unexplained, newDeadline, ctx);
}

/** Done out of the items that count ('not needed' ones do not); percent rounded. */
export function checklistProgress(items: ChecklistItem[]): {
  done: number;
  total: number;
  percent: number;
} {
  const counted = items.filter((i) => i.status !== 'not-needed');
  const done = counted.filter((i) => i.status === 'done').length;
  const total = counted.length;
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) };
}
