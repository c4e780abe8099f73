/**
 * Whether a text is complete JSON, the start of some JSON document that was cut off, or not
 * JSON at all. Only used on error paths (at most one pending value or a small document), so it
 * favours plain code over speed.
 */
export type JsonPrefixState = 'complete' | 'partial' | 'invalid';

// What the tokenizer expects next.
const VALUE = 0; // any value
const KEY_OR_END = 1; // just after `{`
const KEY = 2; // after `,` in an object
const COLON = 3;
const COMMA_OR_END = 4; // after a value inside an object or array
const VALUE_OR_END = 5; // just after `[`
const AFTER_ROOT = 6;

const NUMBER_PREFIX = /^-?(0|[1-9]\d*)?(\.\d*)?([eE][+-]?\d*)?$/;
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const LITERALS = ['true', 'false', 'null'];
const ESCAPES = '"\\/bfnrtu';

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\r' || c === '\t';
}

/** Classify `text` as complete JSON, a cut-off prefix of JSON, or invalid JSON. */
export function jsonPrefixState(text: string): JsonPrefixState {
  const closers: string[] = [];
  let expect = VALUE;
  let i = 0;
  const n = text.length;

  const afterValue = (): void => {
    expect = closers.length === 0 ? AFTER_ROOT : COMMA_OR_END;
  };

  while (i < n) {
    const c = text[i] as string;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (expect === AFTER_ROOT) return 'invalid';
    if (expect === COLON) {
      if (c !== ':') return 'invalid';
      expect = VALUE;
      i++;
      continue;
    }
    if (expect === COMMA_OR_END) {
      const top = closers[closers.length - 1];
      if (c === ',') expect = top === '}' ? KEY : VALUE;
      else if (c === top) {
        closers.pop();
        afterValue();
      } else return 'invalid';
      i++;
      continue;
    }
    if ((expect === KEY_OR_END && c === '}') || (expect === VALUE_OR_END && c === ']')) {
      closers.pop();
      afterValue();
      i++;
      continue;
    }
    if (expect === KEY_OR_END || expect === KEY) {
      if (c !== '"') return 'invalid';
      const end = scanString(text, i);
      if (end === 'invalid') return 'invalid';
      if (end === 'partial') return 'partial';
      i = end;
      expect = COLON;
      continue;
    }
    // A value is expected.
    if (c === '{' || c === '[') {
      closers.push(c === '{' ? '}' : ']');
      expect = c === '{' ? KEY_OR_END : VALUE_OR_END;
      i++;
    } else if (c === '"') {
      const end = scanString(text, i);
      if (end === 'invalid') return 'invalid';
      if (end === 'partial') return 'partial';
      i = end;
      afterValue();
    } else {
      let j = i;
      while (j < n && !isSpace(text[j] as string) && !',:]}[{"'.includes(text[j] as string)) j++;
      const token = text.slice(i, j);
      if (j === n) {
        // Cut off inside a number or literal: any prefix of a valid token is fine.
        const prefixOk = NUMBER_PREFIX.test(token) || LITERALS.some((l) => l.startsWith(token));
        return prefixOk
          ? closers.length === 0 && isToken(token)
            ? 'complete'
            : 'partial'
          : 'invalid';
      }
      if (!isToken(token)) return 'invalid';
      i = j;
      afterValue();
    }
  }
  if (expect === AFTER_ROOT) return 'complete';
  return 'partial';
}

function isToken(token: string): boolean {
  return NUMBER.test(token) || LITERALS.includes(token);
}

/** Index just past the string starting at `start`, or how it fails. */
function scanString(text: string, start: number): number | 'partial' | 'invalid' {
  const n = text.length;
  let i = start + 1;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return 'invalid';
    if (code === 0x5c) {
      const e = text[i + 1];
      if (e === undefined) return 'partial';
      if (!ESCAPES.includes(e)) return 'invalid';
      if (e === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]*$/.test(hex)) return 'invalid';
        if (hex.length < 4) return 'partial';
        i += 6;
      } else i += 2;
      continue;
    }
    i++;
  }
  return 'partial';
}
