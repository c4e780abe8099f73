import type { TextSink } from './json-stream';

/**
 * The ocid a release or record is grouped by: the first `"ocid": "…"` in its JSON text, exactly
 * as written (escapes and all). Used by RawReleaseGroups on each item and, globally, by the count.
 */
export const OCID_KEY = /"ocid"\s*:\s*"((?:[^"\\]|\\.)*)"/;
const OCID_KEYS = new RegExp(OCID_KEY.source, 'g');
const NEEDLE = '"ocid"';
const MAX_CARRY_CHARS = 64 * 1024;
/** The text after a `"ocid"` that a match cut short by the chunk's end would leave. */
const UNFINISHED = /^"ocid"\s*(?::\s*(?:"(?:[^"\\]|\\.)*\\?)?)?$/;

/**
 * The first, quick pass over a large file: how often each ocid key occurs in the whole text.
 *
 * Every release or record contains its own grouping key (OCID_KEY's first match), so an ocid's
 * count is at least the number of its releases in the file, never fewer: more when a record also
 * holds its releases' ocids, or when a key appears nested. The import builds an ocid as soon as
 * its count of releases has arrived; an ocid counted too often simply waits for the end of the
 * file, as every ocid did before this pass existed. Matches split between two chunks are carried
 * over, so none is missed.
 */
export class OcidCounter implements TextSink {
  private readonly found = new Map<string, number>();
  private carry = '';
  private gaveUp = false;

  /** The counts, or null if the file has a key too long to count (then nothing is built early). */
  get counts(): ReadonlyMap<string, number> | null {
    return this.gaveUp ? null : this.found;
  }

  feed(chunk: string): void {
    if (this.gaveUp) return;
    const text = this.carry + chunk;
    OCID_KEYS.lastIndex = 0;
    let end = 0;
    for (let m = OCID_KEYS.exec(text); m; m = OCID_KEYS.exec(text)) {
      // Copied: a slice would keep this whole chunk of text alive for as long as the count.
      const key = copyOf(m[1] as string);
      this.found.set(key, (this.found.get(key) ?? 0) + 1);
      end = OCID_KEYS.lastIndex;
    }
    this.carry = unfinishedTail(text, end);
    // No real ocid is this long: a damaged or hostile file. Counting on would copy it again
    // with every chunk, and a count missed would be a count too low.
    if (this.carry.length > MAX_CARRY_CHARS) {
      this.gaveUp = true;
      this.found.clear();
      this.carry = '';
    }
  }
}

/** The end of `text` (after `from`) that may be the start of a match the next chunk finishes. */
function unfinishedTail(text: string, from: number): string {
  const at = text.lastIndexOf(NEEDLE);
  if (at >= from && UNFINISHED.test(text.slice(at))) return text.slice(at);
  // The needle itself may be cut: keep the longest end of the text that begins it.
  for (let n = Math.min(NEEDLE.length - 1, text.length - from); n > 0; n--) {
    if (NEEDLE.startsWith(text.slice(-n))) return text.slice(-n);
  }
  return '';
}

/**
 * A string that shares no memory with the one it came from. V8 represents a substring as a view
 * of its parent; `' ' + s` builds a new flat string, and slicing that only refers to the copy.
 */
export function copyOf(s: string): string {
  return (' ' + s).slice(1);
}
