/**
 * Lots that exist only in prose, e.g. "Lot A - Hate Crime Service Circa PS704,000 (PS176,000 per
 * annum) Lot B - ASB & Mediation Service Circa PS826,000 (206,500 per annum)" while the OCDS holds
 * a single lot.
 */
import type { FactSource } from '../notice/model';
import { MONEY_SOURCE, moneyValue } from './prose-money';
import { repairText } from './prose-text';

/** A lot read from prose. `id` is the letter or number the text uses. */
export interface ProseLot {
  id: string;
  title: string | null;
  /** Whole-contract value as stated (e.g. "Circa £704,000"). */
  value: number | null;
  /** Yearly value as stated (e.g. "(£176,000 per annum)"). */
  annualValue: number | null;
  source: FactSource;
}

const LOT_MARK = /\b(?:Lot|LOT)[ \t\u00a0]{1,2}(\d{1,2}|[A-Z])\b/g;
// After "Lot A" a heading separator introduces the title: "Lot A - Hate Crime Service".
const HEADING_SEP = /^[ \t\u00a0]{0,3}[-–—:.][ \t\u00a0]{0,3}/;
// The title ends where the money or a bracket starts, or at the end of its line or list item.
const TITLE_END =
  /\b(?:circa|approx\w*|c\.|valued?|worth|up to|estimated|total)\b|£|\(|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?(?:m|million|k|bn)\b|[.;](?=\s|$)|[\r\n]|[ \t\u00a0][•●▪◦‣·*][ \t\u00a0]/i;
/** The start of a line that is a list item: "• ", "- ", "* ", "1) ", "(a) ". */
const LIST_MARKER = /^[ \t\u00a0]{0,8}(?:[•●▪◦‣·*–-]|\(?(?:\d{1,2}|[a-z])[.)])[ \t\u00a0]{0,8}$/i;
/** Where a heading's words stop being about it: a blank line, or a line that starts a list item. */
const ITEM_END =
  /(?:\r?\n|\r)[ \t\u00a0]{0,8}(?:\r?\n|\r|(?:[•●▪◦‣·*–-]|\(?(?:\d{1,2}|[a-z])[.)])[ \t\u00a0])/i;
const LINE_END = /[\r\n]/;
/** How far before "Lot 1" a line's list marker can start: "    (12) ". */
const MARKER_ROOM = 13;
const MONEY = new RegExp(MONEY_SOURCE, 'gi');
const PER_YEAR =
  /^[\s)]{0,3}(?:per annum|p\.\s?a\.?|pa\b|per year|a year|annually|each year|per yr)/i;
const MAX_SEGMENT = 300;

interface Found extends ProseLot {
  /** A heading ("Lot A - ...") is better evidence than a passing "(Lot A)". */
  heading: boolean;
}

/** "Lot A - Title Circa £X (£Y per annum)": title and values up to the next lot or sentence end. */
function readHeading(
  text: string,
  markStart: number,
  from: number,
  to: number,
  id: string,
  field: string,
): Found {
  const sep = HEADING_SEP.exec(text.slice(from, from + 10));
  const bodyStart = from + (sep?.[0].length ?? 0);
  const body = text.slice(bodyStart, to);
  const titleEnd = TITLE_END.exec(body)?.index ?? body.length;
  const title = cleanTitle(body.slice(0, titleEnd));
  let value: number | null = null;
  let annualValue: number | null = null;
  let used = titleEnd;
  for (const m of body.matchAll(MONEY)) {
    const [all, pound, digits, multiplier] = m;
    // Bare small numbers ("3 years", "id=1071") are not money; commas, £ or "million" are.
    if (!digits || !(pound || multiplier || digits.includes(','))) continue;
    const amount = moneyValue(digits, multiplier);
    const after = body.slice(m.index + all.length);
    const perYear = PER_YEAR.exec(after);
    if (perYear && annualValue === null) {
      annualValue = amount;
      used = m.index + all.length + perYear[0].length;
    } else if (!perYear && value === null) {
      value = amount;
      used = Math.max(used, m.index + all.length);
    }
    if (value !== null && annualValue !== null) break;
  }
  if (body[used] === ')') used += 1;
  const snippet = repairText(text.slice(markStart, bodyStart + used)).slice(0, 200);
  return { id, title, value, annualValue, heading: true, source: { field, snippet } };
}

