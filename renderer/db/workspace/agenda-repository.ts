/**
 * What the "This week" agenda is built from, read in one go: every opportunity's key dates, the
 * notice events, and the workspace rows that put work in the diary. The agenda itself (what falls
 * this week, what is overdue) is `weekAgenda`, a pure function over this data and the clock.
 */
import { addDays, ukDay } from '../../../shared/calendar';
import type { AgendaInput } from '../../../shared/workspace';
import type { BidDeskDatabase } from '../database';
import { eventRows } from '../notice-record';

/** The agenda's days: from the UK day of `now`, for `days` days (as `weekAgenda` takes them). */
export interface AgendaWindow {
  now: Date;
  days: number;
}

/**
 * Read what `weekAgenda` needs, in one read transaction (a consistent picture across tables):
 * every opportunity with the pipeline's copy of its key dates, the engagement events still in
 * their notices, and every engagement plan, checklist item, decision and outcome. Given a window, only the
 * notices with an event or a sign-up deadline on one of its days are read (the `eventDays`
 * index); without one, every notice with a dated event.
 */
export async function loadAgendaInput(
  db: BidDeskDatabase,
  window?: AgendaWindow,
): Promise<AgendaInput> {
  const tables = [
    db.opportunities,
    db.notices,
    db.engagementPlans,
    db.checklistItems,
    db.decisions,
    db.bidOutcomes,
  ];
  return db.transaction('r', tables, async () => {
    const today = window ? ukDay(window.now) : null;
    const withEvents = today
      ? db.notices.where('eventDays').between(today, addDays(today, window?.days ?? 7), true, false)
      : db.notices.where('eventDays').above('');
    const [opportunities, notices, plans, checklist, decisions, outcomes] = await Promise.all([
      db.opportunities.toArray(),
      withEvents.distinct().toArray(),
      db.engagementPlans.toArray(),
      db.checklistItems.toArray(),
      db.decisions.toArray(),
      db.bidOutcomes.toArray(),
    ]);
    return {
      opportunities: opportunities.map(({ id, title, stage, keyDates }) => ({
        id,
        title,
        stage,
        keyDates,
      })),
      events: notices
        .flatMap(eventRows)
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
      outcomes,
    };
  });
}
