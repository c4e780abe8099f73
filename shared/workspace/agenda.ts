/**
 * "What needs me this week": one list across every opportunity of the events to go to, sign-ups
 * to make, checklist items due (and overdue), deadlines, and go/no-go decisions still to take.
 */
import type { KeyDateKind } from '../notice/model';
import { formatUkDate } from '../calendar/format';
import { formatKeyDate } from '../notice/midnight';
import { addDays, dayOf, startOfUkDay, ukToday } from '../calendar/days';
import { instantMs } from '../calendar/instants';
import { byQuestion } from '../timeline/items';
import { bidStatus, isLive, type BidStatus } from './bid-status';
import type {
  AttendanceStatus,
  BidOutcome,
  ChecklistItem,
  ChecklistStatus,
  EngagementPlan,
  GoNoGoDecision,
  ManualEventKind,
} from './model';

export interface AgendaItem {
  kind: 'engagement' | 'sign-up' | 'checklist' | 'decision' | 'deadline' | 'clarification';
  /** An Instant, or a Day (`yyyy-MM-dd`) for checklist items and decisions. */
  at: string;
  allDay: boolean;
  title: string;
  detail: string;
  opportunityId: string;
  opportunityTitle: string;
  /** Its time has passed and it is still not done (checklist items, sign-ups, deadlines). */
  overdue: boolean;
}

export interface AgendaInput {
  opportunities: Array<{
    id: string;
    title: string;
    stage: string;
    keyDates: Array<{ kind: KeyDateKind; at: string; allDay: boolean; lotId: string | null }>;
  }>;
  /** The notice's engagement events as stored (their ids are what plans refer to). */
  events: Array<{
    id: string;
    opportunityId: string;
    title: string;
    start: string | null;
    allDay: boolean;
    signUpDeadline: string | null;
  }>;
  plans: EngagementPlan[];
  checklist: ChecklistItem[];
  decisions: GoNoGoDecision[];
  /** The bids' recorded outcomes (submitted, withdrawn, awarded…): an ended bid leaves the agenda. */
  outcomes: BidOutcome[];
}

/** How far past the window a submission deadline still makes a go/no-go decision pressing. */
const DECISION_LEAD_DAYS = 14;

const DEADLINE_TITLES: Partial<Record<KeyDateKind, [AgendaItem['kind'], string]>> = {
  submissionDeadline: ['deadline', 'Submission deadline'],
  clarificationDeadline: ['clarification', 'Deadline for clarification questions'],
  expressionOfInterest: ['deadline', 'Expression of interest deadline'],
};

const STATUS_WORDS: Record<ChecklistStatus, string> = {
  todo: 'to do',
  drafting: 'drafting',
  review: 'in review',
  done: 'done',
  'not-needed': 'not needed',
};

const ATTENDANCE_WORDS: Record<AttendanceStatus, string> = {
  considering: 'Not registered yet',
  registered: 'You are registered',
  attended: 'Attended',
  missed: 'Missed',
};

const MANUAL_WORDS: Record<ManualEventKind, string> = {
  briefing: 'Buyer briefing',
  clarification: 'Clarification session',
  presentation: 'Presentation',
  'site-visit': 'Site visit',
  other: 'Event',
};

const SIGNED_UP: ReadonlySet<AttendanceStatus> = new Set(['registered', 'attended', 'missed']);

/** The start of a UK day in epoch milliseconds, to compare with instants. */
function dayStartMs(day: string): number {
  return instantMs(startOfUkDay(day));
}

function sortKey(item: AgendaItem): number {
  return item.allDay ? dayStartMs(dayOf(item.at)) : Date.parse(item.at);
}

/**
 * Time order; the same time by the question an item is about (Q2 before Q10), then a checklist's
 * own order, then the order they were gathered in.
 */
function inOrder(a: Sorted, b: Sorted): number {
  return (
    a.key - b.key ||
    byQuestion(a.item.title, b.item.title) ||
    a.position - b.position ||
    a.index - b.index
  );
}

interface Sorted {
  item: AgendaItem;
  key: number;
  position: number;
  index: number;
}

/**
 * Everything that needs the user from the start of today (UK) for `days` days, sorted by time.
 * Overdue checklist items are included whatever their age, marked `overdue`. Bids that have ended
 * (`bidStatus`: closed, submitted, withdrawn, not bid for…) put nothing here, nor do lots the team
 * decided not to bid for.
 */
