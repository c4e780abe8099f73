import { randomUUID } from 'node:crypto';
import { DEFAULT_DECISION_SETTINGS } from '../shared/workspace/settings';
import type { GoNoGoDecision } from '../shared/workspace/model';

/**
 * A go/no-go decision for tests: `outcome` for bid `opportunityId` (or one of its lots), decided
 * by Priya Shah on `decidedOn` and recorded at 09:00 that day, with no answers.
 */
export function decisionRecord(
  opportunityId: string,
  outcome: GoNoGoDecision['outcome'],
  { lotId = null, decidedOn = '2026-04-20' }: { lotId?: string | null; decidedOn?: string } = {},
): GoNoGoDecision {
  const at = `${decidedOn}T09:00:00.000Z`;
  return {
    id: randomUUID(),
    opportunityId,
    lotId,
    gates: [],
    factors: [],
    settings: DEFAULT_DECISION_SETTINGS,
    score: null,
    recommendation: 'review',
    outcome,
    decidedBy: 'Priya Shah',
    decidedOn,
    rationale: 'Discussed at the bid panel.',
    createdAt: at,
    updatedAt: at,
    updatedBy: 'Priya Shah',
  };
}
