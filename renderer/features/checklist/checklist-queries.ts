import { useLiveQuery } from 'dexie-react-hooks';
import type { ChecklistItem } from '../../../shared/workspace/model';
import { listChecklist } from '../../db';
import { services } from '../../app/services';

/** An opportunity's checklist items, lot by lot in order; `undefined` while loading. */
export function useChecklist(opportunityId: string): ChecklistItem[] | undefined {
  return useLiveQuery(() => listChecklist(services().db, opportunityId), [opportunityId]);
}
