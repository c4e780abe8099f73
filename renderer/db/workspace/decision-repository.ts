/**
 * Go/no-go decisions. Append-only: each decision is a new row and no function here edits or
 * deletes one, because the history is what trustees and debriefs ask for.
 */
import { assessDecision, rollUp, type RollUp } from '../../../shared/workspace';
import { GoNoGoDecision } from '../../../shared/workspace/model';
import type { BidDeskDatabase } from '../database';
import type { WriteContext } from '../write-context';
import { groupBy } from '../group-by';
import { assertBelongs } from './ownership';
import { validate } from './validate';

/** What the user enters for a decision; the score and recommendation are computed. */
export type DecisionInput = Omit<
  GoNoGoDecision,
  'id' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'score' | 'recommendation'
>;

const DecisionInputSchema = GoNoGoDecision.omit({
  id: true,
  createdAt: true,
  updatedAt: true,
  updatedBy: true,
  score: true,
  recommendation: true,
});
const WHAT = 'go/no-go decision';

/**
 * Record a new decision for an opportunity (or one of its lots), with the score and
 * recommendation `assessDecision` gives for its answers under the settings it carries. Earlier
 * decisions are never changed. Throws `WorkspaceInputError` for an invalid decision (no rationale,
 * no decider…) and `WorkspaceNotFoundError` for an unknown opportunity or a lot of another one.
 */
export async function recordDecision(
  db: BidDeskDatabase,
  input: DecisionInput,
  ctx: WriteContext,
): Promise<GoNoGoDecision> {
  // Checked before scoring, so a malformed answer gets the readable error, not a TypeError.
  const checked = validate(DecisionInputSchema, input, WHAT);
  const { score, recommendation } = assessDecision(
    checked.gates,
    checked.factors,
    checked.settings,
  );
  const at = ctx.now.toISOString();
  const decision = validate(
    GoNoGoDecision,
    {
      ...checked,
      id: crypto.randomUUID(),
      score,
      recommendation,
      createdAt: at,
      updatedAt: at,
      updatedBy: ctx.user,
    } satisfies GoNoGoDecision,
    WHAT,
  );
  await db.transaction('rw', [db.opportunities, db.notices, db.decisions], async () => {
    await assertBelongs(db, decision.opportunityId, decision.lotId);
    // `add`, not `put`: a decision id is never written twice.
    await db.decisions.add(decision);
  });
  return decision;
}

/**
 * Every decision about an opportunity and its lots, newest first: latest `decidedOn`, then latest
 * recorded (the order `latestDecisions` uses to pick the one in force).
 */
export async function listDecisions(
  db: BidDeskDatabase,
  opportunityId: string,
): Promise<GoNoGoDecision[]> {
  // Through `opportunityId`, not `[opportunityId+lotId]`: that index leaves out lotId null rows.
  const rows = await db.decisions.where('opportunityId').equals(opportunityId).toArray();
  return rows.sort(newestFirst);
}

/** The decisions about one lot (by its record id), newest first. */
export async function listLotDecisions(
  db: BidDeskDatabase,
  opportunityId: string,
  lotId: string,
): Promise<GoNoGoDecision[]> {
  const rows = await db.decisions
    .where('[opportunityId+lotId]')
    .equals([opportunityId, lotId])
    .toArray();
  return rows.sort(newestFirst);
}

/**
 * Where each decided opportunity stands, for the pipeline: the decisions in force rolled up over
 * its lots (the notice's current lots; a whole-opportunity decision covers the lots without one).
 * Only opportunities with a decision are read, so a 6,000-row pipeline reads a few notices.
 */
export async function decisionRollUps(db: BidDeskDatabase): Promise<Map<string, RollUp>> {
  return db.transaction('r', [db.decisions, db.notices], async () => {
    const byOpportunity = groupBy(await db.decisions.toArray(), (d) => d.opportunityId);
    const ids = [...byOpportunity.keys()];
    const notices = await db.notices.bulkGet(ids);
    const out = new Map<string, RollUp>();
    ids.forEach((id, i) => {
      const lots = (notices[i]?.lots ?? []).filter((l) => !l.removedFromNotice).map((l) => l.id);
      out.set(id, rollUp(lots, byOpportunity.get(id) ?? []));
    });
    return out;
  });
}

function newestFirst(a: GoNoGoDecision, b: GoNoGoDecision): number {
  return (
    compare(b.decidedOn, a.decidedOn) ||
    Date.parse(b.createdAt) - Date.parse(a.createdAt) ||
    compare(b.id, a.id)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
