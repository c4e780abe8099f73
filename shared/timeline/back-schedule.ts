/**
 * Planning a bid backwards from the submission deadline, as bid managers do: go/no-go, gap
 * analysis, first draft, internal review, final sign-off, submit, with some contingency kept
 * free before the deadline.
 */
import type { Instant } from '../notice/model';
import { formatUkDate } from '../calendar/format';
import { startOfUkDay } from '../calendar/days';
import { dueDay, ukDay } from '../calendar/instants';
import { addWorkingDays } from '../calendar/working-days';
import { midnightMeaning } from '../notice/midnight';
import {
  MILESTONES,
  type BankHolidayRegion,
  type BidScheduleSettings,
  type Milestone,
  type TimelineLane,
} from './model';

/** One planned milestone: a UK day, with how it was worked out. */
export interface BidMilestone {
  milestone: Milestone;
  title: string;
  lane: TimelineLane;
  /** `yyyy-MM-dd`, a working day, never after the deadline's day. */
  day: string;
  /** The start of that UK day, as an Instant (milestones are all-day items). */
  at: Instant;
  /** Working days before the deadline's day as planned, after contingency. */
  workingDaysBefore: number;
  /** As the settings say, before contingency. */
  plannedWorkingDaysBefore: number;
  detail: string;
}

const TITLES: Record<Milestone, { title: string; lane: TimelineLane }> = {
  goNoGo: { title: 'Go/no-go decision', lane: 'sign-off' },
  gapAnalysis: { title: 'Gap analysis done', lane: 'writing' },
  firstDraft: { title: 'First draft complete', lane: 'writing' },
  internalReview: { title: 'Internal review done', lane: 'writing' },
  finalSignOff: { title: 'Final sign-off', lane: 'sign-off' },
  submit: { title: 'Submit the bid', lane: 'sign-off' },
};

const REGION_NAMES: Record<BankHolidayRegion, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
  none: '',
};

/**
 * The deadline as a milestone's detail quotes it, saying which day the plan counts back from when
 * that is the day before: the deadline is at midnight, or a day without a time read at its start.
 */
function deadlineWords(deadline: Instant, allDay: boolean, lastDay: string): string {
  const text = formatUkDate(deadline, allDay);
  if (lastDay === ukDay(deadline)) return text;
  if (allDay) {
    return `${text}, a day without a time: planned as due at its start, so by the end of ${formatUkDate(startOfUkDay(lastDay), true)}`;
  }
  return `${text}, ${midnightMeaning({ kind: 'submissionDeadline', at: deadline, allDay }) ?? ''}`;
}

/** Contingency in working days: `percent` of the writing window, rounded up (never less). */
export function contingencyDays(settings: BidScheduleSettings): number {
  const window = settings.offsets.gapAnalysis;
  return Math.ceil((window * settings.contingencyPercent) / 100 - 1e-9);
}

/** A day of the plan: where it falls and how it was worked out. */
export interface PlannedDay {
  /** `yyyy-MM-dd`, a working day, never after the deadline's last day. */
  day: string;
  /** Working days before the deadline's last day, after contingency. */
  before: number;
  /** Working days brought forward for contingency. */
  pulledIn: number;
}

/**
 * The one rule every planned date of a bid follows (the schedule's milestones and the checklist's
 * due dates alike): `planned` working days before `deadlineDay` (the deadline's last day, see
 * `dueDay`), brought forward for contingency as `backSchedule` describes, skipping weekends and
 * the settings' bank holidays.
 */
export function plannedDay(
  deadlineDay: string,
  planned: number,
  settings: BidScheduleSettings,
): PlannedDay {
  const window = settings.offsets.gapAnalysis;
  const contingency = window > 0 ? contingencyDays(settings) : 0;
  const pulledIn =
    planned < window && window > 0 ? Math.round((contingency * (window - planned)) / window) : 0;
  const before = planned + pulledIn;
  return { day: addWorkingDays(deadlineDay, -before, settings.bankHolidays), before, pulledIn };
}

/**
 * The bid's milestones for a submission deadline, in order.
 *
 * - Offsets are working days before the deadline's UK day: 1 is the working day before it, 0 the
 *   deadline's day itself (or the working day before, when the deadline falls on a weekend or a
 *   bank holiday). Weekends and the settings' bank holidays are skipped. The deadline's day is the
 *   last day to meet it (`dueDay`): for a deadline at midnight, the day before, and the same for a
 *   day given without a time (its earliest reading).
 * - Contingency: the writing window runs from the gap analysis to the deadline. `contingencyPercent`
 *   of it (rounded up to whole working days, C) is kept free at the end by pulling the writing
 *   milestones in proportionally: a milestone planned `o` working days before the deadline moves
 *   to `o + C × (window − o) / window` (rounded). The gap analysis and go/no-go stay put; submit
 *   moves most, so the plan finishes C working days early and every stage keeps its share.
 * - No milestone is ever after the deadline's day, and each is on or after the one before it.
 */
export function backSchedule(
  submissionDeadline: Instant,
  settings: BidScheduleSettings,
  allDay = false,
): BidMilestone[] {
  const deadlineDay = dueDay(submissionDeadline);
  const window = settings.offsets.gapAnalysis;
  const calendar = settings.bankHolidays;
  const deadlineText = deadlineWords(submissionDeadline, allDay, deadlineDay);
  const dayBefore = deadlineDay !== ukDay(submissionDeadline);
  const skipped =
    calendar === 'none'
      ? 'Weekends are skipped.'
      : `Weekends and bank holidays (${REGION_NAMES[calendar]}) are skipped.`;

  return MILESTONES.map((milestone) => {
    const planned = settings.offsets[milestone];
    const { day, before, pulledIn } = plannedDay(deadlineDay, planned, settings);
    const when =
      before === 0
        ? dayBefore
          ? 'On the last day before the submission deadline'
          : 'On the day of the submission deadline'
        : `${before} working day${before === 1 ? '' : 's'} before the submission deadline`;
    const why =
      pulledIn > 0
        ? ` Planned at ${planned}, brought forward ${pulledIn} for contingency (${settings.contingencyPercent}% of the ${window}-working-day writing window kept free).`
        : '';
    return {
      milestone,
      ...TITLES[milestone],
      day,
      at: startOfUkDay(day),
      workingDaysBefore: before,
      plannedWorkingDaysBefore: planned,
      detail: `${when} (${deadlineText}).${why} ${skipped}`,
    };
  });
}
