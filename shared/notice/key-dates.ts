import type { EngagementEvent, KeyDate, KeyDateKind, Lot, NoticeRecord } from './model';
import { obj, objs, type Json } from '../ocds/read';
import { isDayLevelInstant, ocdsInstant } from './instants';
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
};

/**
 * Every dated fact a bidder plans around, in time order. Dates shared by every lot are given
 * once with `lotId: null`; a lot's own date (a lot-specific deadline) keeps its lot id.
 */
export function readKeyDates(
  release: Json,
  lots: Lot[],
  notices: NoticeRecord[],
  engagement: EngagementFacts,
): KeyDate[] {
  const tender = obj(release.tender) ?? {};
  const dates: KeyDate[] = [];
  const add = (
    kind: KeyDateKind,
    raw: unknown,
    lotId: string | null = null,
    label?: string,
  ): void => {
    const at = ocdsInstant(raw);
    if (at)
      dates.push({
        kind,
        at,
        allDay: isDayLevelInstant(at),
        lotId,
        label: label ?? LABELS[kind],
        derived: false,
        source: null,
      });
  };

  const latestNotice = notices.filter((n) => n.datePublished).at(-1);
  add(
    'published',
    latestNotice?.datePublished ?? tender.datePublished ?? release.date,
    null,
    latestNotice?.noticeType ? `Published (${latestNotice.noticeType})` : undefined,
  );
  add('expressionOfInterest', tender.expressionOfInterestDeadline);
  add('clarificationDeadline', obj(tender.enquiryPeriod)?.endDate);
  add('submissionDeadline', obj(tender.tenderPeriod)?.endDate);
  add('futureNotice', obj(tender.communication)?.futureNoticeDate);
  const award = obj(tender.awardPeriod);
  add('awardDecision', award?.endDate ?? award?.startDate);

  // Lot-level deadlines and periods (FTS puts contract periods on lots).
  const ocdsLots = objs(tender.lots);
  for (const lot of ocdsLots) {
    const id = typeof lot.id === 'string' || typeof lot.id === 'number' ? String(lot.id) : null;
    add('submissionDeadline', obj(lot.tenderPeriod)?.endDate, id);
    const lotAward = obj(lot.awardPeriod);
    add('awardDecision', lotAward?.endDate ?? lotAward?.startDate, id);
  }
  for (const lot of lots) {
    const lotId = lot.derived ? null : lot.id;
    add('contractStart', lot.contractPeriod?.start, lotId);
    add('contractEnd', lot.contractPeriod?.end, lotId);
    add('contractMaxEnd', lot.contractPeriod?.maxExtent, lotId);
  }

  for (const event of engagement.events) dates.push(...eventDates(event));
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

function eventDates(event: EngagementEvent): KeyDate[] {
  if (!event.start) return [];
  const label = event.title === 'Market engagement' ? LABELS.engagement : event.title;
  return [
    {
      kind: 'engagement',
      at: event.start,
      allDay: event.allDay,
      lotId: null,
      label,
      derived: event.derived,
      source: event.source,
    },
  ];
}

/** A date every lot shares is one opportunity-level date; a single-lot notice has no lot dates. */
function collapseLots(dates: KeyDate[], lotCount: number): KeyDate[] {
  // Counted in one pass first (by kind and instant), so collapsing stays linear in the dates.
  const lotDates = new Map<string, number>();
  const ownDates = new Set<string>();
  for (const d of dates) {
    const kindAt = `${d.kind}|${d.at}`;
    if (d.lotId === null) ownDates.add(kindAt);
    else lotDates.set(kindAt, (lotDates.get(kindAt) ?? 0) + 1);
  }
  const out: KeyDate[] = [];
  const seen = new Set<string>();
  for (const d of dates) {
    const kindAt = `${d.kind}|${d.at}`;
    const sameForAll = d.lotId !== null && (lotCount <= 1 || lotDates.get(kindAt) === lotCount);
    const date = sameForAll ? { ...d, lotId: null } : d;
    const key = `${kindAt}|${date.lotId}`;
    if (seen.has(key)) continue;
    // A lot date equal to the opportunity's own date of that kind adds nothing.
    if (date.lotId !== null && ownDates.has(kindAt)) continue;
    seen.add(key);
    out.push(date);
  }
  return out;
}

/** Time order (then kind, so equal times read the same way every import). */
function sortByTime(dates: KeyDate[]): KeyDate[] {
  return dates
    .map((d) => ({ d, t: Date.parse(d.at) }))
    .sort((a, b) => a.t - b.t || (a.d.kind < b.d.kind ? -1 : a.d.kind > b.d.kind ? 1 : 0))
    .map((x) => x.d);
}
