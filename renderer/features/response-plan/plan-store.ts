import { create } from 'zustand';
import { saveCriterionPlan, saveCriterionPlans, setScale, type CriterionPlanInput } from '../../db';
import { services, writeContext } from '../../app/services';
import { trackSave, type SaveStates } from '../../lib/save-state';

/** Where one criterion's plan saves are tracked. */
export function criterionSaveKey(lotId: string, criterionKey: string): string {
  return `${lotId}:${criterionKey}`;
}

interface PlanState extends SaveStates {
  /** Save some fields of one criterion's plan (made on first save). */
  save(input: CriterionPlanInput): Promise<boolean>;
  /** Save several criteria's plans of one lot at once (tracked under `lot:<lotId>`). */
  saveMany(lotId: string, inputs: CriterionPlanInput[]): Promise<boolean>;
  /** Set the buyer's scoring scale for a lot (tracked under `scale:<lotId>`). */
  setScale(lotId: string, max: number): Promise<boolean>;
}

/** Response plan screen state and actions. Plans and scales live in Dexie (see plan-queries). */
export const usePlanStore = create<PlanState>((set) => ({
  saves: {},
  save(input) {
    return trackSave(set, criterionSaveKey(input.lotId, input.criterionKey), () =>
      saveCriterionPlan(services().db, input, writeContext()),
    );
  },
  saveMany(lotId, inputs) {
    return trackSave(set, `lot:${lotId}`, () =>
      saveCriterionPlans(services().db, inputs, writeContext()),
    );
  },
  setScale(lotId, max) {
    return trackSave(set, `scale:${lotId}`, () => setScale(services().db, lotId, { max }));
  },
}));
