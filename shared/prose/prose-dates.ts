/**
 * Dates mentioned in notice prose, with the clock time attached to them when there is one:
 * "THURSDAY 14th MAY 2026 - 4pm", "before 14th July 5pm 2026", "8th June 2026 commencing at
 * 10:00", "14 May 2026 at 16:00", "2026-05-14", "14/05/2026".
 */
import { addDays, isoDay } from '../calendar/days';
import { monthNumber } from '../calendar/format';
import { isRealDay, ukWallClock } from '../calendar/instants';
import { allMatches, findUrls } from './prose-text';
import type { FoundUrl } from './prose-text';
import { TIME_SOURCE, timeFromGroups } from './times';

/** A date found in prose. `index`/`text` cover the whole phrase, weekday and time included. */
export interface ProseDate {
  /** `yyyy-MM-dd`, London calendar day. */
  date: string;
  /** `HH:mm` London wall time, when a time is attached to the date. */
  time: string | null;
  /** `HH:mm` when the phrase gives a range ("10:00 - 11:30"). */
  endTime: string | null;
  /**
   * Every day the phrase names, in order, when it names more than one: "2nd & 3rd November
   * 2022", "2-4 November", "Tuesday 3rd and Thursday 5th", "30 November - 2 December". `date` is
   * the first of them. Absent for a single day.
   */
  days?: string[];
  index: number;
  text: string;
}

const MONTH_SOURCE = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const WEEKDAY_SOURCE = String.raw`monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun`;
const SP = String.raw`[ \t\u00a0]`;

/** "14th May", "14 of May", "14-May". */
const DAY_MONTH = new RegExp(
  String.raw`\b(\d{1,2})(st|nd|rd|th)?(?:${SP}{1,2}of)?(?:${SP}|-){0,3}(${MONTH_SOURCE})\b\.?`,
  'gi',
);
/** "May 14, 2026", "May 14th 2026": only taken when a year follows. */
const MONTH_DAY = new RegExp(
  String.raw`\b(${MONTH_SOURCE})\.?${SP}{1,2}(\d{1,2})(?:st|nd|rd|th)?\b(?!${SP}?(?:%|:|\.\d))`,
  'gi',
);
/** ISO date, optionally with a time and an offset. */
const ISO =
  /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?\b/g;
/** UK numeric date "14/05/2026" or "14.05.2026" (day first). */
const NUMERIC = /\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b/g;

// A year, also when page text glues a relative date to it: "18 May 20262 weeks ago".
const YEAR = String.raw`((?:19|20)\d{2})(?!\d)|((?:19|20)\d{2})(?=\d{1,3}${SP}{0,2}(?:second|minute|hour|day|week|month|year)s?\b)`;
const YEAR_NEXT = new RegExp(String.raw`[ \t\u00a0,]{0,3}(?:${YEAR})`, 'iy');
const TIME_THEN_YEAR = new RegExp(
  String.raw`[ \t\u00a0,]{0,3}(?:${TIME_SOURCE})[ \t\u00a0,]{0,3}(?:${YEAR})`,
  'iy',
);
// A time after the date: "- 4pm", "at 16:00", "commencing at 10:00", "from 10am to 12pm".
const TIME_AFTER = new RegExp(
  String.raw`(?:[\s,;@–—-]|\(|\b(?:at|from|commencing|starting|beginning|between|time|by)\b){0,8}\b(?:${TIME_SOURCE})(?:\s{0,2}(?:-|–|—|to|until|till|and)\s{0,2}(?:${TIME_SOURCE}))?`,
  'iy',
);
// A time before the date: "by 5pm on 14 July", "10:00 on Monday 8 June".
const TIME_BEFORE = new RegExp(
  String.raw`\b(?:${TIME_SOURCE})(?:\s{0,3}(?:-|–|to|until)\s{0,3}(?:${TIME_SOURCE}))?[\s,]{0,3}(?:on${SP}{1,3})?(?:the${SP}{1,3})?$`,
  'i',
);
const WEEKDAY_BEFORE = new RegExp(
  String.raw`\b(?:${WEEKDAY_SOURCE})\b\.?[\s,]{1,3}(?:the${SP}{1,3})?$`,
  'i',
);
/** A day number in a list or range, with its weekday: "2nd", "Tuesday 3rd", "the 4th". */
const LIST_DAY = String.raw`(?:(?:${WEEKDAY_SOURCE})\.?,?${SP}{1,3}(?:the${SP}{1,3})?)?\d{1,2}(?:st|nd|rd|th)?`;
/** What joins the days of a list ("&", "and", ",", "or") or a range ("-", "to", "until"). */
const JOINER = String.raw`${SP}{0,3}(?:,${SP}{0,3}(?:and|&|or)?|&|\+|and|or|-|–|—|to|until|till|through|thru)${SP}{0,3}`;
const WEEKDAY_LEAD = String.raw`(?:(?:${WEEKDAY_SOURCE})\.?,?${SP}{1,3}(?:the${SP}{1,3})?)?`;
/** The days before "3rd November" that share its month: "2nd & ", "Tuesday 3rd and Thursday ". */
const DAYS_BEFORE = new RegExp(String.raw`(?:\b${LIST_DAY}${JOINER}){1,6}${WEEKDAY_LEAD}$`, 'i');
/** The words between two dates that make one phrase of them: "30 November - 2 December 2022". */
const DATES_JOINED = new RegExp(String.raw`^${JOINER}${WEEKDAY_LEAD}$`, 'i');
const BETWEEN_BEFORE = /\bbetween[ \t\u00a0]{1,3}(?:the[ \t\u00a0]{1,3})?$/i;
const RANGE_JOINER = /^(?:-|–|—|to|until|till|through|thru)$/i;
const LIST_DAY_NUMBER = /\b(\d{1,2})(?:st|nd|rd|th)?/g;
// A number after these words counts something else: "Lots 1 and 2", "Stage 1 - 14 May".
const NOT_A_DAY_BEFORE =
  /(?:\b(?:lots?|stages?|phases?|parts?|steps?|sections?|no|nos|numbers?|options?|rounds?|years?|questions?|items?|levels?|tiers?|weeks?|days?|clauses?|annex(?:es)?|appendix|appendices|schedules?|versions?|pages?|paragraphs?|para|points?|sessions?|workshops?|events?|waves?|cohorts?|groups?|areas?|zones?|regions?|categories|category|types?|bands?)\.?|[\d:./£$€%-])[ \t\u00a0]{0,2}$/i;
