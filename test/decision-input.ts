/**
 * A go/no-go decision as tests record it when only its outcome matters: no gates or factors
 * answered, the default settings, a decider and a reason.
 */
import { DEFAULT_DECISION_SETTINGS } from '../shared/workspace';
import type { DecisionOutcome } from '../shared/workspace/model';
import type { DecisionInput } from '../renderer/db';

export function plainDecision(
  opportunityId: string,
  outcome: DecisionOutcome,
  decidedOn: string,
  lotId: string | null = null,
): DecisionInput {
  return {
    opportunityId,
    lotId,
    gates: [],
    factors: [],
    settings: DEFAULT_DECISION_SETTINGS,
    outcome,
    decidedBy: 'Priya Shah',
    decidedOn,
    rationale: 'Within our work.',
  };
}
