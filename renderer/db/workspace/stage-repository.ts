/**
 * The user's own stage for an opportunity, set by moving its card on the pipeline's board.
 * Append-only: each move is a new row, the newest is in force, and no import writes here.
 */
import type { Stage } from '../../../shared/notice/model';
import { StageMove } from '../../../shared/workspace/model';
import type { BidDeskDatabase } from '../database';
import type { WriteContext } from '../write-context';
import { assertBelongs } from './ownership';
import { validate } from './validate';

/**
 * Record that the user moved an opportunity to `stage`. Throws `WorkspaceNotFoundError` for an
 * opportunity that is no longer stored.
 */
export async function recordStageMove(
  db: BidDeskDatabase,
  opportunityId: string,
  stage: Stage,
  ctx: WriteContext,
): Promise<StageMove> {
  const at = ctx.now.toISOString();
  const move = validate(
    StageMove,
    {
      id: crypto.randomUUID(),
      opportunityId,
      stage,
      createdAt: at,
      updatedAt: at,
      updatedBy: ctx.user,
    } satisfies StageMove,
    'stage',
  );
  await db.transaction('rw', [db.opportunities, db.notices, db.stageMoves], async () => {
    await assertBelongs(db, opportunityId, null);
    // `add`, not `put`: a move is never rewritten; the next one is a new row.
    await db.stageMoves.add(move);
  });
  return move;
}

/** The stage the user set for each opportunity they moved: the newest move, by opportunity id. */
export async function stagesInForce(db: BidDeskDatabase): Promise<Map<string, StageMove>> {
  const out = new Map<string, StageMove>();
  for (const move of await db.stageMoves.toArray()) {
    const current = out.get(move.opportunityId);
    if (!current || newer(move, current)) out.set(move.opportunityId, move);
  }
  return out;
}

function newer(a: StageMove, b: StageMove): boolean {
  const ta = Date.parse(a.createdAt);
  const tb = Date.parse(b.createdAt);
  // Two moves in the same millisecond: the id breaks the tie, so every reader picks the same one.
  return ta !== tb ? ta > tb : a.id > b.id;
}
