/**
 * Keeping the user's checklist in step with a re-imported notice. The user's items are never
 * deleted or rewritten: new criteria and stages get new items, items whose criterion has gone are
 * reported (for the user to keep or remove), and default due dates follow a moved deadline.
 */
import { criterionKeys, generateChecklist, rescheduleChecklist, stageKey } from './checklist';
import type { ChecklistContext, ChecklistSource } from './checklist';
import type { ChecklistItem, CriterionPlan } from './model';

export interface ChecklistReconciliation {
  /** New items for criteria and stages the checklist has no item for, positioned after the last. */
  added: ChecklistItem[];
  /** Items made from a criterion or stage the notice no longer has: kept, shown to the user. */
  orphaned: ChecklistItem[];
  /** Items whose default due date moved with the deadline (`movedFrom` set). */
  moved: ChecklistItem[];
}

/**
 * Compare a lot's existing checklist with the re-imported notice. `source.template` is not used:
 * standard items were added when the checklist was made and are the user's to manage.
 */
export function reconcileChecklist(
  items: ChecklistItem[],
  source: ChecklistSource,
  ctx: ChecklistContext,
): ChecklistReconciliation {
  const fresh = generateChecklist({ ...source, template: [] }, ctx).filter(
    (i) => i.criterionKey !== null,
  );
  const freshKeys = new Set(fresh.map((i) => i.criterionKey));
  const existingKeys = new Set<string | null>(items.map((i) => i.criterionKey));
  let position = items.reduce((max, i) => Math.max(max, i.position), -1);
  const added = fresh
    .filter((i) => !existingKeys.has(i.criterionKey)) // fresh items all have a key
    .map((i) => ({ ...i, position: ++position }));
  const orphaned = items.filter((i) => i.criterionKey !== null && !freshKeys.has(i.criterionKey));
  const moved = rescheduleChecklist(items, source.submissionDeadline, ctx);
  return { added, orphaned, moved };
}

/** Plans for criteria the notice no longer has (by key): kept, shown so the user can move their notes. */
export function orphanedPlans(
  source: Pick<ChecklistSource, 'criteria' | 'weightingParts'>,
  plans: CriterionPlan[],
): CriterionPlan[] {
  const keys = new Set([...criterionKeys(source.criteria), ...source.weightingParts.map(stageKey)]);
  return plans.filter((p) => !keys.has(p.criterionKey));
}
