/** Small helpers every timeline builder shares: ids, ordering, lots and links. */
import type { Change, Instant, Opportunity } from '../notice/model';
import { monthNumber } from '../calendar/format';
import { fromUkWallClock, formatUk } from '../calendar/instants';
import type { TimelineItem, TimelineLane } from './model';

const LANE_ORDER: Record<TimelineLane, number> = {
  notice: 0,
  engagement: 1,
  writing: 2,
  'sign-off': 3,
};

/**
 * Time order; equal times by lane, then opportunity, then question number ("Social value
 * response: Q10" between Q9 and Q11), then title (numbers as numbers: "Lot 2" before "Lot 10"),
 * so every export reads alike.
 */
export function sortTimeline(items: readonly TimelineItem[]): TimelineItem[] {
  return items
    .map((item) => ({ item, t: Date.parse(item.at) }))
    .sort(
      (a, b) =>
        a.t - b.t ||
        LANE_ORDER[a.item.lane] - LANE_ORDER[b.item.lane] ||
        inWords(a.item.opportunityTitle, b.item.opportunityTitle) ||
        byQuestion(a.item.title, b.item.title) ||
        inWords(a.item.title, b.item.title) ||
        compare(a.item.id, b.item.id),
    )
    .map(({ item }) => item);
}

/** "Q10", "Question 10": the number of the tender question an item is about. */
const QUESTION = /\b(?:Q|Question\s*)(\d+)\b/i;

/** Titles by the question they are about (Q2 before Q10); 0 unless both name one. */
export function byQuestion(a: string, b: string): number {
  const qa = QUESTION.exec(a)?.[1];
  const qb = QUESTION.exec(b)?.[1];
  return qa !== undefined && qb !== undefined ? Number(qa) - Number(qb) : 0;
}

const WORDS = new Intl.Collator('en-GB', { numeric: true });

/** Titles as a reader orders them: "Q2" before "Q10"; code-point order breaks ties. */
function inWords(a: string, b: string): number {
  return WORDS.compare(a, b) || compare(a, b);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A lower-case, dash-separated piece of an id (`Market engagement#0` → `market-engagement-0`). */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

/** Gives repeated ids `#2`, `#3`… in the order they come, so every id stays unique and stable. */
export class IdRegistry {
  private readonly seen = new Map<string, number>();
  take(base: string): string {
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  }
}

/**
 * A notice event's key, as the store keeps it (`renderer/db/notice-rows.ts` matches events by it): the
 * normalised title and its occurrence among events with that title.
 */
export function eventKeys(events: ReadonlyArray<{ title: string }>): string[] {
  const seen = new Map<string, number>();
  return events.map((event) => {
    const title = event.title.trim().replace(/\s+/g, ' ').toLowerCase();
    const n = seen.get(title) ?? 0;
    seen.set(title, n + 1);
    return `${title}#${n}`;
  });
}

/** The notice's page on Find a Tender or Contracts Finder: the newest notice with a link. */
export function noticeUrl(opportunity: Opportunity): string | null {
  for (let i = opportunity.noticeHistory.length - 1; i >= 0; i--) {
    const url = opportunity.noticeHistory[i]?.url;
    if (url && /^https?:\/\/\S+$/i.test(url)) return url;
  }
  return null;
}

/** The lot's title as the notice gives it, or null. */
export function lotTitleOf(opportunity: Opportunity, lotKey: string | null): string | null {
  if (lotKey === null) return null;
  return opportunity.lots.find((lot) => lot.id === lotKey)?.title ?? null;
}

/**
 * Read back one date as the change log writes it (`formatUkDate`: "6 May 2026, 12:00" or
 * "6 May 2026"; logs stored by earlier versions have no comma): an Instant, a `yyyy-MM-dd` day,
 * or null for anything else (several dates).
 */
export function parseChangeDate(text: string | null): string | null {
  const m = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})(?:,? (\d{2}):(\d{2}))?$/.exec(text?.trim() ?? '');
  if (!m) return null;
  const month = monthNumber(m[2] as string);
  if (month === 0) return null;
  const day = `${m[3]}-${String(month).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}`;
  if (m[4] === undefined) return day;
  const date = fromUkWallClock(day, `${m[4]}:${m[5]}:00`);
  return Number.isNaN(date.getTime()) ? null : formatUk(date);
}

/**
 * Where re-imports moved the notice's dates from, by change-log field (`keyDates.<kind>` or
 * `keyDates.<kind>[lot <id>]`). The earliest change wins for a field changed several times, so
 * "moved from" names where the date was when the user last looked.
 */
export function movedDates(changes: readonly Change[]): Map<string, string> {
  const moved = new Map<string, string>();
  for (const change of changes) {
    if (!change.field.startsWith('keyDates.') || moved.has(change.field)) continue;
    const from = parseChangeDate(change.from);
    if (from !== null && change.to !== change.from) moved.set(change.field, from);
  }
  return moved;
}

/** The change-log field of a key date (see `diffOpportunities`). */
export function keyDateField(kind: string, lotId: string | null): string {
  return `keyDates.${kind}${lotId ? `[lot ${lotId}]` : ''}`;
}

/** True when `a` is an Instant at the same moment as `b`. */
export function sameInstant(a: Instant | null, b: Instant | null): boolean {
  return a !== null && b !== null && Date.parse(a) === Date.parse(b);
}
