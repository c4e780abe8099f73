import { create } from 'zustand';
import type {
  AttendanceStatus,
  EngagementPlan,
  ManualEvent,
} from '../../../shared/workspace/model';
import {
  deleteEngagementPlan,
  restoreEngagementPlan,
  saveEngagementPlan,
  type EngagementPlanInput,
} from '../../db';
import { services, writeContext } from '../../app/services';
import { trackSave, type SaveStates } from '../../lib/save-state';
import { useUndoStore } from '../../lib/undo';

/** Where a deleted event is offered back (the events the user added). */
export const ENGAGEMENT_UNDO_PLACE = 'engagement-events';

/** The user's side of an event, as the plan form edits it. */
export interface PlanFields {
  status: AttendanceStatus;
  attendees: string[];
  questions: string;
  notes: string;
}

/** Where a plan's saves are tracked: the notice event's id, or the manual plan's id. */
export function planSaveKey(eventId: string | null, planId: string | null): string {
  return eventId ? `event:${eventId}` : `plan:${planId ?? 'new'}`;
}

interface EngagementState extends SaveStates {
  message: string | null;
  /** The id of the added event being edited in the event form, or null (the form adds one). */
  editing: string | null;
  /** Open the event form on an added event to edit it, or back to adding (null). */
  edit(planId: string | null): void;
  /** Save the plan for a notice event (made on first save, kept by the event's stable id). */
  savePlan(opportunityId: string, eventId: string, fields: PlanFields): Promise<boolean>;
  /** Save a manual event's plan (its event details or the plan fields). */
  saveManual(
    plan: EngagementPlan,
    change: Partial<PlanFields> & { manual?: ManualEvent },
  ): Promise<boolean>;
  /** Add an event the notice does not list (tracked under `add`). */
  addEvent(opportunityId: string, manual: ManualEvent, status: AttendanceStatus): Promise<boolean>;
  /** Delete a manual event and its plan, with Undo. */
  deleteEvent(plan: EngagementPlan): Promise<boolean>;
}

/** Engagement screen state and actions. Plans live in Dexie (see engagement-queries). */
export const useEngagementStore = create<EngagementState>((set) => ({
  saves: {},
  message: null,
  editing: null,

  edit(planId) {
    set({ editing: planId });
  },

  savePlan(opportunityId, eventId, fields) {
    return trackSave(set, planSaveKey(eventId, null), () =>
      saveEngagementPlan(
        services().db,
        { opportunityId, eventId, manual: null, ...fields },
        writeContext(),
      ),
    );
  },

  saveManual(plan, change) {
    const input: EngagementPlanInput = {
      id: plan.id,
      opportunityId: plan.opportunityId,
      eventId: null,
      manual: change.manual ?? plan.manual,
      status: change.status ?? plan.status,
      attendees: change.attendees ?? plan.attendees,
      questions: change.questions ?? plan.questions,
      notes: change.notes ?? plan.notes,
    };
    return trackSave(set, planSaveKey(null, plan.id), () =>
      saveEngagementPlan(services().db, input, writeContext()),
    );
  },

  async addEvent(opportunityId, manual, status) {
    const ok = await trackSave(set, 'add', () =>
      saveEngagementPlan(
        services().db,
        { opportunityId, eventId: null, manual, status, attendees: [], questions: '', notes: '' },
        writeContext(),
      ),
    );
    if (ok) set({ message: `Added “${manual.title}”.` });
    return ok;
  },

  async deleteEvent(plan) {
    let removed: EngagementPlan | null = null;
    const ok = await trackSave(set, planSaveKey(null, plan.id), async () => {
      removed = await deleteEngagementPlan(services().db, plan.id);
    });
    const gone = removed as EngagementPlan | null;
    if (ok && gone) {
      const title = gone.manual?.title ?? 'the event';
      useUndoStore.getState().offerUndo({
        place: ENGAGEMENT_UNDO_PLACE,
        done: `Deleted “${title}”.`,
        undo: () => restoreEngagementPlan(services().db, gone),
      });
      set({ message: null });
    }
    return ok;
  },
}));
