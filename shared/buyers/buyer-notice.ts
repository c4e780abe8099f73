/**
 * What the Buyers view needs of one stored notice: who the buyer is, the notice's place in the
 * process, what was awarded to whom and when each contract ends, and the two dates that show how
 * long this buyer takes from its first notice to a contract starting. Pure and small: the store
 * holds thousands of full notices, and the view keeps only this of each.
 */
import type {
  Award,
  AwardSupplier,
  Instant,
  KeyDate,
  Money,
  NoticeType,
  Opportunity,
  Stage,
} from '../notice/model';
import { DAY_MS } from '../calendar/days';
import { formatUk, instantMs } from '../calendar/instants';

/** One contract a buyer awarded (one award of a notice), with its term resolved. */
export interface AwardedContract {
  /** The stored opportunity it belongs to. */
  opportunityId: string;
  ocid: string | null;
  /** The opportunity's title. */
  title: string;
  /** The lot it awards, when the notice has several lots and the award names one. */
  lotId: string | null;
  lotTitle: string | null;
  suppliers: AwardSupplier[];
  value: Money | null;
  /** OCDS award status (`pending` = intention to award). */
  status: string | null;
  awardDate: Instant | null;
  /** When the contract was signed (UK7), when stated. */
  dateSigned: Instant | null;
  start: Instant | null;
  /** The end without extensions. */
  end: Instant | null;
  /** The latest end if every extension is used (`maxExtentDate`), when stated. */
  maxEnd: Instant | null;
}

/** The first notice of a process and the start of its contract: one measure of lead time. */
export interface ProcessSpan {
  firstNotice: Instant;
  /** What that first notice was, in words ("UK2 notice", "tender notice"). */
  firstNoticeName: string;
  contractStart: Instant;
}

export interface BuyerNotice {
  opportunityId: string;
  ocid: string | null;
  title: string;
  buyerId: string | null;
  buyerName: string;
  stage: Stage;
  noticeType: NoticeType | null;
  /** When the latest notice was published. */
  published: Instant | null;
  /** The earliest submission deadline (any lot). */
  deadline: Instant | null;
  contracts: AwardedContract[];
  /** Null when the notice does not show both dates in the right order. */
  span: ProcessSpan | null;
}

/** Notice types published before a contract is awarded: where a process begins. */
const OPENING_NOTICES: ReadonlySet<string> = new Set(['UK1', 'UK2', 'UK3', 'UK4']);
/** Stages at which the stored notice is itself a notice published before the award. */
const OPENING_STAGES: ReadonlySet<Stage> = new Set(['pipeline', 'engagement', 'planned', 'tender']);
/** What a notice without a UK type (Contracts Finder, older rules) is called, by stage. */
const STAGE_NOTICE: Partial<Record<Stage, string>> = {
  pipeline: 'pipeline notice',
  engagement: 'market engagement notice',
  planned: 'early notice',
  tender: 'tender notice',
};

/** Awards that did not make a contract. */
const NO_CONTRACT: ReadonlySet<string> = new Set(['unsuccessful', 'cancelled']);

/** The Buyers view's facts of one stored notice. */
export function buyerNoticeOf(opportunityId: string, notice: Opportunity): BuyerNotice {
  return {
    opportunityId,
    ocid: notice.ocid,
    title: notice.title,
    buyerId: notice.buyer.id,
    buyerName: notice.buyer.name,
    stage: notice.stage,
    noticeType: notice.noticeType,
    published: latest(notice.keyDates, 'published'),
    deadline: earliest(notice.keyDates, 'submissionDeadline'),
    contracts: notice.awards
      .filter((award) => award.status === null || !NO_CONTRACT.has(award.status))
      .map((award) => contractOf(opportunityId, notice, award)),
    span: processSpan(notice),
  };
}

function contractOf(opportunityId: string, notice: Opportunity, award: Award): AwardedContract {
  const lotId =
    notice.lots.length > 1 && award.lotIds.length === 1 ? (award.lotIds[0] as string) : null;
  const lot = lotId === null ? undefined : notice.lots.find((l) => l.id === lotId);
  // An award that states no term has the term its lot (or the whole notice) planned.
  const period =
    award.contractPeriod ??
    (lot ? lot.contractPeriod : notice.lots.length === 1 ? notice.lots[0]?.contractPeriod : null) ??
    null;
  const keyDate = (kind: KeyDate['kind']): Instant | null =>
    notice.keyDates.find((d) => d.kind === kind && (d.lotId === null || d.lotId === lotId))?.at ??
    null;
  return {
    opportunityId,
    ocid: notice.ocid,
    title: notice.title,
    lotId,
    lotTitle: lot?.title ?? null,
    suppliers: award.suppliers,
    value: award.value,
    status: award.status,
    awardDate: award.date,
    dateSigned: award.dateSigned,
    start: period ? period.start : keyDate('contractStart'),
    end: period
      ? (period.end ?? endFromDuration(period.start, period.durationInDays))
      : keyDate('contractEnd'),
    maxEnd: period ? period.maxExtent : keyDate('contractMaxEnd'),
  };
}

/** A contract given as a start and a number of days ends that many days later. */
function endFromDuration(start: Instant | null, days: number | null): Instant | null {
  if (start === null || days === null) return null;
  return formatUk(new Date(instantMs(start) + days * DAY_MS));
}

/**
 * The first notice of the process this notice shows (a UK1–UK4 in its history, or the notice
 * itself when it is one) and its contract's start. A Contracts Finder award carries only the
 * award's own publication date, so it shows no span.
 */
function processSpan(notice: Opportunity): ProcessSpan | null {
  const firsts: Array<{ at: Instant; name: string }> = [];
  for (const record of notice.noticeHistory) {
    if (record.noticeType && OPENING_NOTICES.has(record.noticeType) && record.datePublished)
      firsts.push({ at: record.datePublished, name: `${record.noticeType} notice` });
  }
  const published = earliest(notice.keyDates, 'published');
  if (OPENING_STAGES.has(notice.stage) && published)
    firsts.push({
      at: published,
      name: notice.noticeType
        ? `${notice.noticeType} notice`
        : (STAGE_NOTICE[notice.stage] ?? 'notice'),
    });
  const first = firsts.sort((a, b) => instantMs(a.at) - instantMs(b.at))[0];
  const start = earliest(notice.keyDates, 'contractStart');
  if (!first || !start || instantMs(start) <= instantMs(first.at)) return null;
  return { firstNotice: first.at, firstNoticeName: first.name, contractStart: start };
}

function earliest(dates: readonly KeyDate[], kind: KeyDate['kind']): Instant | null {
  let found: KeyDate | null = null;
  for (const d of dates)
    if (d.kind === kind && (found === null || instantMs(d.at) < instantMs(found.at))) found = d;
  return found?.at ?? null;
}

function latest(dates: readonly KeyDate[], kind: KeyDate['kind']): Instant | null {
  let found: KeyDate | null = null;
  for (const d of dates)
    if (d.kind === kind && (found === null || instantMs(d.at) > instantMs(found.at))) found = d;
  return found?.at ?? null;
}
