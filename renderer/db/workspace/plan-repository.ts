/**
 * Response plans: for each award criterion of a lot, who writes the answer, its limits, the
 * evidence to use, how far the draft is and a self-assessed score. One plan per criterion, found by
 * `[lotId+criterionKey]` (`criterionKey` stays the same across re-imports).
 */
import { CriterionPlan, type DraftStatus } from '../../../shared/workspace/model';
import type { BidDeskDatabase } from '../database';
import type { WriteContext } from '../write-context';
import { assertBelongs } from './ownership';
import { getScale } from './settings-repository';
import { validate, WorkspaceInputError } from './validate';

/** What the response-plan screen saves: the criterion, and the fields it changes. */
export interface CriterionPlanInput {
  opportunityId: string;
  /** The lot's record id. */
  lotId: string;
  criterionKey: string;
  weight?: number | null;
  owner?: string;
  wordLimit?: number | null;
  pageLimit?: number | null;
  evidence?: string;
  draftStatus?: DraftStatus;
  selfScore?: number | null;
}

const WHAT = 'response plan';

/** The plans of every lot of an opportunity. */
export async function listCriterionPlans(
  db: BidDeskDatabase,
  opportunityId: string,
): Promise<CriterionPlan[]> {
  return db.criterionPlans.where('opportunityId').equals(opportunityId).toArray();
}

/**
 * Create or update the plan for one criterion of a lot. Fields left out keep their stored value
 * (or start empty); `null` clears one. A self-assessed score must fit the lot's scoring scale.
 * The owner is one person for the criterion: the checklist item made from it gets the same owner.
 */
export async function saveCriterionPlan(
  db: BidDeskDatabase,
  input: CriterionPlanInput,
  ctx: WriteContext,
): Promise<CriterionPlan> {
  const tables = [db.opportunities, db.notices, db.meta, db.criterionPlans, db.checklistItems];
  return db.transaction('rw', tables, async () => {
    await assertBelongs(db, input.opportunityId, input.lotId);
    const existing = await db.criterionPlans
      .where('[lotId+criterionKey]')
      .equals([input.lotId, input.criterionKey])
      .first();
    const at = ctx.now.toISOString();
    const base: CriterionPlan = existing ?? {
      id: crypto.randomUUID(),
      opportunityId: input.opportunityId,
      lotId: input.lotId,
      criterionKey: input.criterionKey,
      weight: null,
      owner: '',
      wordLimit: null,
      pageLimit: null,
      evidence: '',
      draftStatus: 'not-started',
      selfScore: null,
      createdAt: at,
      updatedAt: at,
      updatedBy: ctx.user,
    };
    const plan = validate(
      CriterionPlan,
      {
        ...base,
        weight: input.weight === undefined ? base.weight : input.weight,
        owner: input.owner ?? base.owner,
        wordLimit: input.wordLimit === undefined ? base.wordLimit : input.wordLimit,
        pageLimit: input.pageLimit === undefined ? base.pageLimit : input.pageLimit,
        evidence: input.evidence ?? base.evidence,
        draftStatus: input.draftStatus ?? base.draftStatus,
        selfScore: input.selfScore === undefined ? base.selfScore : input.selfScore,
        updatedAt: at,
        updatedBy: ctx.user,
      } satisfies CriterionPlan,
      WHAT,
    );
    if (!plan.criterionKey) {
      throw new WorkspaceInputError(WHAT, [
        { path: 'criterionKey', message: 'Say which criterion this plan is for' },
      ]);
    }
    if (plan.selfScore !== null) {
      const scale = await getScale(db, plan.lotId);
      if (plan.selfScore > scale.max) {
        throw new WorkspaceInputError(WHAT, [
          { path: 'selfScore', message: `Score out of ${scale.max} at most` },
        ]);
      }
    }
    await db.criterionPlans.put(plan);
    if (input.owner !== undefined) await ownChecklistItems(db, plan, ctx);
    return plan;
  });
}

/**
 * Save several criteria's plans at once (a split of the weights, an owner for every unassigned
 * answer): all of them or, when one is refused, none.
 */
export async function saveCriterionPlans(
  db: BidDeskDatabase,
  inputs: CriterionPlanInput[],
  ctx: WriteContext,
): Promise<CriterionPlan[]> {
  const tables = [db.opportunities, db.notices, db.meta, db.criterionPlans, db.checklistItems];
  return db.transaction('rw', tables, async () => {
    const saved: CriterionPlan[] = [];
    for (const input of inputs) saved.push(await saveCriterionPlan(db, input, ctx));
    return saved;
  });
}

/** The checklist items made from the plan's criterion take its owner (an edit, so authored). */
async function ownChecklistItems(
  db: BidDeskDatabase,
  plan: CriterionPlan,
  ctx: WriteContext,
): Promise<void> {
  const items = await db.checklistItems.where('lotId').equals(plan.lotId).toArray();
  const changed = items.flatMap((item) =>
    item.criterionKey === plan.criterionKey && item.owner !== plan.owner
      ? [{ ...item, owner: plan.owner, updatedAt: ctx.now.toISOString(), updatedBy: ctx.user }]
      : [],
  );
  if (changed.length) await db.checklistItems.bulkPut(changed);
}

/**
 * The people already named as owners, to offer when naming one: the response plans' owners and
 * the checklist owners of `opportunityId`, each once, in alphabetical order.
 */
export async function listOwnerNames(
  db: BidDeskDatabase,
  opportunityId: string,
): Promise<string[]> {
  return db.transaction('r', [db.criterionPlans, db.checklistItems], async () => {
    const [plans, items] = await Promise.all([
      db.criterionPlans.toArray(),
      db.checklistItems.where('opportunityId').equals(opportunityId).toArray(),
    ]);
    const names = new Set([...plans, ...items].map((row) => row.owner.trim()).filter(Boolean));
    return [...names].sort((a, b) => a.localeCompare(b));
  });
}
