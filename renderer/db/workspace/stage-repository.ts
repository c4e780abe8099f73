/**
 * The user's own stage for an opportunity, set by moving its card on the pipeline's board.
 * Append-only: each move is a new row, the newest is in force, and no import writes here.
 */
import type { Stage } from '../../../shared/notice/model';
import { StageMove } from '../../../shared/workspace/model';
import type { BidDeskDatabase } from '../database';
import type { WriteContext } from '../write-context';
import { groupBy } from '../group-by';
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
  return db.transaction('rw', [db.opportunities, db.notices, db.stageMoves], async () => {
    await assertBelongs(db, opportunityId, null);
    const earlier = await db.stageMoves.where('opportunityId').equals(opportunityId).toArray();
    const move = validate(
      StageMove,
      {
        id: crypto.randomUUID(),
        opportunityId,
        stage,
        supersedes: inForce(earlier)?.id ?? null,
        createdAt: at,
        updatedAt: at,
        updatedBy: ctx.user,
      } satisfies StageMove,
      'stage',
    );
    // `add`, not `put`: a move is never rewritten; the next one is a new row.
    await db.stageMoves.add(move);
    return move;
  });
}

/** The stage the user set for each opportunity they moved (the move in force), by its id. */
export async function stagesInForce(db: BidDeskDatabase): Promise<Map<string, StageMove>> {
  const out = new Map<string, StageMove>();
  for (const [id, moves] of groupBy(await db.stageMoves.toArray(), (m) => m.opportunityId)) {
    const move = inForce(moves);
    if (move) out.set(id, move);
  }
  return out;
}

/**
 * The move in force among one opportunity's: the one no other move replaced. Two such (moves made
 * apart, later merged) are ordered by time, then id, so every reader picks the same one.
 */
function inForce(moves: readonly StageMove[]): StageMove | undefined {
  const replaced = new Set(moves.map((m) => m.supersedes));
  let best: StageMove | undefined;
  for (const move of moves) {
    if (replaced.has(move.id)) continue;
    if (!best || newer(move, best)) best = move;
  }
  return best;
}

function newer(a: StageMove, b: StageMove): boolean {
  const ta = Date.parse(a.createdAt);
  const tb = Date.parse(b.createdAt);
  // Two moves in the same millisecond: the id breaks the tie, so every reader picks the same one.
  return ta !== tb ? ta > tb : a.id > b.id;
}
