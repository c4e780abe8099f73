/**
 * Readers for single printed values on a notice page: unknown markers, money, suitability,
 * CPV lines and the buyer's name.
 */
import type { Classification, Money, Suitability } from '../notice/model';

/**
 * The page's ways of saying "we don't know": "Not specified", "Not Specified", and the
 * aggregator's paywall ("Available with D3 Tenders Premium →"), which is never a contact detail.
 */
export function isUnknownValue(value: string | undefined | null): boolean {
  if (value === undefined || value === null) return true;
  const text = value.trim();
  return (
    text === '' ||
    /^not specified$/i.test(text) ||
    /^n\/a$/i.test(text) ||
    /available with .*premium/i.test(text)
  );
}

/** A printed value, or null when the page does not know it. */
export function knownValue(value: string | undefined | null): string | null {
  return isUnknownValue(value) ? null : (value as string).trim();
}

const CURRENCY_SIGNS: Record<string, string> = { '£': 'GBP', '€': 'EUR', $: 'USD' };

/**
 * "£1,530,000 £1M-£10M" → 1,530,000 GBP (net, as FTS pages print `value.amount`). The band after
 * the amount is the aggregator's, not the notice's. Null when unknown or unreadable.
 */
export function parsePageMoney(value: string | undefined): Money | null {
  const text = knownValue(value);
  if (text === null) return null;
  const m = /^([£€$])\s?(\d[\d,]*(?:\.\d+)?)(?![\d,.]*\s?[MKmk]\b)/.exec(text);
  if (!m) return null;
  const amount = Number((m[2] as string).replace(/,/g, ''));
  if (!Number.isFinite(amount)) return null;
  return { amount, amountGross: null, currency: CURRENCY_SIGNS[m[1] as string] ?? 'GBP' };
}

/**
 * "SME, VCSE" → both true. A kind the page does not list stays null, not false: the page lists
 * what the notice marks suitable and is silent on the rest.
 */
export function parseSuitability(value: string | undefined): Suitability {
  const text = knownValue(value);
  const parts =
    text === null ? [] : text.split(/[,/;&]|\band\b/i).map((p) => p.trim().toUpperCase());
  return {
    sme: parts.includes('SME') || parts.includes('SMES') ? true : null,
    vcse: parts.includes('VCSE') || parts.includes('VCSES') ? true : null,
  };
}

/** "85120000 - Medical practice and related services" lines → CPV classifications. */
export function parseCpvLines(section: string | undefined): Classification[] {
  if (!section) return [];
  const out: Classification[] = [];
  for (const line of section.split('\n')) {
    const m = /^(\d{8}(?:-\d)?)(?:\s*[-–]\s*(.+))?$/.exec(line.trim());
    if (!m) continue;
    const code = m[1] as string;
    if (out.some((c) => c.code === code)) continue;
    out.push({ code, description: m[2]?.trim() || null });
  }
  return out;
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
]);
/** Upper-case words that are names in their own right. */
const ACRONYMS = new Set(['NHS', 'PCC', 'OPCC', 'UK', 'HM', 'ICB', 'CIC', 'VCSE', 'CCG', 'MOJ']);

function titleCaseWord(word: string, first: boolean): string {
  return word
    .split('-')
    .map((part, i) => {
      const core = part.replace(/[^A-Za-z]/g, '');
      if (ACRONYMS.has(core)) return part;
      const lower = part.toLowerCase();
      if ((!first || i > 0) && SMALL_WORDS.has(core.toLowerCase())) return lower;
      return lower.replace(/[a-z]/, (c) => c.toUpperCase());
    })
    .join('-');
}

/**
 * The buyer's name for display. The page prints it in capitals; the page's own prose usually
 * spells it properly ("The Police and Crime Commissioner for West Midlands is …"), so that
 * spelling wins. Otherwise an all-capitals name is title-cased; anything else is kept as printed.
 */
export function displayBuyerName(printed: string, prose: readonly string[]): string {
  const name = printed.trim();
  if (name !== name.toUpperCase()) return name;
  const wanted = name.toLowerCase();
  for (const text of prose) {
    const lowered = text.toLowerCase();
    // Lower-casing can change the length of some characters; then offsets would not line up.
    if (lowered.length !== text.length) continue;
    const at = lowered.indexOf(wanted);
    if (at < 0) continue;
    const spelled = text.slice(at, at + name.length);
    if (spelled !== spelled.toUpperCase()) return spelled;
  }
  return titleCaseShouted(name);
}

/** "STOCKTON ON TEES" → "Stockton on Tees"; text that is not all capitals is returned as is. */
export function titleCaseShouted(printed: string): string {
  const text = printed.trim();
  if (text !== text.toUpperCase() || !/[A-Z]/.test(text)) return text;
  return text
    .split(/\s+/)
    .map((word, i) => titleCaseWord(word, i === 0))
    .join(' ');
}
