/**
 * An opportunity the user enters by hand: a grant round, a tender on a portal that publishes only
 * PDFs, a quote, a call-off. The entry is the user's own record (a UUID, who changed it and when);
 * `opportunityFromEntry` turns it into the same `Opportunity` an imported notice gives, so every
 * screen (go/no-go, checklist, response plan, timeline, exports) works on it unchanged.
 */
import { z } from 'zod';
import { UkDaySchema } from '../calendar/days';
import { ukInstant } from '../calendar/instants';
import type { AwardCriterion, KeyDate, KeyDateKind, Lot, Opportunity } from '../notice/model';
import { Authorship } from '../workspace/model';

export const OpportunityKind = z.enum(['tender', 'grant', 'quote', 'call-off', 'other']);
export type OpportunityKind = z.infer<typeof OpportunityKind>;

/** The words for each kind, as the form and the pipeline show them. */
export const OPPORTUNITY_KIND_WORDS: Record<OpportunityKind, string> = {
  tender: 'Tender',
  grant: 'Grant',
  quote: 'Quote',
  'call-off': 'Framework call-off',
  other: 'Other',
};

const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time such as 12:00');
const Amount = z.number().nonnegative().nullable();
/** Only web links: a hand-typed `javascript:` or `file:` link is refused, as in notices. */
const WebLink = z
  .string()
  .trim()
  .regex(/^https?:\/\/\S+$/i, 'Enter a web address starting https://')
  .nullable();

/** A date and, when given, a time (UK time). */
export const EntryWhen = z.object({ day: UkDaySchema, time: Clock.nullable() });
export type EntryWhen = z.infer<typeof EntryWhen>;

export const ENTRY_DATE_KINDS = [
  'expressionOfInterest',
  'clarificationDeadline',
  'funderWebinar',
  'decisionExpected',
  'start',
  'end',
  'monitoringReport',
] as const;
export const EntryDateKind = z.enum(ENTRY_DATE_KINDS);
export type EntryDateKind = z.infer<typeof EntryDateKind>;

export const ENTRY_DATE_WORDS: Record<EntryDateKind, string> = {
  expressionOfInterest: 'Expression of interest',
  clarificationDeadline: 'Clarification deadline',
  funderWebinar: 'Funder webinar',
  decisionExpected: 'Decision expected',
  start: 'Start',
  end: 'End',
  monitoringReport: 'Monitoring report due',
};

export const EntryDate = EntryWhen.extend({ id: z.uuid(), kind: EntryDateKind });
export type EntryDate = z.infer<typeof EntryDate>;

export const EntryLot = z.object({
  id: z.uuid(),
  title: z.string().trim().min(1, 'Give the lot a name'),
  value: Amount,
});
export type EntryLot = z.infer<typeof EntryLot>;

/** A question or criterion of the application, with what the funder or buyer says of it. */
export const EntryQuestion = z.object({
  id: z.uuid(),
  number: z.string().nullable(),
  title: z.string().trim().min(1, 'Write the question'),
  /** Share of the marks (%), where given. */
  weight: z.number().min(0).max(100).nullable(),
  marks: z.number().positive().nullable(),
  wordLimit: z.number().int().positive().nullable(),
  characterLimit: z.number().int().positive().nullable(),
  pageLimit: z.number().positive().nullable(),
  /** The lot it belongs to; null for every lot. */
  lotId: z.string().nullable(),
});
export type EntryQuestion = z.infer<typeof EntryQuestion>;

