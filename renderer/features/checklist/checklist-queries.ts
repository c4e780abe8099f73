import { useLiveQuery } from 'dexie-react-hooks';
import type { ChecklistItem, GoNoGoDecision } from '../../../shared/workspace/model';
import { listChecklist, listDecisions } from '../../db';
import { services } from '../../app/services';

/** An opportunity's checklist items, lot by lot in order; `undefined` while loading. */
export function useChecklist(opportunityId: string): ChecklistItem[] | undefined {
  return useLiveQuery(() => listChecklist(services().db, opportunityId), [opportunityId]);
}

/** An opportunity's go/no-go history (the checklist follows the decision); `undefined` while loading. */
export function useDecisionHistory(opportunityId: string): GoNoGoDecision[] | undefined {
  return useLiveQuery(() => listDecisions(services().db, opportunityId), [opportunityId]);
}
