/**
 * How deep JSON text nests, checked before JSON.parse builds it: V8's parser does not recurse, so
 * it happily builds a 50-million-deep array out of 50 MB of `[` (several gigabytes) that nothing
 * in Bid Desk could use. Only brackets outside strings count; the text need not be valid JSON
 * (JSON.parse still judges that).
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Whether objects and arrays in `text` nest more than `limit` deep at any point. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  const n = text.length;
  // Each level takes a character: a text this short cannot get there.
  if (n <= limit) return false;
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Jump to the closing quote: one not preceded by an odd run of backslashes.
      for (;;) {
        const q = text.indexOf('"', i + 1);
        if (q < 0) return false;
        let k = q - 1;
        while (text.charCodeAt(k) === BACKSLASH) k--;
        i = q;
        if ((q - 1 - k) % 2 === 0) break;
      }
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > limit) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}
