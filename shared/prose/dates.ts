/**
 * Dates mentioned in notice prose, with the clock time attached to them when there is one:
 * "THURSDAY 14th MAY 2026 - 4pm", "before 14th July 5pm 2026", "8th June 2026 commencing at
 * 10:00", "14 May 2026 at 16:00", "2026-05-14", "14/05/2026".
 */
import { isoDay, isRealDay, londonParts } from './london';
import { allMatches, findUrls } from './text';
import type { FoundUrl } from './text';
import { TIME_SOURCE, timeFromGroups } from './times';

/** A date found in prose. `index`/`text` cover the whole phrase, weekday and time included. */
export interface ProseDate {
  /** `yyyy-MM-dd`, London calendar day. */
  date: string;
  /** `HH:mm` London wall time, when a time is attached to the date. */
  time: string | null;
  /** `HH:mm` when the phrase gives a range ("10:00 - 11:30"). */
  endTime: string | null;
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
const TIME_GROUPS = 8;
const DIGIT = /\d/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthNumber = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

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
    out.push({
      start: m.index,
      end: y?.end ?? m.index + all.length,
      year: y?.year ?? null,
      month: monthNumber(month ?? ''),
      day: Number(day),
      time: y?.time ?? null,
      fixed: false,
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
      const london = londonParts(at);
      core.date = london.date;
      core.time = london.time;
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
  const date = core.date ?? isoDay(core.year, core.month, core.day);
  return { date, time, endTime: time ? endTime : null, index: start, text: text.slice(start, end) };
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
  const cores = [...numericCores(text), ...dayMonthCores(text)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
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
