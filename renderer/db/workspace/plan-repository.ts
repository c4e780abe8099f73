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
 */
export async function saveCriterionPlan(
  db: BidDeskDatabase,
  input: CriterionPlanInput,
  ctx: WriteContext,
): Promise<CriterionPlan> {
  const tables = [db.opportunities, db.notices, db.meta, db.criterionPlans];
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
    return plan;
  });
}
