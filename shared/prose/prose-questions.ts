/**
 * A list of questions pasted by the user ("1. Tell us about your organisation (300 words)",
 * "Q3 - Social value 10%", or a funder's form copied with "(Max 500 words)" under each box):
 * one proposed question per item, with the limits, weight and marks its own words give. Nothing
 * is guessed: a limit the words do not state is null, and each question keeps the lines it came
 * from so the user can check and edit it. Pure; never throws.
 */
import { repairText } from './prose-text';

export interface PastedQuestion {
  /** The number the list gives it ("3", "2.1", "b"), without "Q" or "Question"; null if none. */
  number: string | null;
  /** The question's words, without its number and the limits read from it. */
  title: string;
  wordLimit: number | null;
  characterLimit: number | null;
  /** Sides or pages of A4. */
  pageLimit: number | null;
  /** The share of the marks in per cent. */
  weight: number | null;
  marks: number | null;
  /** The pasted lines this question was read from, as they were pasted. */
  lines: string[];
}

export interface PastedQuestionList {
  questions: PastedQuestion[];
  /** Lines that were read as no question (a heading before the first numbered item). */
  leftOut: string[];
}

interface Limits {
  wordLimit: number | null;
  characterLimit: number | null;
  pageLimit: number | null;
  weight: number | null;
  marks: number | null;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,6})`;
const SMALL_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const PAGE_COUNT = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)`;

const WORDS = [
  new RegExp(String.raw`${NUMBER}[ -]?words?\b`, 'i'),
  new RegExp(String.raw`\bword (?:limit|count)\b[^0-9\n]{0,12}?${NUMBER}`, 'i'),
];
const CHARACTERS = [
  new RegExp(String.raw`${NUMBER}[ -]?(?:characters?|chars?)\b`, 'i'),
  new RegExp(String.raw`\bcharacter (?:limit|count)\b[^0-9\n]{0,12}?${NUMBER}`, 'i'),
];
const PAGES = [new RegExp(String.raw`\b${PAGE_COUNT}\s(?:sides?|pages?)\b(?:\sof\sA4)?`, 'i')];
const MARKS = [new RegExp(String.raw`\b${NUMBER}\s?(?:marks?|points?)\b`, 'i')];
const PERCENT = /(\d{1,3}(?:\.\d{1,2})?)\s?(?:%|per ?cent\b)/gi;

/**
 * Words around a limit that say nothing else ("max", "up to", "weighting:"): a bracket or a
 * trailing clause made only of these and the limit is cut from the title.
 */
const FILLER =
  /\b(?:max(?:imum)?|min(?:imum)?|up|to|of|no|more|than|not|exceed(?:ing)?|limit(?:ed)?|count|words?|characters?|chars?|including|excluding|spaces|sides?|pages?|A4|weight(?:ing|ed)?|marks?|points?|available|per|cent|is|at|in|total|approx(?:imately)?|and|or|each|answer|response|question|one|two|three|four|five|six|seven|eight|nine|ten)\b|[0-9,.%:;=()[\]/–—-]/gi;

/** A line that begins an item: "1.", "1)", "2.1", "Q3", "Question 4:", "(a)", "b)", "•". */
const ITEM_START =
  /^(?:(?:Q(?:uestion)?\s?)(\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?)\b[.):]?|(\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?)(?:[.):](?!\d)|(?=\s)|$)|\(?([a-z])\)|[•●▪◦‣*–-])[ \t\u00a0]*(?:[-–—:][ \t\u00a0]*)?/i;

function firstNumber(patterns: RegExp[], text: string): number | null {
  for (const re of patterns) {
    const m = re.exec(text);
    const raw = m?.[1];
    if (!raw) continue;
    const n = SMALL_NUMBERS[raw.toLowerCase()] ?? Number(raw.replace(/,/g, ''));
    if (Number.isFinite(n) && n > 0) return n;
  }
  return null;
}

/** The one percentage a text states (two or more are a breakdown, not this question's weight). */
function weightIn(text: string): number | null {
  const found = [...text.matchAll(PERCENT)].map((m) => Number(m[1]));
  const weight = found.length === 1 ? found[0] : undefined;
  return weight !== undefined && weight > 0 && weight <= 100 ? weight : null;
}

function limitsIn(text: string): Limits {
  return {
    wordLimit: firstNumber(WORDS, text),
    characterLimit: firstNumber(CHARACTERS, text),
    pageLimit: firstNumber(PAGES, text),
    weight: weightIn(text),
    marks: firstNumber(MARKS, text),
  };
}

function hasLimit(l: Limits): boolean {
  return Object.values(l).some((v) => v !== null);
}

/** True when a piece of text is only a limit and filler words ("(Max 500 words)", "10%"). */
function onlyLimits(text: string): boolean {
  return hasLimit(limitsIn(text)) && text.replace(FILLER, '').trim() === '';
}

