/**
 * Weightings given as words: "85% PQP (Quality & Price) 15% Presentations", "Quality 70% Price
 * 30%", "Price: 40%, Quality: 60%", "60/40 quality/price", or a bare "10" in a criterion's
 * description.
 */
import type { WeightingPart } from '../notice/model';
import { repairText } from './prose-text';

const PERCENT = /(\d{1,3}(?:\.\d{1,2})?)\s{0,2}(?:%|per ?cent\b)/gi;
const RATIO =
  /\b(\d{1,3})\s{0,2}\/\s{0,2}(\d{1,3})\s{1,3}([A-Za-z][A-Za-z ]{0,30}?)\s{0,2}\/\s{0,2}([A-Za-z][A-Za-z ]{0,30}?)(?=[\s.,;)]|$)/;
// Filler around a label: "weighting of", "is", "=", separators, list markers.
const LABEL_EDGE = /^[\s:=,;.\-–—•●▪◦‣*]+|[\s:=,;\-–—•●▪◦‣*]+$/g;
/** A bullet between items written on one line: "Quality 60% • Price 40%". */
const INLINE_BULLET = /\s[•●▪◦‣]\s/g;
/** A list marker starting a line: "• ", "- ", "* ", "1) ", "(a) ". */
const LIST_MARKER = /^[ \t\u00a0]{0,8}(?:[•●▪◦‣*–-]|\(?(?:\d{1,2}|[a-z])[.)])[ \t\u00a0]/i;
const LEADING_FILLER = /^(?:(?:and|with|for|of|weighted|weighting|at|is|are)\b\s{0,3})+/i;
const TRAILING_FILLER = /(?:\s{0,3}\b(?:and|with|for|of|weighted|weighting|at|is|are|=))+$/i;
const MAX_LABEL = 80;

function cleanLabel(raw: string): string | null {
  let label = repairText(raw).replace(LABEL_EDGE, '');
  // Drop a bracket left open or closed by a neighbouring sub-weight.
  label = label.replace(/^\)[\s,;]*/, '').replace(/\s*\([^)]*$/, '');
  label = label.replace(LEADING_FILLER, '').replace(TRAILING_FILLER, '').replace(LABEL_EDGE, '');
  // A label that runs on is prose, not a name: keep the words nearest the number.
  if (label.length > MAX_LABEL) return null;
  return /[A-Za-z]/.test(label) ? capitalise(label) : null;
}

/**
 * Split a weighting text into labelled percentages. When the text starts with a number the
 * label follows it ("85% PQP (Quality & Price)"); otherwise it precedes it ("Quality 70%").
 * "60/40 quality/price" pairs the numbers with the names in order. Returns [] when the text
 * holds no labelled percentage. Every part carries the whole text (trimmed) as its source.
 */
export function parseWeightingText(text: string, field: string): WeightingPart[] {
  const source = { field, snippet: repairText(text).slice(0, 200) };
  const marks = outsideBrackets(text, [...text.matchAll(PERCENT)]);
  if (marks.length === 0) {
    const r = RATIO.exec(text);
    if (!r) return [];
    const [, a, b, labelA, labelB] = r;
    const first = cleanLabel(labelA ?? '');
    const second = cleanLabel(labelB ?? '');
    if (!first || !second || Number(a) + Number(b) !== 100) return [];
    return [
      { label: first, weight: Number(a), source },
      { label: second, weight: Number(b), source },
    ];
  }
  const firstMark = marks[0];
  const numberFirst = firstMark !== undefined && !/[A-Za-z]/.test(text.slice(0, firstMark.index));
  const parts: WeightingPart[] = [];
  marks.forEach((m, i) => {
    const prev = marks[i - 1];
    const next = marks[i + 1];
    const label = numberFirst
      ? labelAfter(text.slice(m.index + m[0].length, next?.index ?? text.length))
      : labelBefore(text.slice(prev ? prev.index + prev[0].length : 0, m.index));
    const weight = Number(m[1]);
    if (label && weight >= 0 && weight <= 100) parts.push({ label, weight, source });
  });
  return parts;
}

/** The words after a number, up to the end of the clause, line or list item: "PQP (Quality & Price)". */
function labelAfter(segment: string): string | null {
  return cleanLabel(segment.split(/[.;,](?=\s|$)|[\r\n]|\s[•●▪◦‣]\s/)[0] ?? '');
}

// In running prose only the words nearest the number name it: "evaluated on Quality 70%".
const CLAUSE_BREAK = /[.;,]|\b(?:on|of|is|are|by|be|as|using|follows|between)\b/gi;

/**
 * The words before a number, from the start of its clause: "Price" in "Price: 40%". A list item
 * is named by its whole line ("• Value - Commercial Questionnaire 10%"); the lines above it, and
 * the items before it on one line ("Quality 60% • Price 40%"), are not part of its name.
 */
function labelBefore(raw: string): string | null {
  const lineStart = Math.max(raw.lastIndexOf('\n'), raw.lastIndexOf('\r')) + 1;
  const line = raw.slice(lineStart);
  const marker = LIST_MARKER.exec(line);
  if (marker) return cleanLabel(line.slice(marker[0].length));
  const bullets = [...line.matchAll(INLINE_BULLET)];
  const bullet = bullets[bullets.length - 1];
  const segment = bullet ? line.slice(bullet.index + bullet[0].length) : line;
  let from = 0;
  for (const m of segment.matchAll(CLAUSE_BREAK)) {
    // The clause break must leave words to name the number ("Price:" keeps "Price").
    if (/[A-Za-z]/.test(segment.slice(m.index + m[0].length))) from = m.index + m[0].length;
  }
  return cleanLabel(segment.slice(from));
}

/** The matches that sit outside brackets: a bracketed percentage is a sub-weight, not a stage. */
function outsideBrackets(text: string, marks: RegExpExecArray[]): RegExpExecArray[] {
  let depth = 0;
  let pos = 0;
  return marks.filter((m) => {
    for (; pos < m.index; pos++) {
      if (text[pos] === '(') depth++;
      else if (text[pos] === ')' && depth > 0) depth--;
    }
    return depth === 0;
  });
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const BARE_WEIGHT =
  /^(?:weight(?:ing|ed)?\s{0,3}(?:[:=-]|of|at|is)?\s{0,3})?(\d{1,3}(?:\.\d{1,2})?)\s{0,2}(?:%|per ?cent|marks?|points?)?\.?$/i;
const STATED_WEIGHT = /\bweight(?:ing|ed)?\b[^0-9%.]{0,20}?(\d{1,3}(?:\.\d{1,2})?)\s{0,2}%/gi;

/**
 * A criterion's weight given in its description: a bare number ("10"), a percentage ("80%"),
 * or one stated weighting ("Weighting: 15%", "This question is weighted at 20%"). Null for
 * prose without one clear weight between 0 and 100.
 */
export function weightFromDescription(description: string | null): number | null {
  if (!description) return null;
  const text = repairText(description.slice(0, 2000));
  const bare = BARE_WEIGHT.exec(text);
  const stated = bare ? [] : [...text.matchAll(STATED_WEIGHT)];
  const raw = bare?.[1] ?? (stated.length === 1 ? stated[0]?.[1] : undefined);
  if (raw === undefined) return null;
  const weight = Number(raw);
  return weight >= 0 && weight <= 100 ? weight : null;
}