export const OpportunityEntry = Authorship.extend({
  id: z.uuid(),
  kind: OpportunityKind,
  title: z.string().trim().min(1, 'Give the opportunity a title'),
  buyer: z.string().trim().min(1, 'Name the funder or buyer'),
  url: WebLink,
  reference: z.string().trim().nullable(),
  /** Null for a rolling programme with no deadline. */
  deadline: EntryWhen.nullable(),
  /** The contract's value, or the amount requested. */
  value: Amount,
  /** The funder's maximum award. */
  maximum: Amount,
  description: z.string(),
  dates: z.array(EntryDate),
  lots: z.array(EntryLot),
  questions: z.array(EntryQuestion),
  /** Eligibility rules: they become hard gates of the go/no-go. */
  eligibility: z.array(z.string().trim().min(1)),
  /** The ocid of a notice the user linked it to, when one arrived. */
  linkedOcid: z.string().nullable(),
  /** The stored opportunity it shows as; null until first saved. */
  opportunityId: z.string().nullable(),
});
export type OpportunityEntry = z.infer<typeof OpportunityEntry>;

/**
 * The ocid an entry's opportunity is stored under: not a real ocid (those start `ocds-`), so an
 * imported notice never meets it, and saving the entry again updates the same opportunity (its
 * lots keep their ids, so the user's checklist and plan stay attached).
 */
const ENTRY_OCID_PREFIX = 'bid-desk-entry-';

export function entryOcid(entryId: string): string {
  return `${ENTRY_OCID_PREFIX}${entryId}`;
}

export function isEntryOcid(ocid: string | null): boolean {
  return ocid?.startsWith(ENTRY_OCID_PREFIX) ?? false;
}

const KEY_DATE_OF: Record<EntryDateKind, KeyDateKind | null> = {
  expressionOfInterest: 'expressionOfInterest',
  clarificationDeadline: 'clarificationDeadline',
  funderWebinar: 'engagement',
  decisionExpected: 'awardDecision',
  start: 'contractStart',
  end: 'contractEnd',
  monitoringReport: null,
};

function keyDate(
  kind: KeyDateKind,
  when: EntryWhen,
  label: string,
  lotId: string | null = null,
): KeyDate {
  return {
    kind,
    at: ukInstant(when.day, when.time),
    allDay: when.time === null,
    lotId,
    label,
    derived: false,
    source: null,
  };
}

function limitsInWords(q: EntryQuestion): string | null {
  const parts = [
    q.wordLimit !== null ? `${String(q.wordLimit)} words` : null,
    q.characterLimit !== null ? `${String(q.characterLimit)} characters` : null,
    q.pageLimit !== null ? `${String(q.pageLimit)} pages` : null,
    q.marks !== null ? `${String(q.marks)} marks` : null,
  ].filter((p) => p !== null);
  return parts.length ? `Limit: ${parts.join(', ')}` : null;
}

function criterionOf(q: EntryQuestion): AwardCriterion {
  return {
    type: 'quality',
    name: q.number ? `Q${q.number.replace(/^q/i, '')} ${q.title}` : q.title,
    description: limitsInWords(q),
    weight: q.weight,
    weightFrom: q.weight !== null ? 'numbers' : null,
    derived: false,
    source: null,
    ...(q.wordLimit !== null ? { wordLimit: q.wordLimit } : {}),
    ...(q.pageLimit !== null ? { pageLimit: q.pageLimit } : {}),
  };
}

function money(amount: number | null): Opportunity['value'] {
  return amount === null ? null : { amount, amountGross: null, currency: 'GBP' };
}

function lotOf(
  id: string,
  title: string | null,
  value: number | null,
  criteria: AwardCriterion[],
): Lot {
  return {
    id,
    title,
    description: null,
    status: null,
    value: money(value),
    suitability: { sme: null, vcse: null },
    contractPeriod: null,
    hasRenewal: null,
    renewal: null,
    criteria,
    weightingDescription: null,
    criteriaDescription: null,
    weightingParts: [],
    cpv: [],
    regions: [],
    derived: false,
    source: null,
  };
}

/**
 * The opportunity the app shows for an entry. Questions for one lot go to that lot; questions for
 * every lot go to each. Without lots, one lot holds the questions (as a notice without lots has
 * one), so the response plan has somewhere to plan them. A monitoring report date is not a
 * notice date: the timeline adds it from the entry.
 */