/** The title with brackets and trailing clauses that only state limits cut away. */
function titleWithoutLimits(text: string): string {
  let title = text.replace(/\s?[([]([^()[\]]{1,60})[)\]]/g, (whole, inner: string) =>
    onlyLimits(inner) ? '' : whole,
  );
  // The longest run of words at the end that only states limits: "… in 2,000 characters".
  const tail = title.length - 80;
  for (const space of title.matchAll(/\s/g)) {
    if (space.index < tail) continue;
    if (onlyLimits(title.slice(space.index + 1)) && /[A-Za-z]/.test(title.slice(0, space.index))) {
      title = title.slice(0, space.index);
      break;
    }
  }
  return title.replace(/[\s,:;–—-]+$/, '').trim();
}

function merge(into: Limits, from: Limits): Limits {
  return {
    wordLimit: into.wordLimit ?? from.wordLimit,
    characterLimit: into.characterLimit ?? from.characterLimit,
    pageLimit: into.pageLimit ?? from.pageLimit,
    weight: into.weight ?? from.weight,
    marks: into.marks ?? from.marks,
  };
}

interface Item {
  number: string | null;
  first: string;
  lines: string[];
  limits: Limits;
}

/** The number and words of a line that begins an item; `rest` is '' for a bare "Question 4". */
function startOf(line: string): { number: string | null; rest: string } | null {
  const m = ITEM_START.exec(line);
  if (!m) return null;
  const rest = line.slice(m[0].length).trim();
  if (rest !== '' && !/[A-Za-z]/.test(rest)) return null;
  return { number: m[1] ?? m[2] ?? m[3] ?? null, rest };
}

/**
 * Help text under a question ("This is what the organisation was set up to achieve.") is a
 * sentence: a limit written under it belongs to the question above it, not to the help.
 */
function isHelp(line: string): boolean {
  return (/[.!]$/.test(line) || HELP_START.test(line)) && !/\?$/.test(line);
}

/** Lines that guide an answer rather than ask: "For example, …", "Include how …", "If you …". */
const HELP_START =
  /^(?:for example|e\.g\.|such as|include|including|if you|if your|this (?:can|could|should|might|may))\b/i;

/**
 * Read a pasted list of questions. When most items carry a number or bullet, every line without
 * one continues the item above it; otherwise each line is a question. A line holding only a limit
 * ("(Max 500 words)", "Weighting: 10%") belongs to the question above it.
 */
export function readQuestionList(text: string): PastedQuestionList {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((l) => repairText(l))
    .filter((l) => l !== '');
  const starts = lines.map(startOf);
  const numbered = starts.filter((s) => s !== null).length;
  const listed = numbered >= 2 && numbered * 2 >= lines.filter((l) => !onlyLimits(l)).length;
  const items: Item[] = [];
  const leftOut: string[] = [];
  // "Question 4" alone on its line numbers the line after it.
  let label: { number: string | null; line: string } | null = null;

  for (const [i, line] of lines.entries()) {
    const start = starts[i] ?? null;
    const last = items[items.length - 1];
    if (start?.rest === '') {
      if (label) leftOut.push(label.line);
      label = { number: start.number, line };
      continue;
    }
    if (label && !start && !onlyLimits(line)) {
      items.push({
        number: label.number,
        first: line,
        lines: [label.line, line],
        limits: limitsIn(line),
      });
      label = null;
      continue;
    }
    if (onlyLimits(line)) {
      const owner = ownerOfLimit(items);
      if (owner) {
        owner.limits = merge(owner.limits, limitsIn(line));
        owner.lines.push(line);
      } else leftOut.push(line);
      continue;
    }
    if (listed && !start) {
      if (last) {
        last.lines.push(line);
        last.limits = merge(last.limits, limitsIn(line));
      } else leftOut.push(line);
      continue;
    }
    const words = start?.rest ?? line;
    items.push({
      number: start?.number ?? null,
      first: words,
      lines: [line],
      limits: limitsIn(words),
    });
  }
  if (label) leftOut.push(label.line);

  const questions = items.map((item) => ({
    number: item.number,
    title: titleWithoutLimits(item.first) || item.first,
    ...item.limits,
    lines: item.lines,
  }));
  return { questions, leftOut };
}

/**
 * The question a limit-only line belongs to: the item just above it, unless that is help text
 * under a question that has no limit yet; then the help lines join that question. Help is a
 * sentence ("What is your main purpose?" / "This is what the organisation was set up to
 * achieve." / "(Max 500 words)"), or a list introduced by a line ending in a colon ("This can
 * include:" / "surveys of the community" / "a letter from your local MP").
 */
function ownerOfLimit(items: Item[]): Item | undefined {
  const last = items[items.length - 1];
  const intro = listIntro(items);
  const from = intro ?? items.length - 1;
  for (let i = from; i >= 0 && i >= from - 4; i--) {
    const item = items[i];
    if (!item || hasLimit(item.limits)) return last;
    if (!isHelp(item.first) && !item.first.endsWith(':')) {
      if (item === last) return item;
      for (const help of items.splice(i + 1)) item.lines.push(...help.lines);
      return item;
    }
  }
  return last;
}

/** Where a list of short lines under "…include:" starts, looking back from the last item. */
function listIntro(items: Item[]): number | undefined {
  for (let i = items.length - 1; i >= 0 && i >= items.length - 12; i--) {
    const item = items[i];
    if (!item || hasLimit(item.limits) || item.number !== null) return undefined;
    if (item.first.endsWith(':')) return i === items.length - 1 ? undefined : i;
  }
  return undefined;
}