export function weekAgenda(now: Date, input: AgendaInput, days = 7): AgendaItem[] {
  const nowMs = now.getTime();
  const today = ukToday(now);
  const endDay = addDays(today, days);
  const windowStart = dayStartMs(today);
  const windowEnd = dayStartMs(endDay);
  const inWindow = (at: string): boolean => {
    const ms = Date.parse(at);
    return ms >= windowStart && ms < windowEnd;
  };

  const titles = new Map(input.opportunities.map((o) => [o.id, o.title]));
  const decisionsFor = (id: string) => input.decisions.filter((d) => d.opportunityId === id);
  const statuses = new Map<string, BidStatus>(
    input.opportunities.map((o) => [
      o.id,
      bidStatus(
        {
          stage: o.stage,
          keyDates: o.keyDates,
          decisions: decisionsFor(o.id),
          outcomes: input.outcomes.filter((r) => r.opportunityId === o.id),
        },
        now,
      ),
    ]),
  );
  const items: Array<{ item: AgendaItem; position: number }> = [];
  const push = (item: Omit<AgendaItem, 'opportunityTitle'>, lotId: string | null = null): void => {
    const opportunityTitle = titles.get(item.opportunityId);
    const status = statuses.get(item.opportunityId);
    if (opportunityTitle === undefined || !status || !isLive(status, lotId)) return;
    items.push({ item: { ...item, opportunityTitle }, position: 0 });
  };

  // Events from the notice, with the user's plan for each.
  for (const event of input.events) {
    const status = input.plans.find((p) => p.eventId === event.id)?.status ?? null;
    if (status === 'missed') continue;
    if (event.start && inWindow(event.start)) {
      push({
        kind: 'engagement',
        at: event.start,
        allDay: event.allDay,
        title: event.title,
        detail: ATTENDANCE_WORDS[status ?? 'considering'],
        opportunityId: event.opportunityId,
        overdue: false,
      });
    }
    if (
      event.signUpDeadline &&
      inWindow(event.signUpDeadline) &&
      !(status && SIGNED_UP.has(status))
    ) {
      push({
        kind: 'sign-up',
        at: event.signUpDeadline,
        allDay: false,
        title: `Sign up for ${event.title}`,
        detail: `Places close ${formatUkDate(event.signUpDeadline)}.`,
        opportunityId: event.opportunityId,
        overdue: Date.parse(event.signUpDeadline) < nowMs,
      });
    }
  }

  // Events the user added by hand.
  for (const plan of input.plans) {
    const manual = plan.manual;
    if (plan.eventId !== null || !manual || plan.status === 'missed') continue;
    if (inWindow(manual.start)) {
      push({
        kind: manual.kind === 'clarification' ? 'clarification' : 'engagement',
        at: manual.start,
        allDay: manual.allDay,
        title: manual.title,
        detail: [MANUAL_WORDS[manual.kind], manual.place].filter(Boolean).join(', '),
        opportunityId: plan.opportunityId,
        overdue: false,
      });
    }
    if (manual.signUpDeadline && inWindow(manual.signUpDeadline) && !SIGNED_UP.has(plan.status)) {
      push({
        kind: 'sign-up',
        at: manual.signUpDeadline,
        allDay: false,
        title: `Sign up for ${manual.title}`,
        detail: `Places close ${formatUkDate(manual.signUpDeadline)}.`,
        opportunityId: plan.opportunityId,
        overdue: Date.parse(manual.signUpDeadline) < nowMs,
      });
    }
  }

  // Checklist items due this week, and any left overdue.
  for (const item of input.checklist) {
    if (item.dueDate === null || item.status === 'done' || item.status === 'not-needed') continue;
    if (item.dueDate >= endDay) continue;
    const overdue = item.dueDate < today;
    const before = items.length;
    push(
      {
        kind: 'checklist',
        at: item.dueDate,
        allDay: true,
        title: item.title,
        detail: `${item.owner.trim() || 'No owner yet'}; ${STATUS_WORDS[item.status]}${overdue ? '; overdue' : ''}.`,
        opportunityId: item.opportunityId,
        overdue,
      },
      item.lotId,
    );
    const pushed = items[before];
    if (pushed) pushed.position = item.position;
  }

  // Deadlines from the notices, and decisions they make pressing.
  for (const opportunity of input.opportunities) {
    if (opportunity.stage === 'cancelled') continue;
    const seen = new Set<string>();
    for (const date of opportunity.keyDates) {
      const known = DEADLINE_TITLES[date.kind];
      if (!known || !inWindow(date.at)) continue;
      const dedupe = `${date.kind} ${Date.parse(date.at)}`;
      if (seen.has(dedupe)) continue; // the same date repeated per lot
      seen.add(dedupe);
      push({
        kind: known[0],
        at: date.at,
        allDay: date.allDay,
        title: known[1],
        detail: formatKeyDate(date),
        opportunityId: opportunity.id,
        overdue: Date.parse(date.at) < nowMs,
      });
    }

    if (opportunity.stage !== 'tender') continue;
    const decided = decisionsFor(opportunity.id).some((d) => d.outcome !== 'undecided');
    if (decided) continue;
    const lead = dayStartMs(addDays(endDay, DECISION_LEAD_DAYS));
    const deadline = opportunity.keyDates
      .filter((d) => d.kind === 'submissionDeadline')
      .filter((d) => Date.parse(d.at) >= nowMs && Date.parse(d.at) < lead)
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
    if (!deadline) continue;
    push({
      kind: 'decision',
      at: today,
      allDay: true,
      title: 'Go/no-go decision needed',
      detail: `No decision yet; the submission deadline is ${formatKeyDate(deadline)}.`,
      opportunityId: opportunity.id,
      overdue: false,
    });
  }

  return items
    .map(({ item, position }, index) => ({ item, position, index, key: sortKey(item) }))
    .sort(inOrder)
    .map(({ item }) => item);
}
