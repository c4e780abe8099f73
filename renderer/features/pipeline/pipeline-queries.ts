import { useLiveQuery } from 'dexie-react-hooks';
import type { Stage } from '../../../shared/notice/model';
import type { BidEnd } from '../../../shared/workspace';
import { bidStatuses, decisionRollUps, recordStageMove, stagesInForce } from '../../db';
import { services, writeContext } from '../../app/services';
import { errorInWords } from '../../lib/error-words';
import type { PipelineMarks } from './pipeline-marks';

/**
 * The user's decisions and board stages for the whole pipeline, live; `undefined` while loading,
 * so the window can wait for them (a row hidden as no-bid must not show, then vanish).
 */
export function usePipelineMarks(): PipelineMarks | undefined {
  return useLiveQuery(async () => {
    const { db, now } = services();
    const [decisions, stages, statuses] = await Promise.all([
      decisionRollUps(db),
      stagesInForce(db),
      bidStatuses(db, now()),
    ]);
    const ends = new Map<string, BidEnd>();
    for (const [id, status] of statuses) if (status.ended) ends.set(id, status.ended);
    return { decisions, stages, ends };
  }, []);
}

/** Record the user's move of a card to a stage. Resolves to null, or why it was not saved. */
export async function moveToStage(opportunityId: string, stage: Stage): Promise<string | null> {
  try {
    await recordStageMove(services().db, opportunityId, stage, writeContext());
    return null;
  } catch (error: unknown) {
    return errorInWords(error, 'The move was not saved.');
  }
}
