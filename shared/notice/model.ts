/**
 * The normalised notice model: what Bid Desk knows about one contracting process (one ocid),
 * whatever shape the file came in. Every later feature (store, pipeline, timeline, exports)
 * reads this model, never raw OCDS.
 *
 * Facts the notice states in structured fields are plain values. Facts found only in prose are
 * marked `derived: true` and carry the `source` they were read from, so the app can say
 * "from the description" and show the words.
 */
import { z } from 'zod';

/** ISO-8601 instant with an explicit offset, e.g. `2026-05-14T16:00:00+01:00`. */
export const Instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);
export type Instant = z.infer<typeof Instant>;

export const NoticeSource = z.enum(['fts', 'contracts-finder', 'other']);
export type NoticeSource = z.infer<typeof NoticeSource>;

export const NOTICE_TYPES = [
  'UK1', 'UK2', 'UK3', 'UK4', 'UK5', 'UK6', 'UK7', 'UK8', 'UK9',
  'UK10', 'UK11', 'UK12', 'UK13', 'UK14', 'UK15', 'UK16', 'UK17',
] as const; // prettier-ignore
export const NoticeType = z.enum(NOTICE_TYPES);
export type NoticeType = z.infer<typeof NoticeType>;

/**
 * Where the process stands, in a bidder's words. Read from the latest notice type and the
 * tender status; never from the clock (whether a deadline has passed is the app's business).
 */
export const Stage = z.enum([
  'pipeline', // UK1: something is coming
  'engagement', // UK2: market engagement / RFI
  'planned', // UK3: tender expected
  'tender', // UK4: competition open (or closed, awaiting award)
  'award', // UK5/UK6: direct award intended, or intention to award
  'contract', // UK7 onwards: contract signed, changed or ended
  'cancelled', // UK12, or tender withdrawn/cancelled
  'unknown',
]);
export type Stage = z.infer<typeof Stage>;

/** Where a derived fact came from: the field and the words. */
export const FactSource = z.object({
  /** OCDS path or page label the text came from, e.g. `tender.description`, `Notice Dates`. */
  field: z.string(),
  /** The words the fact was read from, trimmed to a readable length. */
  snippet: z.string(),
});
export type FactSource = z.infer<typeof FactSource>;

export const Money = z.object({
  /** Net of VAT, in `currency`. */
  amount: z.number().nullable(),
  /** Gross (including VAT), when the notice gives it. */
  amountGross: z.number().nullable(),
  currency: z.string(),
});
export type Money = z.infer<typeof Money>;

export const Suitability = z.object({
  sme: z.boolean().nullable(),
  vcse: z.boolean().nullable(),
});
export type Suitability = z.infer<typeof Suitability>;

export const Classification = z.object({
  code: z.string(),
  description: z.string().nullable(),
});
export type Classification = z.infer<typeof Classification>;

export const AwardCriterion = z.object({
  /** `quality`, `price` or `cost` as OCDS says; other values kept as given. */
  type: z.string(),
  name: z.string().nullable(),
  description: z.string().nullable(),
  /** Percentage of the marks, when known. `null` means the notice did not say: ask the user. */
  weight: z.number().nullable(),
  /** How the weight was found: a structured number, a number in the description, or prose. */
  weightFrom: z.enum(['numbers', 'description', 'prose']).nullable(),
  derived: z.boolean(),
  source: FactSource.nullable(),
  /**
   * The weight as the notice states it, when Bid Desk read it as part of a two-level weighting:
   * quality sub-weights out of 100 beside "price 30" are shares of the 70% for quality, so a
   * stated 50 has `weight` 35. Absent when `weight` is the stated number.
   */
  weightAsStated: z.number().optional(),
  /** Limits the buyer or funder states for the answer (a question entered by hand has them). */
  wordLimit: z.number().int().positive().optional(),
  pageLimit: z.number().positive().optional(),
});
export type AwardCriterion = z.infer<typeof AwardCriterion>;

/** A share of the marks for a stage or group, e.g. "85% PQP (Quality & Price)". */
export const WeightingPart = z.object({
  label: z.string(),
  weight: z.number(),
  source: FactSource,
});
export type WeightingPart = z.infer<typeof WeightingPart>;

export const ContractPeriod = z.object({
  start: Instant.nullable(),
  end: Instant.nullable(),
  maxExtent: Instant.nullable(),
  durationInDays: z.number().nullable(),
});
export type ContractPeriod = z.infer<typeof ContractPeriod>;

