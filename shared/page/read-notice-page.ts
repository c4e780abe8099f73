/**
 * Reader for a notice page saved as text from the D3 Tenders aggregator: heading lines, release
 * history, free-text sections, "Label\nValue" blocks, then the OCDS JSON compiled release.
 */
import { nestsDeeperThan } from '../import/json-depth';
import { MAX_NESTING_DEPTH } from '../import/limits';
import { showHiddenCharacters } from '../notice/hidden-characters';
import { parseHistoryStamp } from './page-date';

/** Split a saved notice page into its labelled fields and its OCDS JSON block (if any). */
export interface NoticePage {
  /** Heading lines at the top: stage word ("Planning"/"Tender"), title, buyer name (as printed, often upper case). */
  heading: { stage: string | null; title: string | null; buyer: string | null };
  /** label -> value for the "Label\nValue" sections, values exactly as printed, trimmed. */
  fields: Record<string, string>;
  /**
   * Free-text sections by heading ("Notice Title", "Notice Description", "Planning Information",
   * "Summary of the contracting process", "Lot Information") and the list sections ("CPV Codes",
   * "CPV Divisions", "Notice Documents"): the section's non-empty lines joined with `\n`.
   */
  sections: Record<string, string>;
  /** Release history lines like "PlanningUpdate / 18 May 2026 at 10:28" (newest first, as printed). */
  history: Array<{ label: string; at: string }>;
  /** The OCDS JSON text found at the end (from the first line that is exactly "{" to the end), or null. */
  json: string | null;
}

const OCDS_HEADING = 'Open Contracting Data Standard (OCDS)';
const HISTORY_INTRO = /^This public procurement record has \d+ releases? in its history\.?$/i;
const STAGE_WORD =
  /^(?:Pipeline|Planning|Engagement|Tender|Award|Contract|Implementation|Termination|Cancelled|Closed|Complete)$/i;

/** Headings whose following paragraphs are prose, kept whole. */
const TEXT_SECTIONS = new Set([
  'Summary of the contracting process',
  'Notice Title',
  'Notice Description',
  'Planning Information',
  'Lot Information',
]);
/** Headings followed by one item per paragraph. */
const LIST_SECTIONS = new Set(['CPV Divisions', 'CPV Codes', 'Notice Documents']);
/** Headings followed by "Label\nValue" blocks. */
const FIELD_GROUPS = new Set([
  'Publication & Lifecycle',
  'Procurement Classification',
  'Common Procurement Vocabulary (CPV)',
  'Notice Value(s)',
  'Notice Dates',
  'Notice Status',
  'Contracting Authority (Buyer)',
  'Buyer Location',
  'Further Information',
]);
/** The aggregator's own calls to action, never part of the notice. */
const BOILERPLATE = new Set([
  'Find more tenders on our Open Data Platform.',
  'How relevant is this notice?',
]);
/**
 * Labels only a notice page carries; a page must show several of them (or an ocid) before it is
 * treated as a notice, so prose that happens to contain one label is not.
 */
const NOTICE_LABELS = [
  'Open Contracting ID',
  'Publication Source',
  'Latest Notice',
  'Current Stage',
  'Notice Type',
  'Tender Suitability',
  'Tender Value',
  'Publication Date',
  'Submission Deadline',
  'Contract Period',
  'Tender Status',
  'Main Buyer',
];
// Trying JSON.parse from every candidate would be quadratic on a hostile file.
const MAX_JSON_CANDIDATES = 20;

type Mode =
  | { kind: 'heading' }
  | { kind: 'history' }
  | { kind: 'text'; name: string }
  | { kind: 'list'; name: string }
  | { kind: 'fields' }
  | { kind: 'ocds' };

/**
 * Read a notice page saved as text (`\n` line ends). Returns null, never throws, when the text is
 * not a notice page: empty text, HTML, bare JSON, prose documents such as a commissioning strategy.
 */
