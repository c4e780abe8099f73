/**
 * What the "This week" agenda is built from, read in one go: every opportunity's key dates, the
 * notice events, and the workspace rows that put work in the diary. The agenda itself (what falls
 * this week, what is overdue) is a pure function over this data, with the clock as a parameter.
 */
import type { Stage } from '../../../shared/notice/model';
import type { ChecklistItem, EngagementPlan, GoNoGoDecision } from '../../../shared/workspace';
import type { BidDeskDatabase } from '../database';
import type { CompactKeyDate } from '../records';

/** An opportunity as the agenda needs it. */
export interface AgendaOpportunity {
  id: string;
  title: string;
  stage: Stage;
  /** The pipeline's copy: the dates a bidder acts on (see `compactKeyDates`). */
  keyDates: CompactKeyDate[];
}

/** A notice engagement event still in its notice, by its stored id (which plans point at). */
export interface AgendaEvent {
  id: string;
  opportunityId: string;
  title: string;
  /** Null when the notice names no date. */
  start: string | null;
  allDay: boolean;
  signUpDeadline: string | null;
}

/** Everything the agenda reads. */
export interface AgendaData {
  opportunities: AgendaOpportunity[];
  events: AgendaEvent[];
  /** Engagement plans (attendance at notice events and at events the user added). */
  plans: EngagementPlan[];
  checklist: ChecklistItem[];
  decisions: GoNoGoDecision[];
}

/** Read what the agenda needs, in one read transaction (a consistent picture across tables). */
export async function loadAgendaInput(db: BidDeskDatabase): Promise<AgendaData> {
  const tables = [
    db.opportunities,
    db.engagementEvents,
    db.engagementPlans,
    db.checklistItems,
    db.decisions,
  ];
  return db.transaction('r', tables, async () => {
    const [opportunities, events, plans, checklist, decisions] = await Promise.all([
      db.opportunities.toArray(),
      db.engagementEvents.toArray(),
      db.engagementPlans.toArray(),
      db.checklistItems.toArray(),
      db.decisions.toArray(),
    ]);
    return {
      opportunities: opportunities.map(({ id, title, stage, keyDates }) => ({
        id,
        title,
        stage,
        keyDates,
      })),
      events: events
        .filter((event) => !event.removedFromNotice)
        .map(({ id, opportunityId, title, start, allDay, signUpDeadline }) => ({
          id,
          opportunityId,
          title,
          start,
          allDay,
          signUpDeadline,
        })),
      plans,
      checklist,
      decisions,
    };
  });
}
