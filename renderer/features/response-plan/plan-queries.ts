import { useLiveQuery } from 'dexie-react-hooks';
import type { CriterionPlan, ScoringScale } from '../../../shared/workspace/model';
import { getScale, listCriterionPlans, listOwnerNames } from '../../db';
import { services } from '../../app/services';

/** The response plans of an opportunity's lots; `undefined` while loading. */
export function useCriterionPlans(opportunityId: string): CriterionPlan[] | undefined {
  return useLiveQuery(() => listCriterionPlans(services().db, opportunityId), [opportunityId]);
}

/** Each lot's scoring scale, by lot id; `undefined` while loading. */
export function useScales(lotIds: string[]): Record<string, ScoringScale> | undefined {
  const key = lotIds.join(',');
  return useLiveQuery(async () => {
    const ids = key ? key.split(',') : [];
    const scales = await Promise.all(ids.map((id) => getScale(services().db, id)));
    return Object.fromEntries(ids.map((id, i) => [id, scales[i] as ScoringScale]));
  }, [key]);
}

/** The people already named as owners (plans, this opportunity's checklist); `undefined` while loading. */
export function useOwnerNames(opportunityId: string): string[] | undefined {
  return useLiveQuery(() => listOwnerNames(services().db, opportunityId), [opportunityId]);
}
