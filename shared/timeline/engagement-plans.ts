/**
 * The bid team's side of engagement: attendance on the notice's events, and events the team
 * added by hand (buyer briefings, clarification sessions, presentations, site visits).
 */
import { Instant } from '../notice/model';
import { formatUkDate } from '../calendar/format';
import type { EngagementPlan, ManualEventKind } from '../workspace/model';
import { isUkDay, startOfUkDay } from '../calendar/days';
import type { TimelineItem } from './model';

type Base = Pick<
  TimelineItem,
  'opportunityId' | 'opportunityTitle' | 'buyerName' | 'url' | 'movedFrom' | 'end' | 'location'
>;

const STATUS_TEXT: Record<EngagementPlan['status'], string> = {
  considering: 'We are considering going.',
  registered: 'We are registered.',
  attended: 'We attended.',
  missed: 'We missed it.',
};

const MANUAL_TITLES: Record<ManualEventKind, string> = {
  briefing: 'Buyer briefing',
  clarification: 'Clarification session',
  presentation: 'Presentation',
  'site-visit': 'Site visit',
  other: 'Event',
};

/** An Instant from what a form stored: an Instant as is, a `yyyy-MM-dd` day as its start. */
function instantOf(value: string | null): string | null {
  if (!value) return null;
  if (Instant.safeParse(value).success) return value;
  return isUkDay(value) ? startOfUkDay(value) : null;
}

function planNote(plan: EngagementPlan): string {
  const who = plan.attendees.filter((name) => name.trim()).join(', ');
  return [STATUS_TEXT[plan.status], who ? `Going: ${who}.` : '', plan.questions.trim()]
    .filter(Boolean)
    .join(' ');
}

/**
 * Notice event items updated with the team's plan (`updated`, same ids) and items for events
 * added by hand (`added`, ids `<prefix>/event/<plan id>[/sign-up]`). A notice event is done once
 * attended; its sign-up once registered or attended.
 */
export function engagementPlanItems(
  plans: readonly EngagementPlan[],
  notice: readonly TimelineItem[],
  prefix: string,
  base: Base,
): { updated: TimelineItem[]; added: TimelineItem[] } {
  // One plan per event; should there be two, the later one wins.
  const updated = new Map<string, TimelineItem>();
  const added: TimelineItem[] = [];
  for (const plan of plans) {
    if (plan.eventId !== null) {
      const eventId = `${prefix}/engagement/${plan.eventId}`;
      for (const item of notice) {
        const signUp = item.id === `${eventId}/sign-up`;
        if (item.id !== eventId && !signUp) continue;
        const done = signUp
          ? plan.status === 'registered' || plan.status === 'attended'
          : plan.status === 'attended';
        updated.set(item.id, { ...item, done, detail: `${item.detail} ${planNote(plan)}`.trim() });
      }
      continue;
    }
    const manual = plan.manual;
    const start = instantOf(manual?.start ?? null);
    if (!manual || !start) continue;
    const end = instantOf(manual.end);
    const title = manual.title.trim() || MANUAL_TITLES[manual.kind];
    const shared = {
      ...base,
      source: 'bid' as const,
      lane: 'engagement' as const,
      lotId: null,
      lotTitle: null,
    };
    added.push({
      ...shared,
      id: `${prefix}/event/${plan.id}`,
      kind: `manual-${manual.kind}`,
      title,
      at: start,
      end: end && !manual.allDay && Date.parse(end) > Date.parse(start) ? end : null,
      allDay: manual.allDay,
      done: plan.status === 'attended',
      location: manual.place ?? manual.onlineUrl,
      detail: [
        `${MANUAL_TITLES[manual.kind]} added by the bid team.`,
        manual.onlineUrl ? `Join online: ${manual.onlineUrl}` : '',
        planNote(plan),
      ]
        .filter(Boolean)
        .join(' '),
    });
    const signUp = instantOf(manual.signUpDeadline);
    if (signUp) {
      added.push({
        ...shared,
        id: `${prefix}/event/${plan.id}/sign-up`,
        kind: 'engagementSignUp',
        title: `Sign up: ${title}`,
        at: signUp,
        end: null,
        allDay: false,
        done: plan.status === 'registered' || plan.status === 'attended',
        location: null,
        detail: `Register to attend on ${formatUkDate(start, manual.allDay)}.`,
      });
    }
  }
  return { updated: [...updated.values()], added };
}