/** A multi-day phrase covers at most a week of days: a longer span is a period, not an event. */
const MAX_DAYS = 7;
const TIME_GROUPS = 8;
const DIGIT = /\d/;

interface Core {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
  time: string | null;
  /** ISO dates already carry their own time; prose around them is not read for one. */
  fixed: boolean;
  /** The calendar day is already London time (ISO with an offset). */
  date?: string;
  /** Every day of the month the phrase names ("2nd & 3rd November": [2, 3]), when several. */
  days?: number[];
  /** Every day of a phrase joining two dates ("30 November - 2 December 2022"), `yyyy-MM-dd`. */
  isoDays?: string[];
}

/** The year (and a time standing between month and year) right after a day-month phrase. */
function yearAfter(
  text: string,
  at: number,
): { year: number; time: string | null; end: number } | null {
  YEAR_NEXT.lastIndex = at;
  const y = YEAR_NEXT.exec(text);
  if (y) return { year: Number(y[1] ?? y[2]), time: null, end: at + y[0].length };
  TIME_THEN_YEAR.lastIndex = at;
  const t = TIME_THEN_YEAR.exec(text);
  if (t) {
    const year = t[1 + TIME_GROUPS] ?? t[2 + TIME_GROUPS];
    return { year: Number(year), time: timeFromGroups(t, 1), end: at + t[0].length };
  }
  return null;
}

function dayMonthCores(text: string): Core[] {
  const out: Core[] = [];
  for (const m of allMatches(DAY_MONTH, text)) {
    const [all, day, ordinal, month] = m;
    // "5 may be" is not the fifth of May: a bare lower-case "may" needs an ordinal or a year.
    const y = yearAfter(text, m.index + all.length);
    if (month === 'may' && !ordinal && !y) continue;
    const list = daysBefore(text, m.index, Number(day));
    out.push({
      start: list?.start ?? m.index,
      end: y?.end ?? m.index + all.length,
      year: y?.year ?? null,
      month: monthNumber(month ?? ''),
      day: Number(day),
      time: y?.time ?? null,
      fixed: false,
      ...(list ? { days: list.days } : {}),
    });
  }
  for (const m of allMatches(MONTH_DAY, text)) {
    const [all, month, day] = m;
    const y = yearAfter(text, m.index + all.length);
    if (!y) continue;
    const month0 = monthNumber(month ?? '');
    out.push({
      start: m.index,
      end: y.end,
      year: y.year,
      month: month0,
      day: Number(day),
      time: y.time,
      fixed: false,
    });
  }
  return out;
}

