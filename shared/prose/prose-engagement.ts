/**
 * Engagement facts that live only in prose: the event itself, the deadline to sign up for it,
 * and the deadline for written responses to a request for information.
 */
import type { FactSource, Instant } from '../notice/model';
import { endTimeIn, placeOf, roleOf, windowOf, type DateWindow } from './date-context';
import { findDates } from './prose-dates';
import type { ProseDate } from './prose-dates';
import { ukInstant } from '../calendar/instants';
import {
  findOnlineUrl,
  maskUrls,
  sentenceAfter,
  sentenceAt,
  snippetOf,
  splitSentences,
} from './prose-text';

/** An engagement event read from prose. All-day events start at London midnight. */
export interface ProseEvent {
  start: Instant;
  end: Instant | null;
  allDay: boolean;
  /** Venue as written; null for online events or when the text names none. */
  place: string | null;
  /** Joining link (Teams, Zoom, Eventbrite...), never a link to slides or a portal. */
  onlineUrl: string | null;
  source: FactSource;
  /**
   * What the words call the event when it is not market engagement as such: "Site visit" for
   * "Site Visits ... will be held 2nd & 3rd November". Absent otherwise.
   */
  name?: string;
  /** Which day this is of an event held on several ("2nd & 3rd November": day 1 of 2). */
  series?: { day: number; of: number };
}

/** A deadline read from prose. All-day deadlines are given as London midnight of that day. */
export interface ProseDeadline {
  at: Instant;
  allDay: boolean;
  source: FactSource;
}

/** Engagement facts in an engagement milestone or a notice description. */
export interface ProseEngagement {
  events: ProseEvent[];
  signUpDeadlines: ProseDeadline[];
  /** RFI / written responses: "must be submitted in writing by 6th March 2026". */
  responseDeadlines: ProseDeadline[];
}

/**
 * Find engagement events, sign-up deadlines and response deadlines in a text. Dates that are
 * about something else (a contract start such as "Services will commence 1st April 2027", a
 * contract end, a publication date) are left out. Year-less dates take the year of the first
 * full date in the same text. Times are London wall time; a date without a time is all-day and
 * starts at London midnight. An event's end comes from a range ("10:00 - 11:30") or a later
 * phrase ("will conclude at approximately 11:30"). Online events get the text's joining link
 * and no place. `field` names where the text came from, for the sources.
 */
export function findEngagement(text: string, field: string): ProseEngagement {
  const result: ProseEngagement = { events: [], signUpDeadlines: [], responseDeadlines: [] };
  if (!text) return result;
  const withYears = findDates(text);
  const firstYear = withYears[0]?.date.slice(0, 4);
  // Without a year to lend to year-less dates, reading again would find the same dates.
  const dates = firstYear ? findDates(text, { defaultYear: Number(firstYear) }) : withYears;
  if (dates.length === 0) return result;
  // Cue words inside links ("supplier-self-registration") must not steer the reading.
  const masked = maskUrls(text);
  const sentences = splitSentences(masked);
  const onlineUrl = findOnlineUrl(text);
  dates.forEach((d, i) => {
    const sentence = sentenceAt(sentences, d.index, text.length);
    const w = windowOf(masked, sentence, dates, i);
    const role = roleOf(w);
    if (role === 'other') return;
    const match = { start: d.index, end: d.index + d.text.length };
    const source = { field, snippet: snippetOf(text, sentence, match) };
    // A deadline written as several days ("by 2nd or 3rd") is planned against the first.
    const at = ukInstant(d.date, d.time);
    if (role === 'event') {
      const days = d.days ?? [d.date];
      const name = nameOf(w);
      const place = onlineUrl ? null : placeOf(w);
      days.forEach((day, n) => {
        const onDay = { ...d, date: day };
        result.events.push({
          start: ukInstant(day, d.time),
          end: eventEnd(masked, onDay, sentences),
          allDay: d.time === null,
          place,
          onlineUrl,
          source,
          ...(name ? { name } : {}),
          ...(days.length > 1 ? { series: { day: n + 1, of: days.length } } : {}),
        });
      });
    } else {
      const list = role === 'signUp' ? result.signUpDeadlines : result.responseDeadlines;
      list.push({ at, allDay: d.time === null, source });
    }
  });
  return {
    events: onePerDay(
      result.events,
      (e) => e.start,
      (e) => (e.allDay ? 0 : 1000) + (e.place?.length ?? 0),
    ),
    signUpDeadlines: onePerDay(
      result.signUpDeadlines,
      (d) => d.at,
      (d) => (d.allDay ? 0 : 1),
    ),
    responseDeadlines: onePerDay(
      result.responseDeadlines,
      (d) => d.at,
      (d) => (d.allDay ? 0 : 1),
    ),
  };
}

const SITE_VISIT = /\bsite[- ]visits?\b/i;

/**
 * What the words call an event that is not market engagement: a site visit is a bidders' visit
 * during the tender, and calling it "Market engagement event" would mislead.
 */
function nameOf(w: DateWindow): string | null {
  return SITE_VISIT.test(w.sentence) ? 'Site visit' : null;
}

/**
 * Page text repeats facts (a summary, then the description): keep one fact per day, the most
 * precise one (a time beats a bare day, a fuller place beats a shorter one), in order of first mention.
 */
function onePerDay<T>(items: T[], at: (item: T) => Instant, score: (item: T) => number): T[] {
  const best = new Map<string, T>();
  for (const item of items) {
    const day = at(item).slice(0, 10);
    const kept = best.get(day);
    if (!kept || score(item) > score(kept)) best.set(day, item);
  }
  return [...best.values()];
}

/** The end of an event: a stated range, or "conclude at ..." in the rest of its sentence or the next. */
export function eventEnd(
  text: string,
  d: ProseDate,
  sentences = splitSentences(text),
): Instant | null {
  if (!d.time) return null;
  if (d.endTime) return ukInstant(d.date, d.endTime);
  const after = d.index + d.text.length;
  const here = sentenceAt(sentences, d.index, text.length);
  const next = sentenceAfter(sentences, here.end);
  const end = endTimeIn(text.slice(after, Math.min(next?.end ?? here.end, after + 300)), d.time);
  return end ? ukInstant(d.date, end) : null;
}
