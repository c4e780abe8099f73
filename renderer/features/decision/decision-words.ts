/**
 * The words the go/no-go screens use: recommendations, outcomes, gate answers, what a factor's
 * 1 and 5 mean, and how a lot is named.
 */
import type {
  DecisionOutcome,
  FactorDefinition,
  Recommendation,
} from '../../../shared/workspace/model';
import type { BidStatus } from '../../../shared/workspace';
import { countdown, dayOf, dueDay, formatDay } from '../../../shared/calendar';
import type { LotRecord } from '../../db';
import { cutText, TITLE_LIMIT } from '../../lib/long-text';

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  bid: 'Bid',
  review: 'Review',
  'no-bid': 'No bid',
};

export const OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  bid: 'Bid',
  'no-bid': 'No bid',
  undecided: 'Undecided',
};

/** A gate's three answers, in the order they are offered. */
export const GATE_ANSWERS = [
  { value: true, label: 'Pass' },
  { value: false, label: 'Fail' },
  { value: null, label: 'Not sure yet' },
] as const;

/** What 1 and 5 mean for a factor. */
export interface ScaleMeaning {
  low: string;
  high: string;
}

const GENERIC: ScaleMeaning = { low: 'Poor', high: 'Strong' };

/**
 * The default factors' own words for their ends of the scale ("risk" is scored high when the
 * risk is low, which people get backwards without being told).
 */
const MEANINGS: Record<string, { label: string; meaning: ScaleMeaning }> = {
  mission: {
    label: 'Mission fit',
    meaning: { low: 'Far from what we do', high: 'Exactly what we exist to do' },
  },
  geography: {
    label: 'Geography',
    meaning: { low: 'Outside our area', high: 'Where we already work' },
  },
  evidence: {
    label: 'Evidence and track record',
    meaning: { low: 'Little to show', high: 'Strong outcomes and references' },
  },
  relationship: {
    label: 'Relationship with the buyer',
    meaning: { low: 'We do not know them', high: 'We know them well' },
  },
  competition: {
    label: 'Competition and incumbent',
    meaning: { low: 'Strong rivals or incumbent', high: 'Little competition' },
  },
  finance: {
    label: 'Financial viability and full cost recovery',
    meaning: { low: 'Would lose money', high: 'Covers the full cost' },
  },
  capacity: {
    label: 'Capacity to bid and to mobilise',
    meaning: { low: 'No one free', high: 'People ready' },
  },
  risk: {
    label: 'Risk',
    meaning: { low: 'High risk', high: 'Low risk' },
  },
};

/**
 * What 1 and 5 mean for this factor: its own words for a default factor the organisation has not
 * renamed, "Poor" and "Strong" otherwise.
 */
export function scaleMeaning(factor: FactorDefinition): ScaleMeaning {
  const known = MEANINGS[factor.id];
  return known && known.label === factor.label ? known.meaning : GENERIC;
}

/** "Lot 2: Restorative Justice", or "Lot 1" when the notice gives no title. */
export function lotName(lot: Pick<LotRecord, 'lotKey' | 'title'>): string {
  return `Lot ${lot.lotKey}${lot.title ? `: ${cutText(lot.title, TITLE_LIMIT)}` : ''}`;
}

/**
 * "This tender closed on 6 May 2026 (40 days ago).", when every submission deadline has passed
 * with nothing submitted; else null. A deadline at midnight closed the day before.
 */
export function closedSentence(status: BidStatus, now: Date): string | null {
  if (status.ended !== 'closed' || !status.since) return null;
  const { at, allDay } = status.since;
  const day = allDay ? dayOf(at) : dueDay(at);
  return `This tender closed on ${formatDay(day)} (${countdown(at, allDay, now)}).`;
}

/** What "Mark as submitted" and "Withdraw from this bid" record, as the status line says it. */
export const END_WORDS = {
  submitted: 'Marked as submitted',
  withdrawn: 'Withdrawn',
} as const;