/**
 * The days listed before a day-month phrase in the same month: "2nd & " before "3rd November",
 * "2-" before "4 November", "Tuesday 3rd and Thursday " before "5th November". Null when there
 * is no such list, or when it is not one: the numbers count something else ("Lots 1 and 2 May"),
 * do not rise, or cover more than a week.
 */
function daysBefore(
  text: string,
  at: number,
  lastDay: number,
): { start: number; days: number[] } | null {
  const from = Math.max(0, at - 100);
  const m = DAYS_BEFORE.exec(text.slice(from, at));
  if (!m) return null;
  const start = from + m.index;
  if (NOT_A_DAY_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return null;
  const numbers = allMatches(LIST_DAY_NUMBER, m[0]);
  const between = BETWEEN_BEFORE.test(text.slice(Math.max(0, start - 20), start));
  const days: number[] = [];
  let previous: number | null = null;
  for (let i = 0; i <= numbers.length; i++) {
    const n = numbers[i];
    const day = n ? Number(n[1]) : lastDay;
    const joinFrom = n ? n.index : m[0].length;
    if (previous !== null) {
      const prior = numbers[i - 1] as RegExpExecArray;
      const joiner = joinerWord(m[0].slice(prior.index + prior[0].length, joinFrom));
      const range = RANGE_JOINER.test(joiner) || (between && joiner === 'and' && i === 1);
      if (range) for (let d = previous + 1; d < day; d++) days.push(d);
    }
    if (day < 1 || (previous !== null && day <= previous)) return null;
    days.push(day);
    previous = day;
  }
  return days.length > 1 && days.length <= MAX_DAYS ? { start, days } : null;
}

/**
 * Two dates written as one phrase become one core naming every day: a range ("30 November - 2
 * December 2022", "between 30th November and 2nd December") or a list whose first date borrows
 * the second's year ("30th November & 1st December 2022"). Two full dates joined by "and" stay
 * two dates, and so do spans over a week ("1st April 2023 to 31st March 2025" is a period).
 */
function joinDates(text: string, cores: Core[], defaultYear: number | null): Core[] {
  const out: Core[] = [];
  for (let i = 0; i < cores.length; i++) {
    const a = cores[i] as Core;
    const b = cores[i + 1];
    const joined = b ? joinTwo(text, a, b, defaultYear) : null;
    if (joined) i++;
    out.push(joined ?? a);
  }
  return out;
}

function joinTwo(text: string, a: Core, b: Core, defaultYear: number | null): Core | null {
  if (a.fixed || b.fixed || a.time !== null || a.end > b.start || b.start - a.end > 40) {
    return null;
  }
  const gap = text.slice(a.end, b.start);
  if (!DATES_JOINED.test(gap)) return null;
  const yearB = b.year ?? defaultYear;
  if (yearB === null) return null;
  // "30 December 2022 - 2 January 2023" crosses a year; other different years are a period.
  if (a.year !== null && a.year !== yearB && !(a.year === yearB - 1 && a.month > b.month)) {
    return null;
  }
  const joiner = joinerWord(gap);
  const between =
    joiner === 'and' && BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 20), a.start));
  const range = RANGE_JOINER.test(joiner) || between;
  if (!range && a.year !== null) return null;
  const yearA = a.year ?? (a.month > b.month ? yearB - 1 : yearB);
  const first = (a.days ?? [a.day]).map((day) => [yearA, a.month, day] as const);
  const second = (b.days ?? [b.day]).map((day) => [yearB, b.month, day] as const);
  if (![...first, ...second].every(([y, m, d]) => isRealDay(y, m, d))) return null;
  const days = first.map(([y, m, d]) => isoDay(y, m, d));
  const last = first[first.length - 1] as readonly [number, number, number];
  const next = second[0] as readonly [number, number, number];
  if (range) {
    // Every day between the two, counted on the calendar (months differ in length).
    const end = isoDay(...next);
    for (let day = addDays(isoDay(...last), 1); day < end; day = addDays(day, 1)) {
      days.push(day);
      if (days.length > MAX_DAYS) return null;
    }
  }
  days.push(...second.map(([y, m, d]) => isoDay(y, m, d)));
  const rising = days.every((day, i) => i === 0 || day > (days[i - 1] as string));
  if (!rising || days.length > MAX_DAYS) return null;
  return { ...b, start: a.start, year: yearB, isoDays: days };
}

