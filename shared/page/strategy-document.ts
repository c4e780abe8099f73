/**
 * Telling a buyer's commissioning strategy or policy document (seed 003, a PCC commissioning
 * strategy) apart from a notice, so the import can say what the file is instead of "not a notice".
 */
import { readNoticePage } from './read-notice-page';

const DOCUMENT_NAME =
  /\b(?:commissioning|procurement|funding|grants?|commercial|social value) (?:strategy|policy|framework|intentions|prospectus)\b/gi;
const VOCABULARY =
  /\b(?:commission(?:s|ed|ing|er|ers)?|grants?|funding|funds?|providers?|procure(?:s|d|ment)?|services)\b/gi;
/** A strategy talks about commissioning at length; a passing mention is not enough. */
const MIN_VOCABULARY = 10;
const TITLE_LINE = /\b(?:strategy|policy|prospectus|intentions)\b/i;

const FIRE_OFFICE = /\bPolice,? Fire (?:and|&) (?:Rescue (?:and|&) )?Crime Commissioner\b/i;
const POLICE_OFFICE = /\bPolice (?:and|&) Crime Commissioner\b|\bO?PCC\b/;
const OFFICE_FOR_AREA =
  /\b(Police,? Fire (?:and|&) (?:Rescue (?:and|&) )?Crime Commissioner|Police (?:and|&) Crime Commissioner) for (?:the )?([A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*){0,3})/;
const AREA_POLICE = /\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) Police\b/g;
const COUNCIL = /\b((?:[A-Z][a-z]+ ){1,3}(?:City |County |Borough |District )?Council)\b/g;
const NOT_AREAS = new Set(['The', 'This', 'Our', 'Local', 'National', 'Home', 'Chief', 'Every']);

/**
 * Does this text look like a commissioning strategy / policy document rather than a notice?
 * Returns a title and the buyer if it can name them (seed 003: "Commissioning Strategy", West
 * Midlands Police and Crime Commissioner), or null for notices, JSON, HTML and other text.
 */
export function detectStrategyDocument(
  text: string,
): { title: string | null; buyerName: string | null } | null {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '' || /^[<{[]/.test(trimmed)) return null;
  if (readNoticePage(text) !== null) return null;
  // The documents are saved from PDFs with hard line breaks mid-phrase; read them as one line.
  const flat = trimmed.replace(/\s+/g, ' ');
  const names = flat.match(DOCUMENT_NAME) ?? [];
  if (names.length === 0) return null;
  if ((flat.match(VOCABULARY) ?? []).length < MIN_VOCABULARY) return null;
  return { title: readTitle(trimmed, flat), buyerName: readBuyerName(flat) };
}

function readTitle(text: string, flat: string): string | null {
  // A real title line near the top wins ("Victims Commissioning Strategy 2024-27").
  const top = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, 5);
  const line = top.find((l) => l.length <= 100 && TITLE_LINE.test(l));
  if (line) return line;
  // Otherwise the name the document gives itself, preferring a capitalised mention
  // ("This Commissioning Strategy sets out…") over one in running prose.
  const mentions = flat.match(DOCUMENT_NAME) ?? [];
  const found = mentions.find((m) => /^[A-Z]/.test(m)) ?? mentions[0];
  return found ? found.replace(/\b[a-z]/g, (c) => c.toUpperCase()) : null;
}

function readBuyerName(flat: string): string | null {
  const named = OFFICE_FOR_AREA.exec(flat);
  if (named) return `${named[1] as string} for ${named[2] as string}`;
  const office = FIRE_OFFICE.test(flat)
    ? 'Police, Fire and Crime Commissioner'
    : POLICE_OFFICE.test(flat)
      ? 'Police and Crime Commissioner'
      : null;
  if (office) {
    const area = mostFrequent(flat, AREA_POLICE);
    return area ? `${area} ${office}` : null;
  }
  return mostFrequent(flat, COUNCIL);
}

/** The capture most often matched, ignoring determiners and generic words. */
function mostFrequent(text: string, pattern: RegExp): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(pattern)) {
    let words = (m[1] as string).split(' ');
    while (words.length > 0 && NOT_AREAS.has(words[0] as string)) words = words.slice(1);
    if (words.length === 0) continue;
    const key = words.join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}
