/**
 * A label or a phrase put in the middle of a generated sentence ("Prepare for the … stage",
 * "Some gates are not answered yet (…)"): ordinary words lose their capital, acronyms and codes
 * keep their case ("PSQ", "VCSE", "DBS", "Q12", "ISO9001"), never "pSQ" or "vcse".
 */

/** A word written in capitals or with digits beside capitals: an acronym or a code. */
function isAcronym(word: string): boolean {
  return /[A-Z].*[A-Z]/.test(word) || (/\d/.test(word) && /[A-Z]/.test(word));
}

/** Every ordinary word in lower case, acronyms kept: "Social Value and DBS" → "social value and DBS". */
export function midSentence(label: string): string {
  return label
    .split(/(\s+)/)
    .map((word) => (isAcronym(word) ? word : word.toLowerCase()))
    .join('');
}

/**
 * Only the first word lowered, unless it is an acronym (the rest of a sentence keeps its names):
 * "The buyer says…" → "the buyer says…", "PSQ weights…" stays.
 */
export function lowerFirstWord(sentence: string): string {
  const first = /^\S+/.exec(sentence)?.[0] ?? '';
  if (isAcronym(first)) return sentence;
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
