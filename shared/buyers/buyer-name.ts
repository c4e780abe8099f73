/** Words that do not tell one buyer from another ("The Office of the PCC for X"). */
const FILLER = new Set(['the', 'of', 'for', 'and', 'office']);

/**
 * How buyer names are matched: the same words in any order, ignoring case, punctuation and
 * filler words, so that "West Midlands Police and Crime Commissioner" (a strategy's own words)
 * finds "Police and Crime Commissioner for West Midlands" (the notice's buyer), and
 * "LONDON BOROUGH OF MERTON" is "London Borough of Merton".
 */
export function buyerKey(name: string | null): string | null {
  const words = (name ?? '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !FILLER.has(word));
  return words.length ? [...new Set(words)].sort().join(' ') : null;
}

/** Words kept in capitals when a name written in capitals is put in ordinary case. */
const ACRONYMS = new Set(['uk', 'nhs', 'icb', 'gla', 'eu', 'pcc', 'plc', 'llp', 'cic', 'hm']);
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', 'by', 'de']);

/**
 * A buyer name as a person would write it. Notices often shout ("DEPARTMENT OF ENVIRONMENT,
 * FOOD AND RURAL AFFAIRS"); a name with lower-case letters is kept exactly as written.
 * Acronyms stay in capitals: the known ones, and short words with no vowel (BBC, NHS).
 */
export function readableBuyerName(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  let first = true;
  return name.replace(/[\p{L}\p{N}']+/gu, (word) => {
    const lower = word.toLowerCase();
    const isFirst = first;
    first = false;
    if (ACRONYMS.has(lower) || (word.length <= 4 && !/[AEIOUY]/.test(word) && word !== 'LTD'))
      return word;
    if (!isFirst && SMALL_WORDS.has(lower)) return lower;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}

/**
 * The name to show for a buyer written several ways: the spelling used most often, preferring
 * one in ordinary case to one in capitals, then put in ordinary case.
 */
export function preferredBuyerName(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const ranked = [...counts.entries()].sort(
    ([a, n], [b, m]) =>
      Number(/\p{Ll}/u.test(b)) - Number(/\p{Ll}/u.test(a)) || m - n || a.localeCompare(b),
  );
  return readableBuyerName(ranked[0]?.[0] ?? '');
}
