/**
 * What a funder's guidance or an invitation to tender says, pasted as text (copied from a web
 * page or a PDF): deadlines, stages, questions with word limits, amounts, eligibility rules and
 * events, each proposed with the words it came from for the user to accept or edit. Offline and
 * pure; never throws. What the text does not state is not proposed: a rolling programme has no
 * deadline, a format example ("For example: 02 08 2021") is no date.
 */
import type { FactSource, Instant } from '../notice/model';
import { ukInstant } from '../calendar/instants';
import { findDates } from './prose-dates';
import { findEngagement, type ProseEvent } from './prose-engagement';
import { MONEY_SOURCE, moneyValue } from './prose-money';
import { readQuestionList, type PastedQuestion } from './prose-questions';
import { snippetOf, splitSentences, type Span } from './prose-text';

export interface ProposedDeadline {
  at: Instant;
  /** True when the words give a day but no time. */
  allDay: boolean;
  /** What is due, in the text's words ("first-round applications"); null when it does not say. */
  what: string | null;
  source: FactSource;
}

export interface ProposedAmount {
  minimum: number | null;
  maximum: number | null;
  source: FactSource;
}

export interface ProposedRule {
  rule: string;
  source: FactSource;
}

export interface ProposedStage {
  name: string;
  source: FactSource;
}

export interface GuidanceProposals {
  deadlines: ProposedDeadline[];
  /** True when the text says applications are taken at any time. */
  rolling: boolean;
  stages: ProposedStage[];
  /** Questions that carry a stated word or character limit. */
  questions: PastedQuestion[];
  /** A limit on the whole application ("9,000 words in total"). */
  totalWordLimit: { words: number; source: FactSource } | null;
  amounts: ProposedAmount[];
  eligibility: ProposedRule[];
  events: ProseEvent[];
}

const FIELD = 'pasted guidance';
const MAX_RULES = 20;

/** Paragraphs as running text: PDF line breaks inside a paragraph become spaces. */
function paragraphsOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
}

interface Sentence {
  text: string;
  paragraph: string;
  span: Span;
}

function sentencesOf(paragraphs: string[]): Sentence[] {
  return paragraphs.flatMap((paragraph) =>
    splitSentences(paragraph).map((span) => ({
      text: paragraph.slice(span.start, span.end).trim(),
      paragraph,
      span,
    })),
  );
}

function sourceOf(s: Sentence, match: Span): FactSource {
  return { field: FIELD, snippet: snippetOf(s.paragraph, s.span, match) };
}

// ------------------------------------------------------------------------------- deadlines

const DEADLINE_LEAD =
  /\b(?:before|by|no later than|not later than|on or before|prior to|deadline(?: (?:of|is|date))?|closing date(?: (?:of|is|for [^.]{1,60}? is))?|closes?(?: on| at)?|must (?:be )?(?:received|submitted|with us)(?: by)?)[\s:,]{0,3}(?:the\s)?(?:\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|noon|midday)?\s?(?:on\s)?)?$/i;
const DEADLINE_WORDS = /\b(?:deadline|closing date|closes)\b/i;
/** Words that make a date an example or a start, never a deadline. */
const NOT_A_DEADLINE =
  /\b(?:for example|e\.g\.|such as|start\w*|begin\w*|commenc\w*|published|launched|opened)\b/i;
const WHAT_IS_DUE = [
  /\b(?:closing date|deadline) for (?:the |your |all )?([a-z][a-z -]{2,60}?) (?:is|will be|:)/i,
  /\b(?:send|submit|return|complete)(?: us| to us)? (?:your |a |an |the )?([a-z][a-z -]{2,60}?) (?:by|before|no later than)\b/i,
  /\b(?:your |the )?([a-z][a-z -]{2,40}?) must (?:be )?(?:received|submitted|with us)\b/i,
];

function findDeadlines(sentences: Sentence[]): ProposedDeadline[] {
  const out = new Map<string, ProposedDeadline>();
  for (const s of sentences) {
    if (NOT_A_DEADLINE.test(s.text)) continue;
    for (const d of findDates(s.text)) {
      const lead = s.text.slice(0, d.index);
      if (!DEADLINE_LEAD.test(lead.slice(-80)) && !DEADLINE_WORDS.test(lead)) continue;
      const at = ukInstant(d.date, d.time);
      const what = whatIsDue(s.text);
      const known = out.get(at);
      if (known && (known.what || !what)) continue;
      const start = s.span.start + s.paragraph.slice(s.span.start).indexOf(d.text);
      out.set(at, {
        at,
        allDay: d.time === null,
        what,
        source: sourceOf(s, { start, end: start + d.text.length }),
      });
    }
  }
  return [...out.values()].sort((a, b) => a.at.localeCompare(b.at));
}