export const Lot = z.object({
  /** The notice's lot id as given (may contain spaces and colons), or a letter for derived lots. */
  id: z.string(),
  title: z.string().nullable(),
  description: z.string().nullable(),
  status: z.string().nullable(),
  value: Money.nullable(),
  suitability: Suitability,
  contractPeriod: ContractPeriod.nullable(),
  hasRenewal: z.boolean().nullable(),
  renewal: z.string().nullable(),
  criteria: z.array(AwardCriterion),
  /** The notice's own words on weighting (`awardCriteria.weightingDescription`). */
  weightingDescription: z.string().nullable(),
  /** `awardCriteria.description`. */
  criteriaDescription: z.string().nullable(),
  /** Weighting split into stages/groups when the text gives percentages. */
  weightingParts: z.array(WeightingPart),
  cpv: z.array(Classification),
  regions: z.array(z.string()),
  /** True when the lot exists only in prose (e.g. "Lot A - Hate Crime Service Circa £704,000"). */
  derived: z.boolean(),
  source: FactSource.nullable(),
});
export type Lot = z.infer<typeof Lot>;

export const KEY_DATE_KINDS = [
  'published',
  'engagement',
  'engagementSignUp',
  'expressionOfInterest',
  'clarificationDeadline',
  'submissionDeadline',
  'futureNotice',
  'awardDecision',
  'contractStart',
  'contractEnd',
  'contractMaxEnd',
  'standstillEnd',
  'expectedSignature',
  /** When tenders are opened (`tender.bidOpening.date`): not an award, often the deadline itself. */
  'tendersOpened',
] as const;
export const KeyDateKind = z.enum(KEY_DATE_KINDS);
export type KeyDateKind = z.infer<typeof KeyDateKind>;

export const KeyDate = z.object({
  kind: KeyDateKind,
  at: Instant,
  /** The notice gives a day, not a time (e.g. a 23:59:59 due date with no described time). */
  allDay: z.boolean(),
  /** `null` when the date applies to the whole opportunity (or every lot alike). */
  lotId: z.string().nullable(),
  label: z.string(),
  derived: z.boolean(),
  source: FactSource.nullable(),
});
export type KeyDate = z.infer<typeof KeyDate>;

export const EngagementEvent = z.object({
  title: z.string(),
  /** Start of the event; day-level when `allDay`. Null when the notice names no date. */
  start: Instant.nullable(),
  end: Instant.nullable(),
  allDay: z.boolean(),
  place: z.string().nullable(),
  /** Joining link for online events (Teams, Zoom, Eventbrite…). */
  onlineUrl: z.string().nullable(),
  signUpDeadline: Instant.nullable(),
  /** OCDS milestone status (`scheduled`, `met`…) when from a milestone. */
  status: z.string().nullable(),
  description: z.string().nullable(),
  derived: z.boolean(),
  source: FactSource.nullable(),
  /**
   * The days the description names instead, when the buyer moved the date and left the old day
   * in the text (the date is used; the user should check). Absent when they agree.
   */
  datesInDescription: z.array(Instant).optional(),
});
export type EngagementEvent = z.infer<typeof EngagementEvent>;

/** One published notice in the process's history (from `planning/tender.documents[]`). */
export const NoticeRecord = z.object({
  id: z.string(),
  noticeType: NoticeType.nullable(),
  documentType: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  datePublished: Instant.nullable(),
});
export type NoticeRecord = z.infer<typeof NoticeRecord>;

export const NoticeDocument = z.object({
  id: z.string(),
  documentType: z.string().nullable(),
  title: z.string().nullable(),
  description: z.string().nullable(),
  url: z.string().nullable(),
  datePublished: Instant.nullable(),
  lotId: z.string().nullable(),
});
export type NoticeDocument = z.infer<typeof NoticeDocument>;

export const Amendment = z.object({
  id: z.string().nullable(),
  date: Instant.nullable(),
  description: z.string().nullable(),
  rationale: z.string().nullable(),
});
export type Amendment = z.infer<typeof Amendment>;

export const Address = z.object({
  street: z.string().nullable(),
  locality: z.string().nullable(),
  region: z.string().nullable(),
  postalCode: z.string().nullable(),
  country: z.string().nullable(),
});
export type Address = z.infer<typeof Address>;

export const Buyer = z.object({
  id: z.string().nullable(),
  name: z.string(),
  contactName: z.string().nullable(),
  email: z.string().nullable(),
  telephone: z.string().nullable(),
  url: z.string().nullable(),
  address: Address.nullable(),
});
export type Buyer = z.infer<typeof Buyer>;

/** A supplier named in an award, with what its party entry says about it. */
export const AwardSupplier = z.object({
  id: z.string().nullable(),
  name: z.string(),
  /** `parties[].details.scale` (`sme`, `large`, `micro`…) when the notice states it. */
  scale: z.string().nullable(),
  /** `parties[].details.vcse` when the notice states it. */
  vcse: z.boolean().nullable(),
});
export type AwardSupplier = z.infer<typeof AwardSupplier>;

