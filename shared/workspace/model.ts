/**
 * The bid workspace: the user's own records about an opportunity (go/no-go decisions, engagement
 * plans, submission checklists, response plans) and the organisation's settings. None of this is
 * ever written by an import. Every record has a string UUID id and authorship, and history
 * (decisions) is appended, never overwritten, so a team can later sync one pipeline.
 */
import { z } from 'zod';

/** `yyyy-MM-dd`, a UK calendar day. */
export const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date');
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
  id: z.string().uuid(),
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
  id: z.string().uuid(),
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
  id: z.string().uuid(),
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
  /** Default: due this many days before the submission deadline. */
  offsetDays: z.number().int().min(0).max(365),
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
  id: z.string().uuid(),
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
