/**
 * The bid workspace: the user's own records about an opportunity (go/no-go decisions, engagement
 * plans, submission checklists, response plans) and the organisation's settings. None of this is
 * ever written by an import. Every record has a string UUID id and authorship, and history
 * (decisions) is appended, never overwritten, so a team can later sync one pipeline.
 */
import { z } from 'zod';
import { UkDaySchema } from '../calendar/days';
import { Stage } from '../notice/model';
import { MILESTONES } from '../timeline/milestone-kinds';

/** `yyyy-MM-dd`, a UK calendar day: the calendar's one day schema, by the workspace's name. */
export const Day = UkDaySchema;
export type Day = z.infer<typeof Day>;

export const Authorship = z.object({
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Authorship = z.infer<typeof Authorship>;

// ---------------------------------------------------------------- go/no-go settings

/** A hard gate: failing any one means "no bid", whatever the score. */
export const GateDefinition = z.object({
  id: z.string().min(1),
  label: z.string().min(1, 'Give the gate a name'),
  help: z.string(),
});
export type GateDefinition = z.infer<typeof GateDefinition>;

/** A weighted factor, scored 1 (poor) to 5 (strong). */
export const FactorDefinition = z.object({
  id: z.string().min(1),
  label: z.string().min(1, 'Give the factor a name'),
  help: z.string(),
  weight: z.number().min(0, 'Weights cannot be negative').max(100, 'A weight is at most 100'),
});
export type FactorDefinition = z.infer<typeof FactorDefinition>;

/** Score (0–100) at or above `bid` recommends bidding; at or above `review`, a closer look. */
export const DecisionThresholds = z
  .object({
    bid: z.number().min(0).max(100),
    review: z.number().min(0).max(100),
  })
  .refine((t) => t.review <= t.bid, {
    message: 'The review threshold must not be above the bid threshold',
    path: ['review'],
  });
export type DecisionThresholds = z.infer<typeof DecisionThresholds>;

/** The organisation's own decision matrix, edited once in Settings and used by every opportunity. */
export const DecisionSettings = z.object({
  gates: z.array(GateDefinition),
  factors: z.array(FactorDefinition).min(1, 'Keep at least one factor'),
  thresholds: DecisionThresholds,
});
export type DecisionSettings = z.infer<typeof DecisionSettings>;

// ---------------------------------------------------------------- go/no-go decisions

export const GateAnswer = z.object({
  gateId: z.string(),
  /** null: not answered yet. */
  passed: z.boolean().nullable(),
  note: z.string(),
});
export type GateAnswer = z.infer<typeof GateAnswer>;

export const FactorScore = z.object({
  factorId: z.string(),
  /** 1–5; null: not scored yet. */
  score: z.number().int().min(1).max(5).nullable(),
  note: z.string(),
});
export type FactorScore = z.infer<typeof FactorScore>;

export const Recommendation = z.enum(['bid', 'review', 'no-bid']);
export type Recommendation = z.infer<typeof Recommendation>;

/** What the named person decided (they may overrule the recommendation, with reasons). */
export const DecisionOutcome = z.enum(['bid', 'no-bid', 'undecided']);
export type DecisionOutcome = z.infer<typeof DecisionOutcome>;

/**
 * One go/no-go decision, made by a named person on a date, with the assessment it rests on. A
 * new decision is a new record: earlier ones stay as the history trustees and debriefs need.
 */
export const GoNoGoDecision = Authorship.extend({
  id: z.uuid(),
  opportunityId: z.string(),
  /** The lot's record id, or null for a decision about the whole opportunity. */
  lotId: z.string().nullable(),
  gates: z.array(GateAnswer),
  factors: z.array(FactorScore),
  /** The settings the assessment was made with, so old decisions keep their meaning. */
  settings: DecisionSettings,
  /** 0–100, or null when no factor was scored. */
  score: z.number().nullable(),
  recommendation: Recommendation,
  outcome: DecisionOutcome,
  decidedBy: z.string().trim().min(1, 'Say who made the decision'),
  decidedOn: Day,
  rationale: z.string().trim().min(1, 'Write down why: trustees and debriefs will ask'),
});
export type GoNoGoDecision = z.infer<typeof GoNoGoDecision>;

// ---------------------------------------------------------------- engagement

export const AttendanceStatus = z.enum(['considering', 'registered', 'attended', 'missed']);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

export const ManualEventKind = z.enum([
  'briefing',
  'clarification',
  'presentation',
  'site-visit',
  'other',
]);
export type ManualEventKind = z.infer<typeof ManualEventKind>;

/** An event the user added by hand (buyer briefing, clarification Q&A, presentation, site visit). */
export const ManualEvent = z.object({
  kind: ManualEventKind,
  title: z.string().trim().min(1, 'Give the event a name'),
  /** ISO instant with offset (Europe/London). */
  start: z.string().min(1, 'Enter when it starts'),
  end: z.string().nullable(),
  allDay: z.boolean(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  signUpDeadline: z.string().nullable(),
});
export type ManualEvent = z.infer<typeof ManualEvent>;

/**
 * The user's side of an engagement event: for a notice event (`eventId`, the stored event's id,
 * which survives re-imports) or a manual one (`manual`).
 */
export const EngagementPlan = Authorship.extend({
  id: z.uuid(),
  opportunityId: z.string(),
  eventId: z.string().nullable(),
  manual: ManualEvent.nullable(),
  status: AttendanceStatus,
  attendees: z.array(z.string()),
  questions: z.string(),
  notes: z.string(),
});
export type EngagementPlan = z.infer<typeof EngagementPlan>;

// ---------------------------------------------------------------- submission checklist

export const ChecklistStatus = z.enum(['todo', 'drafting', 'review', 'done', 'not-needed']);
export type ChecklistStatus = z.infer<typeof ChecklistStatus>;

export const ChecklistCategory = z.enum([
  'quality',
  'price',
  'social-value',
  'presentation',
  'standard',
  'custom',
]);
export type ChecklistCategory = z.infer<typeof ChecklistCategory>;

/** One thing to prepare for a lot's submission. */
export const ChecklistItem = Authorship.extend({
  id: z.uuid(),
  opportunityId: z.string(),
  /** The lot's record id (checklists are per lot). */
  lotId: z.string(),
  title: z.string().trim().min(1, 'Say what needs doing'),
  category: ChecklistCategory,
  /** For items made from an award criterion: which one (see `criterionKey`). */
  criterionKey: z.string().nullable(),
  owner: z.string(),
  dueDate: Day.nullable(),
  /** Days before the submission deadline it is due; how the default due date was set. */
  offsetDays: z.number().int().nullable(),
  /**
   * How `offsetDays` counts: working days, planned as the bid schedule plans (`plannedDay`), for
   * checklists made since the schedule and the checklist became one; absent (calendar days) for
   * items made before, which keep the dates they were given and move by their own rule.
   */
  offsetUnit: z.literal('working-days').optional(),
  /** The bid schedule's milestone this item is (final sign-off, submit): one task, one date. */
  milestone: z.enum(MILESTONES).optional(),
  /** The user set the due date by hand: a moved deadline does not move it. */
  dueDateManual: z.boolean(),
  /** Set when a re-import moved the deadline and this due date moved with it (until seen). */
  movedFrom: Day.nullable(),
  status: ChecklistStatus,
  notes: z.string(),
  position: z.number(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/** A standard item the organisation includes in every checklist (editable in Settings). */
export const ChecklistTemplateItem = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1, 'Say what needs doing'),
  /** Default: due this many working days before the submission deadline, as the schedule plans. */
  offsetDays: z.number().int().min(0).max(365),
  /**
   * Templates saved before the one schedule counted calendar days and carry no unit; reading
   * one converts it (`templateInWorkingDays`). Every template saved now says working days.
   */
  offsetUnit: z.literal('working-days').optional(),
});
export type ChecklistTemplateItem = z.infer<typeof ChecklistTemplateItem>;

// ---------------------------------------------------------------- response plan

export const DraftStatus = z.enum(['not-started', 'drafting', 'review', 'final']);
export type DraftStatus = z.infer<typeof DraftStatus>;

/**
 * The plan for answering one award criterion of a lot. The notice's own weight stays in the
 * notice; a correction lives here (`weight`), with the notice's wording shown beside it.
 */
export const CriterionPlan = Authorship.extend({
  id: z.uuid(),
  opportunityId: z.string(),
  lotId: z.string(),
  criterionKey: z.string(),
  /** The user's weight (% of the marks) when the notice gave none or got it wrong; null: use the notice's. */
  weight: z.number().min(0).max(100).nullable(),
  owner: z.string(),
  wordLimit: z.number().int().positive().nullable(),
  pageLimit: z.number().positive().nullable(),
  evidence: z.string(),
  draftStatus: DraftStatus,
  /** Self-assessed score on the buyer's scale (0..scaleMax); null: not scored. */
  selfScore: z.number().min(0).nullable(),
});
export type CriterionPlan = z.infer<typeof CriterionPlan>;

/** The buyer's scoring scale for a lot's answers (0–5 is common; WEM and 0–10 exist). */
export const ScoringScale = z.object({ max: z.number().positive() });
export type ScoringScale = z.infer<typeof ScoringScale>;

// ---------------------------------------------------------------- your organisation and outcomes

/**
 * The organisation the user bids for, as suppliers appear in award notices: its name and, where
 * it has them, its Companies House and charity numbers (award notices identify suppliers by
 * `GB-COH-<company no>` and `GB-CHC-<charity no>`).
 */
export const Organisation = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter your organisation’s name')
    .max(300, 'Use at most 300 characters'),
  companyNumber: z.string().trim().max(20, 'A company number is at most 20 characters').nullable(),
  charityNumber: z.string().trim().max(20, 'A charity number is at most 20 characters').nullable(),
});
export type Organisation = z.infer<typeof Organisation>;

/**
 * How a bid ended. An award notice gives `won` (your organisation is one of the suppliers),
 * `not-won` (it is not: what bid teams call lost) or `unknown` (no organisation name was set, so
 * Bid Desk could not tell). The rest are for outcomes the user records by hand (`submitted`: the
 * bid is in and the award still to come).
 */
export const OutcomeResult = z.enum([
  'won',
  'partly-won',
  'not-won',
  'submitted',
  'withdrawn',
  'not-bid',
  'unknown',
]);
export type OutcomeResult = z.infer<typeof OutcomeResult>;

/** A supplier an award names, as the outcome keeps it. */
export const OutcomeSupplier = z.object({
  /** The notice's party id (`GB-COH-01234567`), when given. */
  id: z.string().nullable(),
  name: z.string(),
});
export type OutcomeSupplier = z.infer<typeof OutcomeSupplier>;

/**
 * The outcome of a bid. Append-only: a later award notice that changes the award, or a result
 * the user records, is a new record; the newest is the one in force and the earlier ones stay as
 * the history. `source` says where it came from; the award's facts are copied in, so the outcome
 * still reads right after the notice changes.
 */
export const BidOutcome = Authorship.extend({
  id: z.uuid(),
  opportunityId: z.string(),
  /** The lot's record id when the award is for one lot of several; null for the whole opportunity. */
  lotId: z.string().nullable(),
  result: OutcomeResult,
  source: z.enum(['award-notice', 'user']),
  /**
   * The notice's award ids (`awards[].id`, space-separated when several awards of a lot make
   * one outcome): a re-import of the same awards with the same facts adds nothing.
   */
  awardId: z.string().nullable(),
  /** The notice's award status (`pending`: intention to award; `active`: awarded). */
  awardStatus: z.string().nullable(),
  awardedTo: z.array(OutcomeSupplier),
  /** The award's value (yours when won), net and/or gross as the notice gives it; null for several awards. */
  value: z
    .object({
      amount: z.number().nullable(),
      amountGross: z.number().nullable(),
      currency: z.string(),
    })
    .nullable(),
  /** The award decision (`awards[].date`), as the notice gives it. */
  awardDate: z.string().nullable(),
  /** The name the suppliers were compared with; null when none was set. */
  organisationName: z.string().nullable(),
  /** The supplier that is your organisation, when won. */
  matchedSupplier: z.string().nullable(),
  /** The imported file the award came from (award notices only). */
  fileName: z.string().nullable(),
  sourceFileId: z.string().nullable(),
  /** What the user wrote (feedback, debrief notes); empty for an award notice. */
  notes: z.string(),
  /**
   * The outcome this one replaces (the one in force for the same lot when it was recorded), so
   * the order holds whatever the clocks say; null for the first.
   */
  supersedes: z.string().nullable(),
});
export type BidOutcome = z.infer<typeof BidOutcome>;

// ---------------------------------------------------------------- your stage on the board

/**
 * Where the user put an opportunity on the pipeline's board. The notice's own stage (tender,
 * award…) stays in the notice and moves with each import; this is the user's and no import
 * writes it. Append-only, like decisions: each move is a new record and the newest is in force.
 */
export const StageMove = Authorship.extend({
  id: z.uuid(),
  opportunityId: z.string(),
  stage: Stage,
  /**
   * The move this one replaces (the one in force when it was made), so the order holds whatever
   * the clocks say (two quick moves can share a millisecond); null for the first.
   */
  supersedes: z.string().nullable(),
});
export type StageMove = z.infer<typeof StageMove>;
