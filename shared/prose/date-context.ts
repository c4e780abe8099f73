/**
 * What a date in prose is about, read from the words around it: an engagement event, a deadline
 * to sign up for one, a deadline for written responses, or something else (a contract start, a
 * past date) that must not become a key date.
 */
import type { ProseDate } from './prose-dates';
import type { Span } from './prose-text';
import { TIME_SOURCE, timeFromGroups } from './times';

export type DateRole = 'event' | 'signUp' | 'response' | 'other';

// A deadline word directly before the date: "before 14th July", "by 6th March", "no later than".
const DEADLINE_BEFORE =
  /\b(?:before|by|no later than|not later than|on or before|prior to|until|deadline(?: (?:of|is|date))?|closing date(?: (?:of|is))?|close[sd]?(?: on)?)[\s:,]{0,3}(?:the\s{1,3})?$/i;
const DEADLINE_WORD = /\bdeadline\b/i;
const SIGN_UP_CUE =
  /\b(?:regist\w*|book(?:ing)?|sign[- ]?up|express\w* (?:an |your |their )?interest|expressions? of interest|attend\w*|reserve|rsvp|confirm\w* (?:your )?(?:place|attendance))\b/i;
const RESPONSE_CUE =
  /\b(?:respon\w*|submi\w*|return\w*|questionnaire|rfi|request for information|feedback|clarification\w*|comments)\b/i;
// Words that say a date is when a contract or service starts or ends, or when a notice appears.
const NOT_AN_EVENT =
  /\b(?:commenc\w*|start\w*|begin\w*|go[- ]live|since|conclud\w*|expir\w*|end(?:s|ing)?|award\w*|publish\w*|launch\w*|mobilis\w*|implement\w*|contract\w*)\b/i;
// A tender or bid submission deadline is a key date of the tender, not of the engagement.
const TENDER_SUBMISSION = /\b(?:tenders?|bids?|tender (?:documents|submissions?|responses?))\b/i;
const RFI_CUE = /\b(?:rfi|request for information|questionnaires?|feedback|clarifications?)\b/i;
const EVENT_CUE =
  /\b(?:event|engagement (?:day|session|exercise)|market engagement|webinar|meeting|briefing|workshop|open day|drop[- ]in|conference|sessions?|held|hosted|take place|taking place|(?:bidders?|suppliers?|information|industry) day)\b/i;

/** The neighbourhood of one date inside its sentence. */
export interface DateWindow {
  /** From the sentence start (or the previous date) to this date. */
  lead: string;
  /** From this date to the sentence end (or the next date). */
  trail: string;
  sentence: string;
}

/**
 * Decide what a date is about. Deadline words directly before the date win ("before", "by",
 * "no later than"); the sentence then says whether it is a sign-up or a response deadline. Next,
 * contract starts and other non-events ("Services will commence 1st April 2027") are set aside
 * unless the same clause names an event ("the event starts on ..."). Anything left in a sentence
 * about an event is the event itself.
 */
export function roleOf(w: DateWindow): DateRole {
  const near = w.lead.slice(-60);
  if (DEADLINE_BEFORE.test(near) || DEADLINE_WORD.test(w.lead.slice(-120))) {
    // "an award decision by 21st September" is a deadline word about something else.
    if (NOT_AN_EVENT.test(near.slice(-40)) && !SIGN_UP_CUE.test(near)) return 'other';
    if (SIGN_UP_CUE.test(w.sentence)) return 'signUp';
    if (RESPONSE_CUE.test(w.sentence)) {
      return TENDER_SUBMISSION.test(w.sentence) && !RFI_CUE.test(w.sentence) ? 'other' : 'response';
    }
    if (EVENT_CUE.test(w.sentence)) return 'signUp';
    return 'other';
  }
  if (NOT_AN_EVENT.test(near.slice(-40)) && !EVENT_CUE.test(near)) return 'other';
  if (EVENT_CUE.test(w.lead.slice(-200)) || EVENT_CUE.test(w.trail.slice(0, 200))) return 'event';
  return 'other';
}