export function readNoticePage(text: string): NoticePage | null {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const jsonStart = findJsonStart(lines);
  // The JSON's strings are marked as they are read (`str`); the page's own text is marked here.
  const body = (jsonStart === null ? lines : lines.slice(0, jsonStart)).map(showHiddenCharacters);

  const headingLines: string[] = [];
  const fields: Record<string, string> = {};
  const sections: Record<string, string[]> = {};
  const history: NoticePage['history'] = [];
  let pendingHistoryLabel: string | null = null;
  let mode: Mode = { kind: 'heading' };

  for (const block of blocks(body)) {
    let rest = block;
    // A heading switches mode; it normally stands alone, but may sit on top of its content.
    while (rest.length > 0) {
      const next = modeForHeading(rest[0] as string);
      if (!next) break;
      mode = next;
      rest = rest.slice(1);
    }
    if (rest.length === 0) continue;
    switch (mode.kind) {
      case 'heading':
        headingLines.push(...rest);
        break;
      case 'history':
        for (const line of rest) {
          if (pendingHistoryLabel !== null && parseHistoryStamp(line)) {
            history.push({ label: pendingHistoryLabel, at: line });
            pendingHistoryLabel = null;
          } else {
            pendingHistoryLabel = line;
          }
        }
        break;
      case 'text':
      case 'list':
        (sections[mode.name] ??= []).push(...rest.filter((line) => !BOILERPLATE.has(line)));
        break;
      case 'fields':
        // A lone line here is a sub-heading or link text ("View full OCDS Record"), not a field.
        for (let i = 0; i + 1 < rest.length; i += 2) {
          const label = rest[i] as string;
          if (!(label in fields)) fields[label] = rest[i + 1] as string;
        }
        break;
      case 'ocds':
        break;
    }
  }

  const heading = readHeading(headingLines);
  const joined: Record<string, string> = {};
  for (const [name, sectionLines] of Object.entries(sections)) {
    if (sectionLines.length > 0) joined[name] = sectionLines.join('\n');
  }
  if (!looksLikeNotice(fields) || (heading.title ?? joined['Notice Title']) === undefined) {
    return null;
  }
  const json = jsonStart === null ? null : lines.slice(jsonStart).join('\n');
  return { heading, fields, sections: joined, history, json };
}

function modeForHeading(line: string): Mode | null {
  if (HISTORY_INTRO.test(line)) return { kind: 'history' };
  if (TEXT_SECTIONS.has(line)) return { kind: 'text', name: line };
  if (LIST_SECTIONS.has(line)) return { kind: 'list', name: line };
  if (FIELD_GROUPS.has(line)) return { kind: 'fields' };
  if (line === OCDS_HEADING) return { kind: 'ocds' };
  return null;
}

/** Runs of non-empty trimmed lines; saved pages put a blank line between paragraphs. */
function blocks(lines: readonly string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (current.length > 0) out.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

function readHeading(lines: readonly string[]): NoticePage['heading'] {
  const rest = [...lines];
  const stage =
    rest.length > 1 && STAGE_WORD.test(rest[0] as string) ? (rest.shift() ?? null) : null;
  return { stage, title: rest[0] ?? null, buyer: rest[1] ?? null };
}

function looksLikeNotice(fields: Record<string, string>): boolean {
  if (/^ocds-[a-z0-9]+-/i.test(fields['Open Contracting ID'] ?? '')) return true;
  return NOTICE_LABELS.filter((label) => label in fields).length >= 4;
}

/**
 * The JSON block starts at the first line that is exactly "{" after the OCDS heading. Without
 * that heading, take the last column-0 "{" whose text to the end parses as JSON.
 */
function findJsonStart(lines: readonly string[]): number | null {
  const clean = (line: string): string => line.replace(/\r$/, '');
  const heading = lines.findIndex((line) => line.trim() === OCDS_HEADING);
  if (heading >= 0) {
    for (let i = heading + 1; i < lines.length; i++) {
      if (clean(lines[i] as string) === '{') return i;
    }
  }
  let tried = 0;
  for (let i = lines.length - 1; i >= 0 && tried < MAX_JSON_CANDIDATES; i--) {
    if (clean(lines[i] as string) !== '{') continue;
    tried++;
    const candidate = lines.slice(i).join('\n');
    // JSON.parse would build nesting this deep whole (gigabytes) before anything could refuse it.
    if (nestsDeeperThan(candidate, MAX_NESTING_DEPTH)) continue;
    try {
      JSON.parse(candidate);
      return i;
    } catch {
      // Not the start of the block (or the block is cut short); try an earlier brace.
    }
  }
  return null;
}
