import type {
  Award,
  EngagementEvent,
  Instant,
  KeyDate,
  KeyDateKind,
  Lot,
  NoticeRecord,
} from './model';
import { obj, objs, str, type Json } from '../ocds/read';
import { instantMs, isDateOnly, isDayLevelInstant, ocdsInstant } from '../calendar/instants';
import type { EngagementFacts } from './engagement';

const LABELS: Record<KeyDateKind, string> = {
  published: 'Published',
  engagement: 'Market engagement event',
  engagementSignUp: 'Sign up for market engagement',
  expressionOfInterest: 'Expression of interest deadline',
  clarificationDeadline: 'Clarification questions deadline',
  submissionDeadline: 'Submission deadline',
  futureNotice: 'Next notice expected',
  awardDecision: 'Award decision expected',
  contractStart: 'Contract starts',
  contractEnd: 'Contract ends',
  contractMaxEnd: 'Contract ends at the latest (with extensions)',
  standstillEnd: 'Standstill ends',
  expectedSignature: 'Contract expected to be signed',
  tendersOpened: 'Tenders opened',
};

/**
 * Dates where 00:00 means "that day": publication, the contract term (a contract runs from its
 * first day to its last) and the buyer's own expectations (the next notice, the award decision,
 * the contract's signature), which are days nobody has to meet. Every other date at 00:00 (a deadline, the opening of
 * tenders) is a moment: a deadline at midnight is the end of the day before.
 */
const DAY_KINDS: ReadonlySet<KeyDateKind> = new Set([
  'published',
  'futureNotice',
  'awardDecision',
  'expectedSignature',
  'contractStart',
  'contractEnd',
  'contractMaxEnd',
]);

/**
 * Every dated fact a bidder plans around, in time order. Dates shared by every lot are given
 * once with `lotId: null`; a lot's own date (a lot-specific deadline) keeps its lot id.
 */
export function readKeyDates(
  release: Json,
  lots: Lot[],
  notices: NoticeRecord[],
  engagement: EngagementFacts,
  awards: readonly Award[] = [],
): KeyDate[] {
  const tender = obj(release.tender) ?? {};
  const dates: KeyDate[] = [];
  const latestNotice = latestPublished(notices);
  addDate(
    dates,
    'published',
    latestNotice?.datePublished ?? tender.datePublished ?? release.date,
    null,
    latestNotice?.noticeType ? `Published (${latestNotice.noticeType})` : undefined,
  );
  addDate(dates, 'expressionOfInterest', tender.expressionOfInterestDeadline);
  addDate(dates, 'clarificationDeadline', obj(tender.enquiryPeriod)?.endDate);
  const deadline = obj(tender.tenderPeriod)?.endDate;
  addDate(dates, 'submissionDeadline', deadline);
  addDate(dates, 'futureNotice', obj(tender.communication)?.futureNoticeDate);
  const opening = obj(tender.bidOpening)?.date;
  addDate(dates, 'tendersOpened', opening);
  addAwardDate(dates, obj(tender.awardPeriod), opening, deadline, null);

  // Lot-level deadlines and periods (FTS puts contract periods on lots).
  const ocdsLots = objs(tender.lots);
  for (const lot of ocdsLots) {
    const id = str(lot.id);
    const lotDeadline = obj(lot.tenderPeriod)?.endDate;
    addDate(dates, 'submissionDeadline', lotDeadline, id);
    addAwardDate(dates, obj(lot.awardPeriod), opening, lotDeadline ?? deadline, id);
  }
  // A lot's period is already read as instants: no need to look each up again. Where an award
  // states the contract period, it is the contract's and replaces the one planned for the lot.
  const awarded = awardedPeriods(awards, lots.length);
  for (const lot of lots) {
    if (awarded.all || awarded.lotIds.has(lot.id)) continue;
    const lotId = lot.derived ? null : lot.id;
    addInstant(dates, 'contractStart', lot.contractPeriod?.start, lotId);
    addInstant(dates, 'contractEnd', lot.contractPeriod?.end, lotId);
    addInstant(dates, 'contractMaxEnd', lot.contractPeriod?.maxExtent, lotId);
  }

  addAwardDates(dates, awards, lots.length);

  for (const event of engagement.events) {
    if (event.start) dates.push(eventDate(event, event.start));
  }
  for (const d of engagement.signUpDeadlines) {
    dates.push({
      kind: 'engagementSignUp',
      at: d.at,
      allDay: d.allDay,
      lotId: null,
      label: LABELS.engagementSignUp,
      derived: true,
      source: d.source,
    });
  }
  return sortByTime(collapseLots(dates, lots.length));
}