export function opportunityFromEntry(entry: OpportunityEntry): Opportunity {
  const shared = entry.questions.filter((q) => q.lotId === null).map(criterionOf);
  const lots =
    entry.lots.length === 0
      ? [lotOf('1', null, entry.value, shared)]
      : entry.lots.map((lot) =>
          lotOf(lot.id, lot.title, lot.value, [
            ...shared,
            ...entry.questions.filter((q) => q.lotId === lot.id).map(criterionOf),
          ]),
        );
  const keyDates: KeyDate[] = [];
  if (entry.deadline) {
    keyDates.push(keyDate('submissionDeadline', entry.deadline, 'Submission deadline'));
  }
  for (const d of entry.dates) {
    const kind = KEY_DATE_OF[d.kind];
    if (kind) keyDates.push(keyDate(kind, d, ENTRY_DATE_WORDS[d.kind]));
  }
  return {
    ocid: entryOcid(entry.id),
    source: 'other',
    title: entry.title,
    description: entry.description || null,
    buyer: {
      id: null,
      name: entry.buyer,
      contactName: null,
      email: null,
      telephone: null,
      url: null,
      address: null,
    },
    noticeType: null,
    noticeHistory: [],
    stage: 'tender',
    status: null,
    value: money(entry.value),
    suitability: { sme: null, vcse: null },
    cpv: [],
    regions: [],
    procurementMethod: null,
    procurementMethodDetails: null,
    procedureFeatures: null,
    specialRegime: [],
    submissionMethodDetails: null,
    submissionUrl: entry.url,
    amendments: [],
    lots,
    keyDates,
    engagementEvents: [],
    documents: [],
    awards: [],
    changes: [],
    releaseHistory: [],
    updatedAt: null,
    releaseIds: [],
  };
}

// ------------------------------------------------------------------ linking a notice to an entry

/** Words that say nothing about which opportunity it is. */
const FILLER = new Set([
  'the',
  'of',
  'and',
  'for',
  'a',
  'an',
  'to',
  'in',
  'on',
  'services',
  'service',
  'contract',
  'council',
  'ltd',
  'limited',
]);

function wordsOf(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/&/g, ' and ')
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !FILLER.has(w)),
  );
}

/** Shared words over all words (0..1). */
function likeness(a: string, b: string): number {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

export interface LinkCandidate {
  entry: OpportunityEntry;
  /** Why it is offered, in the user's words. */
  reason: string;
}

/** What a notice says of itself for linking: its title, buyer and the references it carries. */
export interface NoticeForLinking {
  title: string;
  buyerName: string;
  /** The ocid, notice ids and the buyer's own reference. */
  references: readonly string[];
}

/**
 * Hand-entered opportunities an imported notice may be the notice of: the reference the user gave
 * is one the notice carries, or the buyer and the title are alike (most words shared). Entries
 * already linked are left out. Best first; the user decides.
 */
export function linkCandidates(
  notice: NoticeForLinking,
  entries: readonly OpportunityEntry[],
): LinkCandidate[] {
  const references = new Set(notice.references.map((r) => r.trim().toLowerCase()).filter(Boolean));
  const out: (LinkCandidate & { score: number })[] = [];
  for (const entry of entries) {
    if (entry.linkedOcid) continue;
    const ref = entry.reference?.trim().toLowerCase();
    if (ref && references.has(ref)) {
      out.push({ entry, reason: `Same reference: ${entry.reference ?? ''}`, score: 2 });
      continue;
    }
    const buyer = likeness(entry.buyer, notice.buyerName);
    const title = likeness(entry.title, notice.title);
    if (buyer >= 0.5 && title >= 0.5) {
      out.push({ entry, reason: 'Same buyer and a title alike', score: buyer + title });
    }
  }
  return out.sort((a, b) => b.score - a.score).map(({ entry, reason }) => ({ entry, reason }));
}