function whatIsDue(sentence: string): string | null {
  for (const re of WHAT_IS_DUE) {
    const what = re.exec(sentence)?.[1]?.trim();
    if (what && !/\b(?:us|it|this|them)$/i.test(what)) return what;
  }
  return null;
}

const ROLLING =
  /\b(?:rolling (?:programme|basis|deadline)|no (?:closing date|deadline)|apply at any time|applications? (?:are |is )?(?:open|accepted) all year)\b/i;

// ---------------------------------------------------------------------------------- stages

const STAGE_NAMES: [RegExp, string][] = [
  [/\b(?:project )?enquiry form\b/i, 'Project enquiry'],
  [/\bexpression of interest\b|\bEOI\b/, 'Expression of interest'],
  [/\boutline (?:application|proposal)\b/i, 'Outline application'],
  [/\bfirst[- ]round (?:application|stage)?\b/i, 'First-round application'],
  [/\bsecond[- ]round (?:application|stage)?\b/i, 'Second-round application'],
  [/\bfull application\b(?! form)/i, 'Full application'],
  [/\b(?:invite|invited) (?:you )?to the next stage\b/i, 'Next stage (by invitation)'],
];

function findStages(sentences: Sentence[]): ProposedStage[] {
  const out: ProposedStage[] = [];
  for (const [re, name] of STAGE_NAMES) {
    for (const s of sentences) {
      const m = re.exec(s.text);
      if (!m) continue;
      const start = s.span.start + s.paragraph.slice(s.span.start).indexOf(m[0]);
      out.push({ name, source: sourceOf(s, { start, end: start + m[0].length }) });
      break;
    }
  }
  return out;
}

// --------------------------------------------------------------------------------- amounts

const POUNDS = MONEY_SOURCE.replace('(£|GBP\\s?)?', '(?:£|GBP\\s?)');
const RANGE = new RegExp(
  String.raw`\b(?:from|between)\s${POUNDS}\s?(?:to|and|-|–)\s${POUNDS}`,
  'i',
);
const MAXIMUM = new RegExp(
  String.raw`\b(?:up to(?: a maximum of)?|a maximum of|maximum(?: grant)?(?: of| is)?|no more than|under|less than|below)\s${POUNDS}`,
  'i',
);
const MINIMUM = new RegExp(
  String.raw`\b(?:over|more than|at least|a minimum of|minimum(?: grant)?(?: of| is)?)\s${POUNDS}`,
  'i',
);

const ABOUT_THE_MONEY = /\b(?:grants?|fund(?:s|ing)?|apply|award\w*|request\w*)\b/i;

function amountOf(digits: string | undefined, multiplier: string | undefined): number | null {
  return digits ? moneyValue(digits, multiplier) : null;
}

function findAmounts(sentences: Sentence[]): ProposedAmount[] {
  const out: ProposedAmount[] = [];
  const seen = new Set<string>();
  const add = (s: Sentence, m: RegExpExecArray, minimum: number | null, maximum: number | null) => {
    const key = `${String(minimum)}-${String(maximum)}`;
    if (seen.has(key) || (minimum === null && maximum === null)) return;
    seen.add(key);
    const start = s.span.start + s.paragraph.slice(s.span.start).indexOf(m[0]);
    out.push({ minimum, maximum, source: sourceOf(s, { start, end: start + m[0].length }) });
  };
  for (const s of sentences) {
    // "goods worth more than £50,000" is a procurement rule, not what the fund gives.
    if (!ABOUT_THE_MONEY.test(s.text)) continue;
    const range = RANGE.exec(s.text);
    if (range) {
      add(s, range, amountOf(range[1], range[2]), amountOf(range[3], range[4]));
      continue;
    }
    const max = MAXIMUM.exec(s.text);
    if (max) add(s, max, null, amountOf(max[1], max[2]));
    const min = MINIMUM.exec(s.text);
    if (min) add(s, min, amountOf(min[1], min[2]), null);
  }
  return out;
}

// ----------------------------------------------------------------------------- eligibility

