/**
 * The user's side of engagement events: whether they will go, who, what to ask, what they learnt.
 * A plan points at a notice event by its stored id, which survives re-imports (a moved event keeps
 * its id), or carries an event the user added by hand.
 */
import {
  EngagementPlan,
  type AttendanceStatus,
  type ManualEvent,
} from '../../../shared/workspace/model';
import type { BidDeskDatabase } from '../database';
import type { WriteContext } from '../write-context';
import { assertBelongs } from './ownership';
import { validate, WorkspaceInputError, WorkspaceNotFoundError } from './validate';
import { getEvent } from '../notice-record';

/** What the engagement screen saves; with `id`, that plan is updated. */
export interface EngagementPlanInput {
  opportunityId: string;
  /** The stored engagement event's id, or null for a manual event. */
  eventId: string | null;
  manual: ManualEvent | null;
  status: AttendanceStatus;
  attendees: string[];
  questions: string;
  notes: string;
  id?: string;
}

const WHAT = 'engagement plan';

/** The plans of an opportunity, oldest first. */
export async function listEngagementPlans(
  db: BidDeskDatabase,
  opportunityId: string,
): Promise<EngagementPlan[]> {
  const plans = await db.engagementPlans.where('opportunityId').equals(opportunityId).toArray();
  return plans.sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id),
  );
}

/**
 * Create or update a plan. A notice event has one plan: saving for an event that already has one
 * updates it (even without `id`). Exactly one of `eventId` and `manual` is given, and the event
 * must be one of the opportunity's own.
 */
export async function saveEngagementPlan(
  db: BidDeskDatabase,
  input: EngagementPlanInput,
  ctx: WriteContext,
): Promise<EngagementPlan> {
  if ((input.eventId === null) === (input.manual === null)) {
    throw new WorkspaceInputError(WHAT, [
      {
        path: input.eventId === null ? 'manual' : 'eventId',
        message: 'A plan is for one event: an event from the notice or one you add, not both',
      },
    ]);
  }
  const tables = [db.opportunities, db.notices, db.engagementPlans];
  return db.transaction('rw', tables, async () => {
    await assertBelongs(db, input.opportunityId, null);
    const forEvent =
      input.eventId === null
        ? undefined
        : await db.engagementPlans.where('eventId').equals(input.eventId).first();
    if (input.eventId !== null) {
      const event = await getEvent(db, input.eventId);
      if (event?.opportunityId !== input.opportunityId) {
        throw new WorkspaceNotFoundError(
          'That engagement event is not part of this opportunity. Nothing was saved.',
        );
      }
    }
    let existing = forEvent;
    if (input.id !== undefined) {
      existing = await db.engagementPlans.get(input.id);
      if (!existing) {
        throw new WorkspaceNotFoundError('That engagement plan was deleted. Nothing was saved.');
      }
      if (forEvent && forEvent.id !== input.id) {
        throw new WorkspaceInputError(WHAT, [
          { path: 'eventId', message: 'That event already has a plan: edit that one instead' },
        ]);
      }
    }
    if (existing && existing.opportunityId !== input.opportunityId) {
      throw new WorkspaceNotFoundError('That engagement plan belongs to another opportunity.');
    }
    const at = ctx.now.toISOString();
    const plan = validate(
      EngagementPlan,
      {
        id: existing?.id ?? crypto.randomUUID(),
        opportunityId: input.opportunityId,
        eventId: input.eventId,
        manual: input.manual,
        status: input.status,
        attendees: input.attendees,
        questions: input.questions,
        notes: input.notes,
        createdAt: existing?.createdAt ?? at,
        updatedAt: at,
        updatedBy: ctx.user,
      } satisfies EngagementPlan,
      WHAT,
    );
    await db.engagementPlans.put(plan);
    return plan;
  });
}

/** Delete a plan; returns it (for Undo with `restoreEngagementPlan`), or null if it was gone. */
export async function deleteEngagementPlan(
  db: BidDeskDatabase,
  id: string,
): Promise<EngagementPlan | null> {
  return db.transaction('rw', db.engagementPlans, async () => {
    const plan = await db.engagementPlans.get(id);
    if (!plan) return null;
    await db.engagementPlans.delete(id);
    return plan;
  });
}

/** Put back a plan `deleteEngagementPlan` returned, as it was. */
export async function restoreEngagementPlan(
  db: BidDeskDatabase,
  plan: EngagementPlan,
): Promise<void> {
  await db.engagementPlans.put(validate(EngagementPlan, plan, WHAT));
}
