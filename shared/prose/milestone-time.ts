/** Reading the real time of a milestone whose due date only names a day. */
import type { FactSource, Instant } from '../notice/model';
import { findDates } from './prose-dates';
import { eventEnd } from './prose-engagement';
import { toUkInstant, ukInstant } from '../calendar/instants';
import { maskUrls, sentenceAt, snippetOf, splitSentences } from './prose-text';
import { findTimes } from './times';

/** When a milestone happens, as far as its due date and description tell. */
export interface MilestoneTime {
  start: Instant;
  end: Instant | null;
  allDay: boolean;
  /** The description words the time was read from; null when the due date alone was used. */
  source: FactSource | null;
}

// 23:59(:59) or 00:00(:00) in a due date is a day marker, not a time anyone meant.
const DAY_MARKER =
  /^(\d{4}-\d{2}-\d{2})T(?:23:59(?::59(?:\.\d+)?)?|00:00(?::00(?:\.0+)?)?)(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A milestone `dueDate` like `2026-06-08T23:59:59+01:00` means "that day" (the date as written,
 * whatever its offset). When the description gives a time for that same day ("on the 8th June
 * 2026 commencing at 10:00 ... conclude at approximately 11:30") the described start and end are
 * returned; when the description names no date at all but gives one time ("Webinar at 10am"),
 * that time is used on the due day. Otherwise the result is all-day, starting at London midnight.
 * A due date with a real time (not a day marker) is kept, re-expressed in London time. An
 * unreadable due date is returned as given, all-day.
 */
export function timeFromDescription(
  dueDate: Instant,
  description: string | null,
  field: string,
): MilestoneTime {
  const marker = DAY_MARKER.exec(dueDate.trim());
  if (!marker?.[1]) {
    return {
      start: toUkInstant(dueDate) ?? dueDate,
      end: null,
      allDay: !toUkInstant(dueDate),
      source: null,
    };
  }
  const day = marker[1];
  const allDay: MilestoneTime = {
    start: ukInstant(day, null),
    end: null,
    allDay: true,
    source: null,
  };
  if (!description) return allDay;
  const masked = maskUrls(description);
  const sentences = splitSentences(masked);
  const dates = findDates(description, { defaultYear: Number(day.slice(0, 4)) });
  // A phrase naming several days ("2nd & 3rd June 2026 at 10:00") gives the time of each.
  const sameDay = dates.find((d) => (d.days ?? [d.date]).includes(day) && d.time !== null);
  if (sameDay?.time) {
    const sentence = sentenceAt(sentences, sameDay.index, description.length);
    const match = { start: sameDay.index, end: sameDay.index + sameDay.text.length };
    return {
      start: ukInstant(day, sameDay.time),
      end: eventEnd(masked, { ...sameDay, date: day }, sentences),
      allDay: false,
      source: { field, snippet: snippetOf(description, sentence, match) },
    };
  }
  // No date in the text: one time (or a start and a later end) is taken to be on the due day.
  const times = dates.length === 0 ? findTimes(masked) : [];
  const first = times[0];
  if (first && times.length <= 2) {
    const second = times[1];
    const sentence = sentenceAt(sentences, first.index, description.length);
    return {
      start: ukInstant(day, first.time),
      end: second && second.time > first.time ? ukInstant(day, second.time) : null,
      allDay: false,
      source: {
        field,
        snippet: snippetOf(description, sentence, { start: first.index, end: first.end }),
      },
    };
  }
  return allDay;
}
