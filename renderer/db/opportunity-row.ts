/**
 * The pipeline row of an opportunity, as far as the notice decides it. Pure: the repositories add
 * ids, authorship and the user's own fields.
 */
import type { KeyDate, KeyDateKind, Opportunity } from '../../shared/notice/model';
import type { CompactKeyDate, OpportunityRecord } from './records';

/**
 * The kinds of key date the pipeline acts on ("next key date", deadline filters). Publication and
 * contract end dates stay in the key dates table and the notice; leaving them out of the row
 * halves its size, and the pipeline loads every row. The stated end of the standstill is in: it
 * is the last day an unsuccessful bidder can ask for a debrief or challenge the award, and until
 * it passes a winner's contract cannot be signed. The expected signature is not: nobody on the
 * bid team acts on it (the contract start, which is in, is what the winner mobilises for).
 */
export const PIPELINE_KEY_DATE_KINDS: readonly KeyDateKind[] = [
  'engagementSignUp',
  'engagement',
  'expressionOfInterest',
  'clarificationDeadline',
  'submissionDeadline',
  'futureNotice',
  'awardDecision',
  'standstillEnd',
  'contractStart',
];

/** The fields of an `OpportunityRecord` that a (re-)import rewrites from the notice. */
export type NoticeFields = Pick<
  OpportunityRecord,
  | 'ocid'
  | 'title'
  | 'buyerName'
  | 'stage'
  | 'noticeType'
  | 'status'
  | 'valueAmount'
  | 'valueGross'
  | 'currency'
  | 'sme'
  | 'vcse'
  | 'lotCount'
  | 'keyDates'
  | 'submissionDeadline'
  | 'searchText'
  | 'noticeUpdatedAt'
>;

/** Derive the pipeline fields of an opportunity from its notice. */
export function noticeFields(notice: Opportunity): NoticeFields {
  return {
    ocid: notice.ocid,
    title: notice.title,
    buyerName: notice.buyer.name,
    stage: notice.stage,
    noticeType: notice.noticeType,
    status: notice.status,
    valueAmount: notice.value?.amount ?? null,
    valueGross: notice.value?.amountGross ?? null,
    currency: notice.value?.currency ?? null,
    sme: notice.suitability.sme,
    vcse: notice.suitability.vcse,
    lotCount: notice.lots.length,
    keyDates: compactKeyDates(notice.keyDates),
    submissionDeadline: earliestSubmissionDeadline(notice),
    searchText: searchTextFor(notice),
    noticeUpdatedAt: notice.updatedAt,
  };
}

/** The pipeline's copy of the key dates: the actionable kinds only, in the notice's order. */
export function compactKeyDates(dates: KeyDate[]): CompactKeyDate[] {
  return dates
    .filter((d) => PIPELINE_KEY_DATE_KINDS.includes(d.kind))
    .map((d) => ({ kind: d.kind, at: d.at, allDay: d.allDay, lotId: d.lotId }));
}

/**
 * The earliest submission deadline of the opportunity or any of its lots, in UTC. Notices mix
 * offsets (`+01:00` in summer, `Z` in winter), and only a single offset makes ISO strings sort
 * by instant in an index.
 */
export function earliestSubmissionDeadline(notice: Opportunity): string | null {
  let earliest: number | null = null;
  for (const date of notice.keyDates) {
    if (date.kind !== 'submissionDeadline') continue;
    const at = Date.parse(date.at);
    if (!Number.isNaN(at) && (earliest === null || at < earliest)) earliest = at;
  }
  return earliest === null ? null : new Date(earliest).toISOString();
}

/** Lower-case title, buyer, ocid and CPV codes and descriptions (the notice's and its lots'). */
export function searchTextFor(notice: Opportunity): string {
  const parts = new Set<string>([notice.title, notice.buyer.name]);
  if (notice.ocid) parts.add(notice.ocid);
  for (const c of [...notice.cpv, ...notice.lots.flatMap((lot) => lot.cpv)]) {
    parts.add(c.code);
    if (c.description) parts.add(c.description);
  }
  return [...parts].join(' ').toLowerCase();
}

/** True when `next` is a notice state older than the stored one: never overwrite with it. */
export function isOlderNotice(next: string | null, stored: string | null): boolean {
  if (next === null || stored === null) return false;
  const a = Date.parse(next);
  const b = Date.parse(stored);
  return !Number.isNaN(a) && !Number.isNaN(b) && a < b;
}