const ELIGIBILITY =
  /\b(?:eligib\w*|who can apply|can(?:not|'t) apply|(?:lead )?applicants? (?:must|should|need)|funds? applications from|we (?:can )?only (?:fund|accept|support)|we (?:do not|don't|cannot|can't|won't|will not) (?:fund|accept|support)|must (?:not )?be an? (?:[\w-]+ ){0,3}(?:organisation|charity|company|group|establishment|body|consortium|partnership|school|college)|at least (?:one|two|three|four|five|\d+) (?:partners?|organisations?)|aged \d{1,2} (?:to|-|–) \d{1,2})/i;

function findEligibility(sentences: Sentence[]): ProposedRule[] {
  const out: ProposedRule[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    const m = ELIGIBILITY.exec(s.text);
    if (!m || s.text.length > 400) continue;
    const rule = s.text.replace(/^[-•*\s]+/, '');
    if (seen.has(rule.toLowerCase())) continue;
    seen.add(rule.toLowerCase());
    const start = s.span.start + s.paragraph.slice(s.span.start).indexOf(m[0]);
    out.push({ rule, source: sourceOf(s, { start, end: start + m[0].length }) });
    if (out.length === MAX_RULES) break;
  }
  return out;
}

// ------------------------------------------------------------------------------- questions

const TOTAL_WORDS = /(\d{1,3}(?:,\d{3})+|\d{3,6}) words (?:in total|altogether|overall)/i;
/** A limit sentence about the question above it: "You can write up to 300 words for this section". */
const ABOUT_THE_ABOVE = /\b(?:for this (?:section|question|answer)|your (?:answer|response))\b/i;

/**
 * A form as Markdown tables ("| Text | What would you like to do? |") as lines: the question,
 * then its help.
 */
function tableRowsAsLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const cells = /^\|\s*([^|]*?)\s*\|\s*(.*?)\s*\|?\s*$/.exec(line);
      if (!cells) return line;
      const [, name = '', value = ''] = cells;
      if (/^(?:text|help text)$/i.test(name)) return value;
      return '';
    })
    .join('\n');
}

/**
 * Questions with a stated limit. A limit sentence that points at the question above it ("for
 * this section") is moved onto a line of its own, so the list reader gives it to that question.
 */
function findQuestions(text: string): PastedQuestion[] {
  const lines = tableRowsAsLines(text.normalize('NFKC'))
    .split(/\r?\n/)
    .flatMap((line) => {
      if (!ABOUT_THE_ABOVE.test(line)) return [line];
      const limit =
        /(?:up to|no more than|maximum of|max\.?)?\s?(\d{1,3}(?:,\d{3})+|\d{1,5}) (words|characters)/i.exec(
          line,
        );
      if (!limit) return [line];
      const rest = line.replace(limit[0], '').trim();
      return [rest.endsWith('.') ? rest : `${rest}.`, `(${limit[1] ?? ''} ${limit[2] ?? ''})`];
    })
    .join('\n');
  // A question starts as a sentence or heading does; a lower-case start is the tail of a line
  // a PDF broke ("application if you go over 9,000 words").
  return readQuestionList(lines).questions.filter(
    (q) =>
      (q.wordLimit !== null || q.characterLimit !== null) &&
      /^["'‘“(]?[A-Z0-9]/.test(q.title) &&
      !TOTAL_WORDS.test(q.lines.join(' ')) &&
      q.title.length <= 300,
  );
}

function findTotalWords(sentences: Sentence[]): GuidanceProposals['totalWordLimit'] {
  for (const s of sentences) {
    const m = TOTAL_WORDS.exec(s.text);
    if (!m?.[1]) continue;
    const start = s.span.start + s.paragraph.slice(s.span.start).indexOf(m[0]);
    return {
      words: Number(m[1].replace(/,/g, '')),
      source: sourceOf(s, { start, end: start + m[0].length }),
    };
  }
  return null;
}

/** Everything the text proposes, each with the words it came from. */
export function readGuidance(text: string): GuidanceProposals {
  const paragraphs = paragraphsOf(text);
  const sentences = sentencesOf(paragraphs);
  const deadlines = findDeadlines(sentences);
  return {
    deadlines,
    rolling: deadlines.length === 0 && sentences.some((s) => ROLLING.test(s.text)),
    stages: findStages(sentences),
    questions: findQuestions(text),
    totalWordLimit: findTotalWords(sentences),
    amounts: findAmounts(sentences),
    eligibility: findEligibility(sentences),
    events: findEngagement(paragraphs.join('\n\n'), FIELD).events,
  };
}
