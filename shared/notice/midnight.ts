/**
 * How Bid Desk words a date at midnight. A deadline at 00:00 on 27 June is the first instant of
 * 27 June, so it is met only by the end of 26 June: a bidder who reads "27 June" plans to submit
 * a day late. The page, the timeline and the command line all say it the same way, from here.
 */
import { formatUkDate, longDay } from '../calendar/format';
import { dueDay, isUkMidnight, ukDay } from '../calendar/instants';
import type { Instant } from './model';

/** What the user must have done by the end of the day before, per kind of date. */
const ACTIONS: Record<string, string> = {
  submissionDeadline: 'submit by the end of',
  expressionOfInterest: 'express interest by the end of',
  clarificationDeadline: 'send questions by the end of',
  engagementSignUp: 'sign up by the end of',
};

/** "Saturday 27 June" for a UK day `yyyy-MM-dd`. */
function dayInWords(day: string): string {
  return longDay(day, false) ?? day;
}

/**
 * For a timed date at 00:00 UK time, what that midnight means: "midnight at the start of
 * Saturday 27 June: submit by the end of Friday 26 June" (the action follows the kind of date:
 * `submissionDeadline`, `expressionOfInterest`, `clarificationDeadline`, `engagementSignUp`;
 * other kinds say "the end of Friday 26 June"). Null for any other time, and for day-level dates
 * (their day is what counts, and they say so).
 */
export function midnightMeaning(date: {
  kind: string;
  at: Instant;
  allDay: boolean;
}): string | null {
  if (date.allDay || !isUkMidnight(date.at)) return null;
  const action = ACTIONS[date.kind];
  const dayBefore = dayInWords(dueDay(date.at));
  return `midnight at the start of ${dayInWords(ukDay(date.at))}: ${action ? `${action} ` : 'the end of '}${dayBefore}`;
}

/**
 * A key date as the user should read it: "15 Dec 2026 12:00", "19 Jun 2026" for a day-level date,
 * and "27 Jun 2026 00:00 (midnight at the start of Saturday 27 June: submit by the end of Friday
 * 26 June)" at midnight.
 */
export function formatKeyDate(date: { kind: string; at: Instant; allDay: boolean }): string {
  const text = formatUkDate(date.at, date.allDay);
  const meaning = midnightMeaning(date);
  return meaning ? `${text} (${meaning})` : text;
}