/** Which lots an award with a contract period covers: all of them, or those it names. */
function awardedPeriods(
  awards: readonly Award[],
  lotCount: number,
): { all: boolean; lotIds: Set<string> } {
  const lotIds = new Set<string>();
  let all = false;
  for (const award of awards) {
    if (!award.contractPeriod) continue;
    if (lotCount <= 1 || award.lotIds.length === 0) all = true;
    for (const id of award.lotIds) lotIds.add(id);
  }
  return { all, lotIds };
}

/**
 * What the awards state: the end of the standstill, the expected signature and the contract
 * period (Contracts Finder puts it only on the award). A date of an award of one lot belongs to
 * that lot.
 */
function addAwardDates(dates: KeyDate[], awards: readonly Award[], lotCount: number): void {
  for (const award of awards) {
    const lotId = lotCount > 1 && award.lotIds.length === 1 ? (award.lotIds[0] as string) : null;
    addInstant(dates, 'standstillEnd', award.standstillEnd, lotId);
    addInstant(dates, 'expectedSignature', award.expectedSignature, lotId);
    addInstant(dates, 'contractStart', award.contractPeriod?.start, lotId);
    addInstant(dates, 'contractEnd', award.contractPeriod?.end, lotId);
    addInstant(dates, 'contractMaxEnd', award.contractPeriod?.maxExtent, lotId);
  }
}

/** A structured (not derived) date, when `raw` reads as one. */
function addDate(
  dates: KeyDate[],
  kind: KeyDateKind,
  raw: unknown,
  lotId: string | null = null,
  label: string = LABELS[kind],
): void {
  addInstant(dates, kind, ocdsInstant(raw), lotId, label, isDateOnly(raw));
}

/**
 * The award period's date. Its end is the award decision. Its start alone is one too, unless it
 * is the moment tenders are opened: older-rules (PCR 2015) notices put `bidOpening.date` there,
 * often the deadline itself. Then it is "Tenders opened" and no award date (nor a standstill
 * worked out from one) is made up from it.
 */
function addAwardDate(
  dates: KeyDate[],
  award: Json | null | undefined,
  opening: unknown,
  deadline: unknown,
  lotId: string | null,
): void {
  if (!award) return;
  if (ocdsInstant(award.endDate)) {
    addDate(dates, 'awardDecision', award.endDate, lotId);
    return;
  }
  const start = ocdsInstant(award.startDate);
  if (!start) return;
  const openedAt = ocdsInstant(opening);
  const due = ocdsInstant(deadline);
  const isOpening =
    (openedAt !== null && instantMs(openedAt) === instantMs(start)) ||
    (due !== null && instantMs(start) <= instantMs(due));
  addDate(dates, isOpening ? 'tendersOpened' : 'awardDecision', award.startDate, lotId);
}

/** A structured date already read with `ocdsInstant` (which returns an instant unchanged). */
function addInstant(
  dates: KeyDate[],
  kind: KeyDateKind,
  at: Instant | null | undefined,
  lotId: string | null,
  label: string = LABELS[kind],
  dateOnly = false,
): void {
  if (!at) return;
  dates.push({
    kind,
    at,
    allDay: dateOnly || isDayLevelDate(kind, at),
    lotId,
    label,
    derived: false,
    source: null,
  });
}

