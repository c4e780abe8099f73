/**
 * What the "This week" agenda is built from, read in one go: every opportunity's key dates, the
 * notice events, and the workspace rows that put work in the diary. The agenda itself (what falls
 * this week, what is overdue) is `weekAgenda`, a pure function over this data and the clock.
 */
import type { AgendaInput } from '../../../shared/workspace';
import type { BidDeskDatabase } from '../database';

/**
 * Read what `weekAgenda` needs, in one read transaction (a consistent picture across tables):
 * every opportunity with the pipeline's copy of its key dates, the engagement events still in
 * their notices, and every engagement plan, checklist item and decision.
 */
export async function loadAgendaInput(db: BidDeskDatabase): Promise<AgendaInput> {
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