/**
 * One award (`awards[]`), from a contract award (UK6), contract details (UK7) or a Contracts
 * Finder `award`/`awardUpdate` release: who won, for how much, when, and when the contract runs.
 * Facts from the contract that follows it (`contracts[].awardID`) are folded in.
 */
export const Award = z.object({
  id: z.string().nullable(),
  title: z.string().nullable(),
  /** OCDS award status as given: `pending` (intention to award), `active`, `unsuccessful`, `cancelled`. */
  status: z.string().nullable(),
  /** The award decision (`awards[].date`). */
  date: Instant.nullable(),
  /** Net and/or gross as the notice gives them (Find a Tender often gives only gross). */
  value: Money.nullable(),
  suppliers: z.array(AwardSupplier),
  /** The lots it awards (`relatedLots`); empty when the notice does not say. */
  lotIds: z.array(z.string()),
  /** `standstillPeriod.endDate` as stated (UK extension). */
  standstillEnd: Instant.nullable(),
  /** A `futureSignatureDate` milestone of the award, when given. */
  expectedSignature: Instant.nullable(),
  /** When the contract was signed (`contracts[].dateSigned`, UK7). */
  dateSigned: Instant.nullable(),
  contractPeriod: ContractPeriod.nullable(),
});
export type Award = z.infer<typeof Award>;

/** One difference between the previous and the current state of the same ocid. */
export const Change = z.object({
  /** Stable machine name, e.g. `keyDates.submissionDeadline`, `lots[2].value`, `title`. */
  field: z.string(),
  /** Human label, e.g. "Submission deadline". */
  label: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
export type Change = z.infer<typeof Change>;

/**
 * What one release changed, compared with the state before it: one step of the notice's history
 * as a file holding several releases of it tells it (a tender, then the amendment that moved its
 * deadline).
 */
export const ReleaseChanges = z.object({
  releaseId: z.string().nullable(),
  /** When the buyer published the release (its OCDS `date`); null when it has none. */
  date: Instant.nullable(),
  /** When the release before it was published. */
  previousDate: Instant.nullable(),
  /** OCDS release tags, e.g. `tenderAmendment`. */
  tags: z.array(z.string()),
  changes: z.array(Change),
});
export type ReleaseChanges = z.infer<typeof ReleaseChanges>;

export const Opportunity = z.object({
  ocid: z.string().nullable(),
  source: NoticeSource,
  title: z.string(),
  /** Plain text, HTML removed, mis-encoded pound signs repaired. */
  description: z.string().nullable(),
  buyer: Buyer,
  /** Type of the latest notice (UK1..UK17), or null for pre-Act / Contracts Finder notices. */
  noticeType: NoticeType.nullable(),
  noticeHistory: z.array(NoticeRecord),
  stage: Stage,
  /** OCDS `tender.status` as given. */
  status: z.string().nullable(),
  value: Money.nullable(),
  suitability: Suitability,
  cpv: z.array(Classification),
  regions: z.array(z.string()),
  procurementMethod: z.string().nullable(),
  procurementMethodDetails: z.string().nullable(),
  /** `tender.procedure.features` as plain text (the HTML is never rendered raw). */
  procedureFeatures: z.string().nullable(),
  specialRegime: z.array(z.string()),
  /** How and where to submit (usually an e-tendering portal). */
  submissionMethodDetails: z.string().nullable(),
  submissionUrl: z.string().nullable(),
  amendments: z.array(Amendment),
  lots: z.array(Lot),
  keyDates: z.array(KeyDate),
  engagementEvents: z.array(EngagementEvent),
  documents: z.array(NoticeDocument),
  /** Awards of the process (empty before an award notice; absent in notices stored before 0.2). */
  awards: z.array(Award).default([]),
  changes: z.array(Change),
  /**
   * What each release of the file after the first changed, oldest first, leaving out releases
   * that changed nothing the change log compares; empty for one release. When the newest
   * release changed something, the last entry's changes are `changes`. Notices stored before
   * Bid Desk read this lack it.
   */
  releaseHistory: z.array(ReleaseChanges),
  /** Date of the newest release the state was compiled from. */
  updatedAt: Instant.nullable(),
  /** Ids of the releases this state was compiled from (empty for a page without OCDS). */
  releaseIds: z.array(z.string()),
  /**
   * Where the notice contradicts itself (see `noticeContradictions`): to check with the buyer.
   * Also reported among the import's warnings. Absent in notices stored before it existed.
   * Lazy because ImportWarning is declared below.
   */
  warnings: z.array(z.lazy(() => ImportWarning)).optional(),
});
export type Opportunity = z.infer<typeof Opportunity>;

export const ImportWarning = z.object({
  code: z.string(),
  message: z.string(),
  ocid: z.string().nullable(),
});
export type ImportWarning = z.infer<typeof ImportWarning>;