const TITLE_WORD = /^(?:[A-Z0-9][\w'’-]*|&|and|of|for|the)$/;
const CONNECTOR = /^(?:&|and|of|for|the)$/;

/** "... a Hate Crime Support Service (Lot A)": the capitalised words before the bracket. */
function readMention(text: string, markStart: number, id: string, field: string): Found {
  const near = text.slice(Math.max(0, markStart - 160), markStart - 1);
  // The title is on the mention's own line: a heading or list item above it is something else.
  const before = near.slice(Math.max(near.lastIndexOf('\n'), near.lastIndexOf('\r')) + 1);
  const words = before.split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 12; i--) {
    const word = words[i] as string;
    if (!TITLE_WORD.test(word)) break;
    kept.unshift(word);
  }
  while (kept[0] && CONNECTOR.test(kept[0])) kept.shift();
  const title = kept.length > 0 ? cleanTitle(kept.join(' ')) : null;
  const snippet = repairText(`${title ?? ''} (Lot ${id})`);
  return { id, title, value: null, annualValue: null, heading: false, source: { field, snippet } };
}

/**
 * Where the words about a lot heading end, keeping the source's lines as boundaries: a heading
 * that is a list item ("• Lot 1 - North East") ends with its line; any other heading may go on to
 * the next lines ("Lot 1: Adult Services" then "Estimated value £1.2m") up to a blank line or the
 * next list item.
 */
function headingEnd(text: string, markStart: number, from: number): number {
  // Only the few characters before the mark can hold a list marker (a bounded look, so a text
  // of thousands of marks on one line is still read in linear time).
  const lineStart = Math.max(0, markStart - MARKER_ROOM);
  const before = text.slice(lineStart, markStart);
  const lineBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  const isListItem =
    (lineBreak !== -1 || lineStart === 0) && LIST_MARKER.test(before.slice(lineBreak + 1));
  const rest = text.slice(from, from + MAX_SEGMENT);
  const end = (isListItem ? LINE_END : ITEM_END).exec(rest)?.index;
  return end === undefined ? text.length : from + end;
}

function cleanTitle(raw: string): string | null {
  const title = repairText(raw)
    .replace(/[\s\-–—:,;(]+$/, '')
    .slice(0, 150)
    .trim();
  return /[A-Za-z]/.test(title) ? title : null;
}

/**
 * Lots named only in prose. Headings ("Lot A - Hate Crime Service Circa £704,000 (£176,000 per
 * annum)") give a title, the total value and the yearly value; bracketed mentions ("a Hate Crime
 * Support Service (Lot A)") give a title when no heading does. Values are read only from
 * money-like amounts (with £, thousands commas or "million"). Returns [] when fewer than two
 * distinct lots are found, since a lone "Lot 1" says nothing the structured data does not.
 */
export function findLotsInProse(text: string, field: string): ProseLot[] {
  const marks = [...text.matchAll(LOT_MARK)];
  const byId = new Map<string, Found>();
  marks.forEach((m, i) => {
    const id = m[1] as string;
    const end = m.index + m[0].length;
    const bracketed = text[m.index - 1] === '(' && text[end] === ')';
    let found: Found | null = null;
    if (bracketed) {
      found = readMention(text, m.index, id, field);
    } else if (HEADING_SEP.test(text.slice(end, end + 10))) {
      const next = marks[i + 1]?.index ?? text.length;
      const to = Math.min(next, end + MAX_SEGMENT, headingEnd(text, m.index, end));
      found = readHeading(text, m.index, end, to, id, field);
    }
    if (!found) return;
    const kept = byId.get(id);
    if (!kept) {
      byId.set(id, found);
    } else if (found.heading && !kept.heading) {
      byId.set(id, { ...found, title: found.title ?? kept.title });
    } else {
      // A repeat (page text often says it twice) only fills what the first mention lacked.
      kept.title ??= found.title;
      kept.value ??= found.value;
      kept.annualValue ??= found.annualValue;
    }
  });
  if (byId.size < 2) return [];
  return [...byId.values()].map(({ heading: _heading, ...lot }) => lot);
}