/**
 * A time the notice states is shown: a deadline at 23:59:59 reads "8 May 2026, 23:59" and one at
 * 00:00 is a moment, the end of the day before. Only a date given without a time (`dateOnly`) is
 * a whole day, and the dates nobody has to meet (`DAY_KINDS`) at 00:00 or 23:59:59, which is how
 * notices write "that day" for a contract's first and last days.
 */
function isDayLevelDate(kind: KeyDateKind, at: Instant): boolean {
  return DAY_KINDS.has(kind) && isDayLevelInstant(at);
}

/** The newest notice with a publication date. */
function latestPublished(notices: NoticeRecord[]): NoticeRecord | undefined {
  for (let i = notices.length - 1; i >= 0; i--) {
    const notice = notices[i] as NoticeRecord;
    if (notice.datePublished) return notice;
  }
  return undefined;
}

function eventDate(event: EngagementEvent, start: Instant): KeyDate {
  return {
    kind: 'engagement',
    at: start,
    allDay: event.allDay,
    lotId: null,
    label: event.title === 'Market engagement' ? LABELS.engagement : event.title,
    derived: event.derived,
    source: event.source,
  };
}

/**
 * A date every lot shares is one opportunity-level date; a single-lot notice has no lot dates.
 * Plain loops over the list: a notice has a few dozen dates, and string keys, sets or filtered
 * copies cost more than the comparisons.
 */
function collapseLots(dates: KeyDate[], lotCount: number): KeyDate[] {
  const out: KeyDate[] = [];
  for (const d of dates) {
    let date = d;
    if (d.lotId !== null) {
      if (lotCount <= 1 || lotDatesLike(dates, d) === lotCount) date = withoutLot(d);
      // A lot date equal to the opportunity's own date of that kind adds nothing.
      else if (hasOwnDateLike(dates, d)) continue;
    }
    if (!includesDate(out, date)) out.push(date);
  }
  return out;
}

/** `d` as the opportunity's own date (a literal: a spread copy costs several times more). */
function withoutLot(d: KeyDate): KeyDate {
  return {
    kind: d.kind,
    at: d.at,
    allDay: d.allDay,
    lotId: null,
    label: d.label,
    derived: d.derived,
    source: d.source,
  };
}

/** Lot dates of the same kind and instant as `d`. */
function lotDatesLike(dates: KeyDate[], d: KeyDate): number {
  let count = 0;
  for (const x of dates) if (x.lotId !== null && x.kind === d.kind && x.at === d.at) count++;
  return count;
}

/** Whether the opportunity itself has a date of the same kind and instant as `d`. */
function hasOwnDateLike(dates: KeyDate[], d: KeyDate): boolean {
  for (const x of dates) if (x.lotId === null && x.kind === d.kind && x.at === d.at) return true;
  return false;
}

function includesDate(dates: KeyDate[], d: KeyDate): boolean {
  for (const x of dates) if (x.kind === d.kind && x.at === d.at && x.lotId === d.lotId) return true;
  return false;
}

/**
 * Time order (then kind, so equal times read the same way every import): an insertion sort, as a
 * notice has a few dozen dates, often nearly in order already. Each instant is turned into a time
 * once (a comparison would otherwise look both up again).
 */
function sortByTime(dates: KeyDate[]): KeyDate[] {
  const times = dates.map((d) => instantMs(d.at));
  for (let i = 1; i < dates.length; i++) {
    const d = dates[i] as KeyDate;
    const t = times[i] as number;
    let j = i - 1;
    for (; j >= 0; j--) {
      const x = dates[j] as KeyDate;
      const u = times[j] as number;
      if (u < t || (u === t && x.kind <= d.kind)) break;
      dates[j + 1] = x;
      times[j + 1] = u;
    }
    dates[j + 1] = d;
    times[j + 1] = t;
  }
  return dates;
}
