import { useLiveQuery } from 'dexie-react-hooks';
import type { EngagementPlan } from '../../../shared/workspace/model';
import { listEngagementPlans } from '../../db';
import { services } from '../../app/services';

/** An opportunity's engagement plans (notice events and manual ones); `undefined` while loading. */
export function useEngagementPlans(opportunityId: string): EngagementPlan[] | undefined {
  return useLiveQuery(() => listEngagementPlans(services().db, opportunityId), [opportunityId]);
}
