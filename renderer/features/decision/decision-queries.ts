import { useLiveQuery } from 'dexie-react-hooks';
import type { GoNoGoDecision } from '../../../shared/workspace/model';
import { listChecklist, listDecisions } from '../../db';
import { services } from '../../app/services';

/** Every decision about an opportunity and its lots, newest first; `undefined` while loading. */
export function useDecisions(opportunityId: string): GoNoGoDecision[] | undefined {
  return useLiveQuery(() => listDecisions(services().db, opportunityId), [opportunityId]);
}

/** The record ids of the opportunity's lots that already have a checklist. */
export function useLotsWithChecklist(opportunityId: string): Set<string> | undefined {
  return useLiveQuery(async () => {
    const items = await listChecklist(services().db, opportunityId);
    return new Set(items.map((item) => item.lotId));
  }, [opportunityId]);
}
