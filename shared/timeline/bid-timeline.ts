/**
 * One opportunity's whole timeline: the notice's dates and the bid team's own plan (go/no-go,
 * writing milestones back-scheduled from the deadline, clarification questions, checklist due
 * dates, engagement the team planned or added by hand).
 */
import type { Change, Instant, Opportunity } from '../notice/model';
import { formatUkDate } from '../calendar/format';
import { startOfUkDay } from '../calendar/days';
import { dueDay, ukDay } from '../calendar/instants';
import { addWorkingDays } from '../calendar/working-days';
import type { ChecklistItem, EngagementPlan, GoNoGoDecision } from '../workspace/model';
import { checklistMilestone } from '../workspace/checklist';
import { backSchedule } from './back-schedule';
import { engagementPlanItems } from './engagement-plans';
import { lotTitleOf, noticeUrl, sortTimeline } from './items';
import type { BidScheduleSettings, TimelineItem } from './model';
import { noticeTimeline, type StoredEventRef } from './notice-timeline';

/** A stored lot: checklist items point at its record id; the notice knows it by `lotKey`. */
export interface StoredLotRef {
  id: string;
  lotKey: string;
  title: string | null;
}

/** Everything one opportunity's timeline is built from. */
export interface BidTimelineInput {
  /** The stored opportunity's id. */
  opportunityId: string;
  /** The notice as last imported. */
  opportunity: Opportunity;
  /** Stored lots (to turn checklist items' lot record ids into the notice's lot keys). */
  lots?: readonly StoredLotRef[];
  /** Stored engagement events (stable ids, moves, and what plans point at). */
  events?: readonly StoredEventRef[];
  decisions: readonly GoNoGoDecision[];
  checklist: readonly ChecklistItem[];
  engagementPlans: readonly EngagementPlan[];
  settings: BidScheduleSettings;
  /** Key-date changes from re-imports, oldest first (for `movedFrom` on notice dates). */
  changes?: readonly Change[];
  now: Date;
}

/**
 * The opportunity's timeline, sorted. Ids start with the ocid (or the opportunity's id for a
 * notice without one), so the notice's dates get the same ids as on the command line.
 *
 * - Milestones are scheduled from each distinct submission deadline (the whole opportunity's,
 *   and a lot's own when it differs) with `backSchedule`; none when the notice has no deadline
 *   or the latest whole-opportunity decision is "no bid".
 * - The go/no-go milestone is done once a bid/no-bid decision is recorded; each scope's latest
 *   decision is an item on the day it was made. An undecided opportunity past its go/no-go day
 *   says so in the milestone's detail.
 * - Checklist items with a due date are all-day items (done when done or not needed), with
 *   `movedFrom` when a re-import moved the deadline they follow. An item that is a milestone
 *   (final sign-off, submit: `checklistMilestone`) takes the milestone's place for its lot's
 *   deadline, so each task is on the timeline, the calendar and the spreadsheet once, with the
 *   checklist's date, owner and status.
 */
export function bidTimeline(input: BidTimelineInput): TimelineItem[] {
  const { opportunity, opportunityId, settings } = input;
  const prefix = opportunity.ocid ?? opportunityId;
  const notice = noticeTimeline(opportunity, prefix, {
    opportunityId,
    events: input.events,
    changes: input.changes,
  });
  const base = {
    opportunityId,
    opportunityTitle: opportunity.title,
    buyerName: opportunity.buyer.name || null,
    source: 'bid' as const,
    url: noticeUrl(opportunity),
    end: null,
    movedFrom: null,
    location: null,
  };
  const items: TimelineItem[] = [...notice];

  const latest = latestDecisions(input.decisions);
  const whole = latest.get(null);
  for (const decision of latest.values()) {
    const lotKey = decision.lotId === null ? null : lotKeyOf(input.lots, decision.lotId);
    items.push({
      ...base,
      id: `${prefix}/decision/${decision.lotId ?? 'all'}`,
      lane: 'sign-off',
      kind: 'goNoGoDecision',
      title: DECISION_TITLES[decision.outcome],
      at: startOfUkDay(decision.decidedOn),
      allDay: true,
      lotId: lotKey,
      lotTitle: lotKey === null ? null : lotTitleOf(opportunity, lotKey),
      done: decision.outcome !== 'undecided',
      detail: `Decided by ${decision.decidedBy} on ${formatUkDate(decision.decidedOn, true)}${decision.score === null ? '' : ` (score ${Math.round(decision.score)}/100)`}: ${decision.rationale}`,
    });
  }

  const deadlines = submissionDeadlines(opportunity);
  // A checklist item that IS a milestone (sign-off, submit) stands for it: one task, one date.
  const covered = coveredMilestones(input, deadlines);
  const milestoneDetails = new Map<string, string>();
  if (whole?.outcome !== 'no-bid') {
    const decided = [...latest.values()].find((d) => d.outcome !== 'undecided');
    for (const { deadline, allDay, lotId } of deadlines) {
      const scope = lotId ?? 'all';
      for (const m of backSchedule(deadline, settings, allDay)) {
        milestoneDetails.set(`${m.milestone}/${scope}/${m.day}`, m.detail);
        if (covered.has(`${m.milestone}/${scope}`)) continue;
        const pending = m.milestone === 'goNoGo' && !decided;
        const late = pending && ukDay(input.now) > m.day ? ' No decision is recorded yet.' : '';
        items.push({
          ...base,
          id: `${prefix}/plan/${m.milestone}/${scope}`,
          lane: m.lane,
          kind: m.milestone,
          title: m.title,
          at: m.at,
          allDay: true,
          lotId,
          lotTitle: lotTitleOf(opportunity, lotId),
          done: m.milestone === 'goNoGo' && decided !== undefined,
          detail: `${m.detail}${late}`,
        });
      }
    }
    items.push(...clarificationItems(input, prefix, base));
  }

  for (const item of input.checklist) {
    if (!item.dueDate) continue;
    const lotKey = lotKeyOf(input.lots, item.lotId);
    const milestone = checklistMilestone(item);
    const signOff = milestone !== null || /sign[\s-]?off|approv|submit|upload/i.test(item.title);
    const scope = milestone && scopeOf(deadlines, lotKey);
    // How the schedule worked the day out, when the item is on the schedule's day for it.
    const planned = scope ? milestoneDetails.get(`${milestone}/${scope}/${item.dueDate}`) : null;
    items.push({
      ...base,
      id: `${prefix}/checklist/${item.id}`,
      lane: signOff ? 'sign-off' : 'writing',
      kind: 'checklist',
      title: item.title,
      at: startOfUkDay(item.dueDate),
      allDay: true,
      lotId: lotKey,
      lotTitle: lotKey === null ? null : lotTitleOf(opportunity, lotKey),
      done: item.status === 'done' || item.status === 'not-needed',
      movedFrom: item.movedFrom,
      detail: [item.notes.trim(), planned ?? ''].filter(Boolean).join(' '),
      owner: item.owner.trim() || null,
      status: item.status,
    });
  }

  const planned = engagementPlanItems(input.engagementPlans, notice, prefix, base);
  const replaced = new Set(planned.updated.map((item) => item.id));
  return sortTimeline([
    ...items.filter((item) => !replaced.has(item.id)),
    ...planned.updated,
    ...planned.added,
  ]);
}

