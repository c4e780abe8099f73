/**
 * The few dates a bid turns on (deadlines, sign-up deadlines, the go/no-go decision, submitting),
 * as opposed to every checklist item: what a "milestones only" calendar holds, what reminders are
 * set on and what the printed page for trustees leads with.
 */
import { ukDay } from '../calendar/instants';
import type { TimelineItem } from './model';

/** Deadlines someone outside the team sets: calendar reminders go on these. */
export const REMINDER_KINDS: ReadonlySet<string> = new Set([
  'submissionDeadline',
  'clarificationDeadline',
  'engagementSignUp',
  'expressionOfInterest',
]);

/** The buyer's deadlines, the decision (planned and made) and the day the team submits. */
export const MILESTONE_KINDS: ReadonlySet<string> = new Set([
  ...REMINDER_KINDS,
  'goNoGo',
  'goNoGoDecision',
  'submit',
]);

/** True for a milestone (see `MILESTONE_KINDS`). */
export function isMilestone(item: Pick<TimelineItem, 'kind'>): boolean {
  return MILESTONE_KINDS.has(item.kind);
}

/**
 * What is still to happen, in the order given (a sorted timeline: soonest first): items not done that are due today or later, and the
 * team's own items that are overdue (they still need doing). The buyer's dates that have passed
 * are history and are left out.
 */
export function stillToCome(items: readonly TimelineItem[], now: Date): TimelineItem[] {
  const today = ukDay(now);
  return items.filter((item) => {
    if (item.done) return false;
    const past = item.allDay ? ukDay(item.at) < today : Date.parse(item.at) < now.getTime();
    return !past || item.source === 'bid';
  });
}