/** Cut the window of `dates[i]` out of its sentence. */
export function windowOf(text: string, sentence: Span, dates: ProseDate[], i: number): DateWindow {
  const d = dates[i] as ProseDate;
  const prev = dates[i - 1];
  const next = dates[i + 1];
  const leadStart = Math.max(sentence.start, prev ? prev.index + prev.text.length : 0);
  const dEnd = d.index + d.text.length;
  const trailEnd = Math.min(sentence.end, next ? next.index : text.length);
  return {
    lead: text.slice(Math.max(leadStart, d.index - 400), d.index),
    trail: text.slice(dEnd, Math.max(dEnd, Math.min(trailEnd, dEnd + 400))),
    sentence: text.slice(
      Math.max(sentence.start, d.index - 400),
      Math.min(sentence.end, dEnd + 400),
    ),
  };
}

const END_TIME = new RegExp(
  String.raw`\b(?:conclud\w*|finish\w*|end(?:s|ing)?|clos(?:e|es|ing)|until|till|run(?:s|ning)? to)\s{1,3}(?:at\s{1,3})?(?:(?:approximately|approx\.?|around|about|roughly|circa|c\.)\s{1,3})?(?:${TIME_SOURCE})`,
  'i',
);

/**
 * An end time stated after the start, e.g. "The event will conclude at approximately 11:30",
 * looked for in the given text (the rest of the sentence and the next one). Only a time later
 * than `start` counts.
 */
export function endTimeIn(text: string, start: string): string | null {
  const m = END_TIME.exec(text.slice(0, 300));
  if (!m) return null;
  const end = timeFromGroups(m, 1);
  return end && end > start ? end : null;
}

const PLACE_BEFORE =
  /\b(?:at|in|venue:?|location:?)\s{1,3}((?:the\s{1,3})?[A-Z0-9][^.;:!?]{2,150}?)[\s,]{0,3}(?:on\s{1,3})?(?:the\s{1,3})?$/;
const PLACE_AFTER =
  /^[\s,]{0,3}(?:at|in|venue:?|location:?)\s{1,3}((?:the\s{1,3})?[A-Z0-9][^.;!?]{2,150}?)(?=[.;!?]|,\s{0,2}(?:to|from|where|which|and|for|with|between|commencing|starting)\b|\s(?:from|between|commencing|starting)\b|$)/;
const STARTS_WITH_TIME = new RegExp(String.raw`^(?:${TIME_SOURCE})`, 'i');
// Small words an address or venue name may hold; any other lower-case word means prose.
const PLACE_SMALL_WORDS = new Set([
  'of',
  'the',
  'and',
  'upon',
  'on',
  'in',
  'at',
  'under',
  'by',
  'de',
  'la',
]);

function looksLikePlace(place: string): boolean {
  if (STARTS_WITH_TIME.test(place)) return false;
  const words = place.split(/[\s,]+/).filter((word) => /^[a-z]/.test(word));
  return words.every((word) => PLACE_SMALL_WORDS.has(word));
}

/**
 * Where an event is held, when the words say so: "at Staffordshire Police HQ, Conference Room 7,
 * Weston Road, Stafford, ST18 0YY on Friday 17th July 2026" or "on 17 July at the Civic Centre".
 * Online events have no place; their joining link is the `onlineUrl`.
 */
export function placeOf(w: DateWindow): string | null {
  const candidates = [
    PLACE_AFTER.exec(w.trail.slice(0, 200))?.[1],
    PLACE_BEFORE.exec(w.lead.slice(-200))?.[1],
  ];
  for (const c of candidates) {
    const place = c?.replace(/\s+/g, ' ').trim().replace(/,$/, '');
    if (place && looksLikePlace(place)) return place;
  }
  return null;
}