const DECISION_TITLES: Record<GoNoGoDecision['outcome'], string> = {
  bid: 'Decided to bid',
  'no-bid': 'Decided not to bid',
  undecided: 'Go/no-go: not decided yet',
};

/** The latest decision per scope (null = the whole opportunity). Decisions are appended. */
function latestDecisions(decisions: readonly GoNoGoDecision[]): Map<string | null, GoNoGoDecision> {
  const latest = new Map<string | null, GoNoGoDecision>();
  for (const decision of decisions) {
    const current = latest.get(decision.lotId);
    if (!current || decision.createdAt >= current.createdAt) latest.set(decision.lotId, decision);
  }
  return latest;
}

function lotKeyOf(lots: readonly StoredLotRef[] | undefined, lotRecordId: string): string | null {
  return lots?.find((lot) => lot.id === lotRecordId)?.lotKey ?? null;
}

interface ScheduledDeadline {
  deadline: Instant;
  allDay: boolean;
  lotId: string | null;
}

/** The schedule a lot's checklist follows: its own deadline's when it has one, else the whole's. */
function scopeOf(deadlines: readonly ScheduledDeadline[], lotKey: string | null): string {
  return lotKey !== null && deadlines.some((d) => d.lotId === lotKey) ? lotKey : 'all';
}

/** `<milestone>/<scope>` of every milestone a dated checklist item stands for. */
function coveredMilestones(
  input: BidTimelineInput,
  deadlines: readonly ScheduledDeadline[],
): Set<string> {
  const covered = new Set<string>();
  for (const item of input.checklist) {
    const milestone = checklistMilestone(item);
    if (!milestone || !item.dueDate) continue;
    covered.add(`${milestone}/${scopeOf(deadlines, lotKeyOf(input.lots, item.lotId))}`);
  }
  return covered;
}

/** The whole opportunity's deadline, and each lot deadline that differs from it. */
function submissionDeadlines(opportunity: Opportunity): ScheduledDeadline[] {
  const all = opportunity.keyDates.filter((d) => d.kind === 'submissionDeadline');
  const whole = all.find((d) => d.lotId === null);
  const out: ScheduledDeadline[] = [];
  if (whole) out.push({ deadline: whole.at, allDay: whole.allDay, lotId: null });
  const seen = new Set<string>();
  for (const date of all) {
    if (date.lotId === null || seen.has(date.lotId)) continue;
    if (whole && Date.parse(whole.at) === Date.parse(date.at)) continue;
    seen.add(date.lotId);
    out.push({ deadline: date.at, allDay: date.allDay, lotId: date.lotId });
  }
  return out;
}

/** "Send our clarification questions" a few working days before each clarification deadline. */
function clarificationItems(
  input: BidTimelineInput,
  prefix: string,
  base: Omit<
    TimelineItem,
    'id' | 'lane' | 'kind' | 'title' | 'at' | 'allDay' | 'lotId' | 'lotTitle' | 'done' | 'detail'
  >,
): TimelineItem[] {
  const { opportunity, settings } = input;
  const n = settings.clarificationQuestions;
  return opportunity.keyDates
    .filter((d) => d.kind === 'clarificationDeadline')
    .map((date) => {
      const day = addWorkingDays(dueDay(date.at), -n, settings.bankHolidays);
      return {
        ...base,
        id: `${prefix}/plan/clarificationQuestions/${date.lotId ?? 'all'}`,
        lane: 'writing' as const,
        kind: 'clarificationQuestions',
        title: 'Send our clarification questions',
        at: startOfUkDay(day),
        allDay: true,
        lotId: date.lotId,
        lotTitle: lotTitleOf(opportunity, date.lotId),
        done: false,
        detail: `Batch the team's questions and send them ${n === 0 ? 'by' : `${n} working day${n === 1 ? '' : 's'} before`} the clarification deadline (${formatUkDate(date.at, date.allDay)}), so the answers come back in time to use.`,
      };
    });
}
