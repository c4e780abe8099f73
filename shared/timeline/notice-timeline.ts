/**
 * The notice's own dates as timeline items: every key date (publication, expression of interest,
 * clarification and submission deadlines, next notice, award decision, contract term), each
 * engagement event with its sign-up deadline, and the standstill worked out from the award date.
 */
import type { Change, EngagementEvent, KeyDate, Opportunity } from '../notice/model';
import { formatUkDate } from '../calendar/format';
import { midnightMeaning } from '../notice/midnight';
import { addDays, startOfUkDay } from '../calendar/days';
import { ukDay } from '../calendar/instants';
import { addWorkingDays, isWorkingDay } from '../calendar/working-days';
import {
  eventKeys,
  IdRegistry,
  keyDateField,
  lotTitleOf,
  movedDates,
  noticeUrl,
  sameInstant,
  slug,
  sortTimeline,
} from './items';
import type { TimelineItem, TimelineLane } from './model';

/** A stored engagement event (the store's row): its id survives re-imports and renames. */
export interface StoredEventRef {
  id: string;
  eventKey: string;
  /** Where the event started before a re-import moved it. */
  previousStart: string | null;
}

/** What the app knows beyond the notice; the command line passes none of it. */
export interface NoticeTimelineContext {
  /** The stored opportunity's id (defaults to `idPrefix`). */
  opportunityId?: string;
  /** Stored events, so item ids follow the store's stable event ids and show moves. */
  events?: readonly StoredEventRef[];
  /** Key-date changes from re-imports, oldest first (`movedFrom` of moved deadlines). */
  changes?: readonly Change[];
}

/** The Procurement Act 2023 standstill: 8 working days after the award notice. */
export const STANDSTILL_WORKING_DAYS = 8;

/**
 * The notice's timeline, sorted. Item ids are `<idPrefix>/notice/<kind>/<lot key|all>` (the
 * ocid makes a good prefix: the same notice gives the same ids wherever it is read) and
 * `<idPrefix>/engagement/<stored event id or event key>[/sign-up]`.
 *
 * The standstill end is added for each award date: 8 working days (weekends and bank holidays in
 * any part of the UK skipped) under the Procurement Act 2023, or 10 calendar days ending on a
 * working day for older (PCR 2015) notices. Its detail says it is Bid Desk's estimate.
 */
export function noticeTimeline(
  opportunity: Opportunity,
  idPrefix: string,
  context: NoticeTimelineContext = {},
): TimelineItem[] {
  const ids = new IdRegistry();
  const moved = movedDates(context.changes ?? []);
  const base = {
    opportunityId: context.opportunityId ?? idPrefix,
    opportunityTitle: opportunity.title,
    buyerName: opportunity.buyer.name || null,
    source: 'notice' as const,
    done: false,
    url: noticeUrl(opportunity),
  };
  const items: TimelineItem[] = [];
  const events = eventItems(opportunity, idPrefix, context.events ?? [], base);
  items.push(...events);

  for (const date of opportunity.keyDates) {
    if (date.kind === 'engagement' && events.some((e) => coveredBy(date, e))) continue;
    if (date.kind === 'engagementSignUp' && events.some((e) => coveredBy(date, e))) continue;
    const lane: TimelineLane = date.kind.startsWith('engagement') ? 'engagement' : 'notice';
    const id = ids.take(`${idPrefix}/notice/${date.kind}/${date.lotId ?? 'all'}`);
    items.push({
      ...base,
      id,
      lane,
      kind: date.kind,
      title: date.label,
      at: date.at,
      end: null,
      allDay: date.allDay,
      lotId: date.lotId,
      lotTitle: lotTitleOf(opportunity, date.lotId),
      movedFrom: moved.get(keyDateField(date.kind, date.lotId)) ?? null,
      location: null,
      detail: keyDateDetail(opportunity, date),
    });
    // An award notice states the standstill's end: then nothing is estimated.
    if (date.kind === 'awardDecision' && !statesStandstill(opportunity)) {
      items.push({
        ...base,
        ...standstill(opportunity, date),
        id: ids.take(`${idPrefix}/notice/standstillEnd/${date.lotId ?? 'all'}`),
        lotId: date.lotId,
        lotTitle: lotTitleOf(opportunity, date.lotId),
      });
    }
  }
  return sortTimeline(items);
}

function statesStandstill(opportunity: Opportunity): boolean {
  return opportunity.keyDates.some((d) => d.kind === 'standstillEnd');
}

/** An engagement key date is the same fact as an event item already on the timeline. */
function coveredBy(date: KeyDate, item: TimelineItem): boolean {
  return item.kind === date.kind && sameInstant(item.at, date.at);
}

type Base = Pick<
  TimelineItem,
  'opportunityId' | 'opportunityTitle' | 'buyerName' | 'source' | 'done' | 'url'
>;

