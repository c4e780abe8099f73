/**
 * The bid timeline: every dated thing about a bid on one line, from the notice (deadlines,
 * engagement events, award, contract term) and from the bid team's own plan (go/no-go, writing
 * milestones scheduled back from the deadline, checklist due dates, events they added).
 *
 * Timeline items are computed, never stored: the screens, the calendar and spreadsheet exports
 * and the command line all build them from the notice and the workspace records.
 */
import { z } from 'zod';
import { BankHolidayRegion } from '../calendar/working-days';
import { Instant } from '../notice/model';
import { ChecklistStatus } from '../workspace/model';

/** The rows of the visual timeline. */
export const TimelineLane = z.enum(['notice', 'engagement', 'writing', 'sign-off']);
export type TimelineLane = z.infer<typeof TimelineLane>;

/**
 * `notice`: the buyer's dates as published. `bid`: the bid team's own plan and records.
 * `estimate`: worked out by Bid Desk from the user's files, in no notice (a re-tender horizon).
 */
export const TimelineSource = z.enum(['notice', 'bid', 'estimate']);
export type TimelineSource = z.infer<typeof TimelineSource>;

/**
 * One dated item. `id` is stable across exports and re-imports (it never contains the date), so
 * a calendar that imported an earlier export updates the event instead of adding a second one:
 * `<ocid or opportunity id>/notice/<kind>/<lot key|all>`, `<…>/engagement/<event key>`,
 * `<…>/plan/<milestone>/<lot key|all>`, `<…>/checklist/<item id>`, `<…>/event/<plan id>`.
 */
export const TimelineItem = z.object({
  id: z.string().min(1),
  /** The stored opportunity's id (in the app), or the ocid (command line). */
  opportunityId: z.string(),
  opportunityTitle: z.string(),
  /** The buyer, for exports read outside Bid Desk (trustees' spreadsheet). */
  buyerName: z.string().nullable(),
  lane: TimelineLane,
  /** A `KeyDateKind`, `standstillEnd`, a milestone (`MILESTONES`), `checklist`, `goNoGoDecision`, `manual-<kind>`. */
  kind: z.string(),
  /** What it is, in the user's words: "Submission deadline", "First draft complete". */
  title: z.string(),
  /** When. For an all-day item, any instant on its UK day (the day is what counts). */
  at: Instant,
  /** When a timed event ends (engagement events, presentations); null for a moment or a day. */
  end: Instant.nullable(),
  allDay: z.boolean(),
  /** The notice's own lot id (`lotKey`), or null for the whole opportunity. */
  lotId: z.string().nullable(),
  lotTitle: z.string().nullable(),
  source: TimelineSource,
  /** Done, met or attended (always false for the notice's own dates). */
  done: z.boolean(),
  /** Where it was before a re-import moved it: an Instant, or a `yyyy-MM-dd` day for day items. */
  movedFrom: z.string().nullable(),
  /** A link back to the notice on Find a Tender / Contracts Finder. */
  url: z.string().nullable(),
  /** Where an event takes place: an address, or the joining link of an online event. */
  location: z.string().nullable(),
  /** Plain sentences: where the date came from, how it was worked out, the team's notes. */
  detail: z.string(),
  /** Who does it (a checklist item's owner); absent or null when nobody is named. */
  owner: z.string().nullable().optional(),
  /** A checklist item's status; absent for everything else (see `done`). */
  status: ChecklistStatus.optional(),
});
export type TimelineItem = z.infer<typeof TimelineItem>;

import { MILESTONES, type Milestone } from './milestone-kinds';

export { MILESTONES, type Milestone };

/** Defined with the bank holidays themselves; exported here too, with the schedule it is part of. */
export { BankHolidayRegion };

const workingDays = (label: string) =>
  z
    .number({ error: `Enter how many working days before the deadline for ${label}` })
    .int('Use whole working days')
    .min(0, 'Use 0 or more working days')
    .max(250, 'At most 250 working days (about a year)');

const ORDER_MESSAGE: Record<Milestone, string> = {
  goNoGo: '',
  gapAnalysis: 'The gap analysis cannot come before the go/no-go decision',
  firstDraft: 'The first draft cannot come before the gap analysis',
  internalReview: 'The internal review cannot come before the first draft',
  finalSignOff: 'Final sign-off cannot come before the internal review',
  submit: 'Submitting cannot come before final sign-off',
};

/**
 * How the organisation plans a bid backwards from the submission deadline. Offsets are working
 * days before the deadline's UK day; each milestone must be on or after the one before it.
 */
export const BidScheduleSettings = z
  .object({
    offsets: z.object({
      goNoGo: workingDays('the go/no-go decision'),
      gapAnalysis: workingDays('the gap analysis'),
      firstDraft: workingDays('the first draft'),
      internalReview: workingDays('the internal review'),
      finalSignOff: workingDays('final sign-off'),
      submit: workingDays('submitting'),
    }),
    /** Share of the writing window (gap analysis to deadline) kept free before the deadline. */
    contingencyPercent: z
      .number()
      .min(0, 'Contingency cannot be negative')
      .max(50, 'At most half the writing window'),
    /** Send the bid's clarification questions this many working days before the buyer's deadline. */
    clarificationQuestions: workingDays('clarification questions'),
    bankHolidays: BankHolidayRegion,
  })
  .superRefine((settings, ctx) => {
    MILESTONES.forEach((milestone, i) => {
      const before = MILESTONES[i - 1];
      if (before && settings.offsets[milestone] > settings.offsets[before]) {
        ctx.addIssue({
          code: 'custom',
          message: ORDER_MESSAGE[milestone],
          path: ['offsets', milestone],
        });
      }
    });
  });
export type BidScheduleSettings = z.infer<typeof BidScheduleSettings>;

/** What a new installation starts with (bid managers' usual plan, about 10% contingency). */
export const DEFAULT_BID_SCHEDULE: BidScheduleSettings = {
  offsets: {
    goNoGo: 20,
    gapAnalysis: 18,
    firstDraft: 12,
    internalReview: 7,
    finalSignOff: 3,
    submit: 1,
  },
  contingencyPercent: 10,
  clarificationQuestions: 2,
  bankHolidays: 'england-and-wales',
};

/**
 * Kinds that are deadlines someone must meet (as opposed to events and contract dates): what
 * clash detection looks at.
 */
export const DEADLINE_KINDS: ReadonlySet<string> = new Set([
  'submissionDeadline',
  'clarificationDeadline',
  'engagementSignUp',
  'expressionOfInterest',
  'checklist',
  'finalSignOff',
]);

/** Two or more deadlines of different opportunities on one UK day. */
export interface TimelineClash {
  /** `yyyy-MM-dd`. */
  day: string;
  /** In time order. */
  items: TimelineItem[];
}