/** The joining word between two listed days, without weekdays and spaces: "and", "-", "to". */
function joinerWord(gap: string): string {
  return gap
    .replace(new RegExp(String.raw`\b(?:${WEEKDAY_SOURCE})\b\.?|\bthe\b|[,]`, 'gi'), ' ')
    .trim()
    .toLowerCase();
}

function numericCores(text: string): Core[] {
  const out: Core[] = [];
  for (const m of allMatches(ISO, text)) {
    const [all, y, mo, d, hh, mm, offset] = m;
    const core: Core = {
      start: m.index,
      end: m.index + all.length,
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      time: hh ? `${hh}:${mm}` : null,
      fixed: true,
    };
    if (hh && offset) {
      const at = new Date(
        `${y}-${mo}-${d}T${hh}:${mm}:00${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`,
      );
      if (Number.isNaN(at.getTime())) continue;
      const uk = ukWallClock(at);
      core.date = uk.day;
      core.time = uk.clock.slice(0, 5);
    }
    out.push(core);
  }
  for (const m of allMatches(NUMERIC, text)) {
    const [all, d, , mo, y] = m;
    out.push({
      start: m.index,
      end: m.index + all.length,
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      time: null,
      fixed: false,
    });
  }
  return out;
}

/** Extend a date phrase with the weekday and time around it. */
function attachTime(text: string, core: Core): ProseDate | null {
  let start = core.start;
  let end = core.end;
  let time = core.time;
  let endTime: string | null = null;
  if (!core.fixed) {
    TIME_AFTER.lastIndex = end;
    const afterMatch = time ? null : TIME_AFTER.exec(text);
    // "13pm" is not a time: then the words after the date are not part of its phrase.
    const after = afterMatch && timeFromGroups(afterMatch, 1) ? afterMatch : null;
    const before = text.slice(Math.max(0, start - 60), start);
    const weekday = WEEKDAY_BEFORE.exec(before);
    if (weekday) start -= weekday[0].length;
    if (after) {
      time = timeFromGroups(after, 1);
      endTime = timeFromGroups(after, 1 + TIME_GROUPS);
      end += after[0].length;
    } else if (!time) {
      const pre = TIME_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
      if (pre) {
        time = timeFromGroups(pre, 1);
        endTime = timeFromGroups(pre, 1 + TIME_GROUPS);
        start -= pre[0].length;
      }
    }
  }
  if (core.year === null) return null;
  if (!core.date && !isRealDay(core.year, core.month, core.day)) return null;
  const year = core.year;
  const days = core.isoDays ?? core.days?.map((day) => isoDay(year, core.month, day));
  const found: ProseDate = {
    date: days?.[0] ?? core.date ?? isoDay(core.year, core.month, core.day),
    time,
    endTime: time ? endTime : null,
    index: start,
    text: text.slice(start, end),
  };
  if (days) found.days = days;
  return found;
}

/**
 * Every date mentioned in the text, in order, with a time when one is attached: before the date
 * ("by 5pm on 14 July"), after it ("14 May 2026 - 4pm", "commencing at 10:00") or between month
 * and year ("before 14th July 5pm 2026"). Dates without a year take `defaultYear`, or are left
 * out when it is not given. Dates inside links are ignored. Impossible dates (31 June) are
 * dropped. Times are London wall time; an ISO date with an offset is converted to London.
 */
export function findDates(text: string, opts: { defaultYear?: number } = {}): ProseDate[] {
  // Every date form has digits: most notice text names no date, and is read in one quick test.
  if (!DIGIT.test(text)) return [];
  const urls = findUrls(text);
  const cores = joinDates(
    text,
    [...numericCores(text), ...dayMonthCores(text)].sort(
      (a, b) => a.start - b.start || b.end - a.end,
    ),
    opts.defaultYear ?? null,
  );
  const out: ProseDate[] = [];
  let taken = 0;
  let url = 0;
  for (const core of cores) {
    if (core.start < taken) continue;
    // Cores and links are both in text order, so one pass skips the dates inside links.
    while (
      urls[url] &&
      (urls[url] as FoundUrl).index + (urls[url] as FoundUrl).url.length <= core.start
    )
      url++;
    const link = urls[url];
    if (link && link.index <= core.start) continue;
    const found = attachTime(text, { ...core, year: core.year ?? opts.defaultYear ?? null });
    if (!found) continue;
    // A time read before this date may belong to the previous date's phrase.
    if (found.index < taken) {
      found.text = text.slice(taken, found.index + found.text.length);
      found.index = taken;
    }
    out.push(found);
    taken = found.index + found.text.length;
  }
  return out;
}
