/**
 * When a contract comes up again: the re-tender horizon. A buyer starts its next procurement
 * some time before the current contract ends; that lead time is read from the buyer's own
 * processes in the user's files where they show it, else Bid Desk assumes six months. Either
 * way it is an estimate, and every sentence here says so and says how it was worked out.
 */
import type { AwardedContract, BuyerNotice, ProcessSpan } from './buyer-notice';
import { formatUkDate } from '../calendar/format';
import { instantMs, ukDay } from '../calendar/instants';
import type { Instant } from '../notice/model';
import { addDays, addMonths, daysBetween } from '../calendar/days';

/**
 * Bid Desk's lead time when the user's files show none for a buyer. A competed services contract
 * typically takes about six months from the first notice to the contract starting: market
 * engagement (UK2), a tender period of at least 25 days (UK4), evaluation, the 8-working-day
 * standstill after the award notice (UK6) and mobilisation, often with TUPE transfers of staff.
 */
export const DEFAULT_LEAD_MONTHS = 6;

/** Spans longer than this are not a lead time (a pipeline notice covers at most 18 months ahead). */
const MAX_LEAD_DAYS = 3 * 366;

/** One of the buyer's processes that shows its lead time. */
export interface LeadSample extends ProcessSpan {
  opportunityId: string;
  title: string;
  days: number;
}

export type LeadTime =
  { basis: 'history'; days: number; samples: LeadSample[] } | { basis: 'default'; months: number };

export interface ReTenderHorizon {
  /** `yyyy-MM-dd`: when the next procurement would start if the contract ends on `end`. */
  earliest: string;
  /** The same counted from the latest end with every extension; null when none is stated. */
  latest: string | null;
}

/**
 * The buyer's usual lead time: the middle (median) of its processes in the user's files that show
 * both their first notice and their contract start, else `DEFAULT_LEAD_MONTHS`.
 */
export function leadTimeOf(notices: readonly BuyerNotice[]): LeadTime {
  const samples: LeadSample[] = [];
  for (const notice of notices) {
    if (!notice.span) continue;
    const days = dayCount(notice.span.firstNotice, notice.span.contractStart);
    if (days >= 1 && days <= MAX_LEAD_DAYS)
      samples.push({
        ...notice.span,
        opportunityId: notice.opportunityId,
        title: notice.title,
        days,
      });
  }
  if (samples.length === 0) return { basis: 'default', months: DEFAULT_LEAD_MONTHS };
  samples.sort((a, b) => a.days - b.days);
  const mid = Math.floor(samples.length / 2);
  const days =
    samples.length % 2
      ? (samples[mid] as LeadSample).days
      : Math.round(((samples[mid - 1] as LeadSample).days + (samples[mid] as LeadSample).days) / 2);
  return { basis: 'history', days, samples };
}

/** The contract's re-tender horizon under a lead time, or null without a contract end. */
export function reTenderHorizon(
  contract: Pick<AwardedContract, 'end' | 'maxEnd'>,
  lead: LeadTime,
): ReTenderHorizon | null {
  const end = contract.end ?? contract.maxEnd;
  if (end === null) return null;
  const latest =
    contract.maxEnd !== null && contract.end !== null && ukDay(contract.maxEnd) > ukDay(end)
      ? beforeDay(ukDay(contract.maxEnd), lead)
      : null;
  return { earliest: beforeDay(ukDay(end), lead), latest };
}

/** "about 6 months", "45 days". */
export function leadTimeLength(lead: LeadTime): string {
  if (lead.basis === 'default') return `about ${lead.months} months`;
  return lead.days < 60 ? `${lead.days} days` : `about ${Math.round(lead.days / 30.44)} months`;
}

/** How the lead time was worked out, in a sentence a bid manager reads. */
export function leadTimeExplanation(lead: LeadTime): string {
  if (lead.basis === 'default') {
    return `None of this buyer's processes in your files shows both its first notice and its contract start, so Bid Desk assumes ${lead.months} months: a typical services tender runs from market engagement through a tender period of at least 25 days, evaluation, an 8-working-day standstill and mobilisation before the contract starts.`;
  }
  const shown = lead.samples
    .slice(0, 3)
    .map(
      (s) =>
        `“${s.title}”: ${s.firstNoticeName} ${day(s.firstNotice)}, contract from ${day(s.contractStart)}`,
    )
    .join('; ');
  const more = lead.samples.length > 3 ? `; and ${lead.samples.length - 3} more` : '';
  const which =
    lead.samples.length === 1
      ? 'as one of its processes in your files shows'
      : `the middle of ${lead.samples.length} of its processes in your files`;
  return `This buyer published its first notice ${leadTimeLength(lead)} before a contract started, ${which} (${shown}${more}).`;
}

/**
 * The horizon in one line: "around 30 Sep 2026 (or 30 Sep 2027 if every extension is used)".
 */
export function horizonText(horizon: ReTenderHorizon): string {
  const first = dayText(horizon.earliest);
  return horizon.latest
    ? `${first} (${dayText(horizon.latest)} if every extension is used)`
    : first;
}

/** "31 Mar 2027" for a `yyyy-MM-dd` day. */
export function dayText(day: string): string {
  return formatUkDate(`${day}T12:00:00Z`, true);
}

function day(at: Instant): string {
  return formatUkDate(at, true);
}

function dayCount(from: Instant, to: Instant): number {
  if (Number.isNaN(instantMs(from)) || Number.isNaN(instantMs(to))) return NaN;
  return daysBetween(ukDay(from), ukDay(to));
}

/** The day a lead time before `end`: calendar months kept whole (31 Mar less 6 months is 30 Sep). */
function beforeDay(end: string, lead: LeadTime): string {
  if (lead.basis === 'history') return addDays(end, -lead.days);
  return addMonths(end, -lead.months);
}