function eventItems(
  opportunity: Opportunity,
  idPrefix: string,
  stored: readonly StoredEventRef[],
  base: Base,
): TimelineItem[] {
  const keys = eventKeys(opportunity.engagementEvents);
  const byKey = new Map(stored.map((row) => [row.eventKey, row]));
  const items: TimelineItem[] = [];
  opportunity.engagementEvents.forEach((event, i) => {
    const key = keys[i] as string;
    const row = byKey.get(key);
    const id = `${idPrefix}/engagement/${row ? row.id : slug(key)}`;
    const title = event.title === 'Market engagement' ? 'Market engagement event' : event.title;
    if (event.start) {
      const movedFrom = row?.previousStart ?? null;
      items.push({
        ...base,
        id,
        lane: 'engagement',
        kind: 'engagement',
        title,
        at: event.start,
        end: event.end && Date.parse(event.end) > Date.parse(event.start) ? event.end : null,
        allDay: event.allDay,
        lotId: null,
        lotTitle: null,
        movedFrom: movedFrom && !sameInstant(movedFrom, event.start) ? movedFrom : null,
        location: event.place ?? event.onlineUrl,
        detail: eventDetail(event),
      });
    }
    if (event.signUpDeadline) {
      items.push({
        ...base,
        id: `${id}/sign-up`,
        lane: 'engagement',
        kind: 'engagementSignUp',
        title:
          title === 'Market engagement event'
            ? 'Sign up for market engagement'
            : `Sign up: ${title}`,
        at: event.signUpDeadline,
        end: null,
        allDay: false,
        lotId: null,
        lotTitle: null,
        movedFrom: null,
        location: null,
        detail: event.start
          ? `Register to attend the event on ${formatUkDate(event.start, event.allDay)}.`
          : 'Register to attend the event.',
      });
    }
  });
  return items;
}

function derivedNote(fact: { derived: boolean; source: { snippet: string } | null }): string {
  return fact.derived && fact.source
    ? ` From the description: “${fact.source.snippet}”`
    : fact.derived
      ? ' From the description.'
      : '';
}

function eventDetail(event: EngagementEvent): string {
  const parts: string[] = [];
  if (event.place) parts.push(`Where: ${event.place}.`);
  if (event.onlineUrl) parts.push(`Join online: ${event.onlineUrl}`);
  if (event.end) parts.push(`Ends ${formatUkDate(event.end)}.`);
  if (event.allDay) parts.push('The notice gives the day, not a time.');
  const note = derivedNote(event).trim();
  if (note) parts.push(note);
  else if (event.description) parts.push(short(event.description, 400));
  return parts.join(' ');
}

function keyDateDetail(opportunity: Opportunity, date: KeyDate): string {
  const parts: string[] = [];
  if (date.lotId !== null) parts.push(`Lot ${date.lotId} only.`);
  if (date.allDay) parts.push('The notice gives the day, not a time.');
  const midnight = midnightMeaning(date);
  if (midnight) parts.push(`${midnight[0]?.toUpperCase()}${midnight.slice(1)}.`);
  if (date.kind === 'tendersOpened') {
    parts.push('When the buyer opens the tenders, not when it decides the award.');
  }
  if (date.kind === 'submissionDeadline') {
    const how = opportunity.submissionUrl ?? opportunity.submissionMethodDetails;
    if (how) parts.push(`Submit through: ${short(how, 300)}`);
  }
  const note = derivedNote(date).trim();
  if (note) parts.push(note);
  return parts.join(' ');
}

function standstill(
  opportunity: Opportunity,
  award: KeyDate,
): Pick<
  TimelineItem,
  'lane' | 'kind' | 'title' | 'at' | 'end' | 'allDay' | 'movedFrom' | 'location' | 'detail'
> {
  const awardDay = ukDay(award.at);
  // FTS notices with a UK notice type are under the Procurement Act 2023; the rest under PCR 2015.
  const act = opportunity.noticeType !== null;
  let day: string;
  let rule: string;
  if (act) {
    day = addWorkingDays(awardDay, STANDSTILL_WORKING_DAYS, 'any-uk');
    rule = `the standstill lasts ${STANDSTILL_WORKING_DAYS} working days after the contract award notice (Procurement Act 2023; weekends and bank holidays anywhere in the UK do not count)`;
  } else {
    day = addDays(awardDay, 10);
    while (!isWorkingDay(day, 'any-uk')) day = addDays(day, 1);
    rule =
      'the standstill lasts 10 days after the award decision is sent, ending on a working day (Public Contracts Regulations 2015)';
  }
  return {
    lane: 'notice',
    kind: 'standstillEnd',
    title: 'Standstill ends (estimate)',
    at: startOfUkDay(day),
    end: null,
    allDay: true,
    movedFrom: null,
    location: null,
    detail: `Worked out by Bid Desk, not stated in the notice: ${rule}, counted from the expected award decision on ${formatUkDate(award.at, award.allDay)}. The buyer's award notice gives the real date.`,
  };
}

function short(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
