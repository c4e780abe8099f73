/**
 * The scanner behind the streaming package reader: walks decoded text chunk by chunk, checks the
 * top-level object strictly, and slices out each element of its `releases`/`records` array for
 * JSON.parse. Inside an element only strings and brackets are tracked (JSON.parse checks the
 * rest), which keeps the scan cheaper than the parse.
 */
import { importError } from './errors';
import { jsonPrefixState } from './json-prefix';
import { MAX_NESTING_DEPTH } from './limits';
import type { JsonPackageHead, RawStreamedItem, StreamedItem } from './json-stream';

// Where the scanner stands in the top-level object.
const START = 0;
const KEY_OR_END = 1;
const KEY = 2;
const COLON = 3;
const VALUE = 4;
const COMMA_OR_END = 5;
const ITEM_OR_END = 6;
const ITEM = 7;
const ITEM_COMMA_OR_END = 8;
const DONE = 9;
const IN_VALUE = 10;
const FOREIGN = 11; // the document is JSON-looking but not an object

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON_CHAR = 0x3a;

/** A non-object document is only kept this long (in chars) to tell "not OCDS" from garbage. */
const FOREIGN_LIMIT = 1 << 20;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Ends a number or literal (anything else is left for JSON.parse to reject). */
function endsPrimitive(c: number): boolean {
  return c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c);
}

type Target = 'key' | 'header' | 'item';

/** Feed it decoded text in order, then call `end()`. */
/** The longest single value (a release, a record, a header field) accepted: 32 M characters. */
export const MAX_VALUE_CHARS = 32 * 1024 * 1024;

export class PackageScanner {
  header: Record<string, unknown> = {};
  items = 0;
  private state = START;
  private key = '';
  private itemKind: StreamedItem['kind'] = 'release';
  private sawPackageArray = false;
  /** The document is a bare array of releases (OCDS's "release list"), not a package object. */
  private list = false;
  // The value being scanned: its text so far (earlier chunks), nesting and string state.
  private target: Target = 'key';
  private parts: string[] = [];
  private pendingLength = 0;
  private valueStart = 0;
  private closers: number[] = [];
  /**
   * How many brackets the current value may open before the file nests past MAX_NESTING_DEPTH
   * (counted from the top of the document): refused there, before its text piles up.
   */
  private maxClosers = MAX_NESTING_DEPTH;
  private inString = false;
  private escaped = false;
  private primitive = false;
  private foreignLength = 0;

  constructor(
    private readonly fileName: string,
    private readonly onItem: (item: StreamedItem) => void,
    private readonly onRawItem?: (item: RawStreamedItem) => void,
  ) {}

  feed(text: string): void {
    const n = text.length;
    let i = 0;
    if (this.state === IN_VALUE) this.valueStart = 0;
    if (this.state === FOREIGN) return this.feedForeign(text);
    while (i < n) {
      if (this.state === IN_VALUE) {
        const end = this.scanValue(text, i);
        if (end < 0) break;
        this.finishValue(text.slice(this.valueStart, end));
        i = end;
        continue;
      }
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      switch (this.state) {
        case START:
          if (c === OPEN_BRACE) this.state = KEY_OR_END;
          else if (c === OPEN_BRACKET && this.onRawItem) {
            // A release list: each element is read as a release, as the in-memory path does.
            this.list = true;
            this.itemKind = 'release';
            this.state = ITEM_OR_END;
          } else if ('["-0123456789tfn'.includes(text.charAt(i))) {
            this.state = FOREIGN;
            return this.feedForeign(text.slice(i));
          } else throw this.invalid();
          i++;
          break;
        case KEY_OR_END:
        case KEY:
          if (c === QUOTE) {
            i = this.startValue(text, i, 'key');
            break;
          }
          if (c !== CLOSE_BRACE || this.state !== KEY_OR_END) throw this.invalid();
          this.state = DONE;
          i++;
          break;
        case COLON:
          if (c !== COLON_CHAR) throw this.invalid();
          this.state = VALUE;
          i++;
          break;
        case VALUE:
          if (c === OPEN_BRACKET && this.isPackageArray()) {
            this.itemKind = this.key === 'records' ? 'record' : 'release';
            this.sawPackageArray = true;
            this.state = ITEM_OR_END;
            i++;
          } else i = this.startValue(text, i, 'header');
          break;
        case COMMA_OR_END:
          if (c === COMMA) this.state = KEY;
          else if (c === CLOSE_BRACE) this.state = DONE;
          else throw this.invalid();
          i++;
          break;
        case ITEM_OR_END:
        case ITEM:
          if (c === CLOSE_BRACKET && this.state === ITEM_OR_END) {
            this.state = this.list ? DONE : COMMA_OR_END;
            i++;
          } else i = this.startValue(text, i, 'item');
          break;
        case ITEM_COMMA_OR_END:
          if (c === COMMA) this.state = ITEM;
          else if (c === CLOSE_BRACKET) this.state = this.list ? DONE : COMMA_OR_END;
          else throw this.invalid();
          i++;
          break;
        default: // DONE: only whitespace may follow the document
          throw this.invalid();
      }
    }
    // A value still open at the chunk's end carries its text over to the next chunk.
    if (this.state === IN_VALUE) {
      const part = this.valueStart === 0 ? text : text.slice(this.valueStart);
      this.parts.push(part);
      this.pendingLength += part.length;
      // One release is at most a few megabytes; a value that keeps going is damage, and holding
      // it whole until the file ends would cost gigabytes before saying so.
      if (this.pendingLength > MAX_VALUE_CHARS) throw importError('invalid-json', this.fileName);
    } else {
      this.pendingLength = 0;
    }
  }

  /** Called once the input is exhausted: the package header, or why the document is unusable. */
  end(): JsonPackageHead {
    switch (this.state) {
      case DONE:
        break;
      case START:
        throw importError('empty-file', this.fileName);
      case FOREIGN:
      case IN_VALUE: {
        const pending = this.parts.join('');
        const state = jsonPrefixState(pending);
        if (state === 'invalid') throw this.invalid();
        if (this.state === FOREIGN && state === 'complete')
          throw importError('not-ocds', this.fileName);
        throw importError('truncated-json', this.fileName);
      }
      default:
        throw importError('truncated-json', this.fileName);
    }
    if (this.list) return { header: {}, items: this.items, list: true };
    const header = this.header;
    if (this.sawPackageArray || 'releases' in header || 'records' in header) {
      if (!this.sawPackageArray && 'ocid' in header && 'releases' in header) {
        // A single record ({ocid, releases, compiledRelease}), not a package.
        this.onItem({ kind: 'record', value: header });
        return { header: {}, items: 1 };
      }
      return { header, items: this.items };
    }
    if (typeof header.ocid === 'string') {
      this.onItem({ kind: 'release', value: header });
      return { header: {}, items: 1 };
    }
    throw importError('not-ocds', this.fileName);
  }

  private isPackageArray(): boolean {
    if (this.key === 'records') return true;
    // `releases` beside an `ocid` belongs to a single record, which is buffered whole.
    return this.key === 'releases' && !('ocid' in this.header);
  }

  private invalid() {
    return importError('invalid-json', this.fileName);
  }

  /** Begin a value at `i`; returns where scanning continues. */
  private startValue(text: string, i: number, target: Target): number {
    const c = text.charCodeAt(i);
    if (c === CLOSE_BRACE || c === CLOSE_BRACKET || c === COMMA || c === COLON_CHAR) {
      throw this.invalid();
    }
    this.target = target;
    this.state = IN_VALUE;
    this.valueStart = i;
    this.parts = [];
    this.closers = [];
    // A header value sits in the top-level object; an item in the package's array (or the list).
    this.maxClosers = MAX_NESTING_DEPTH - (target === 'item' && !this.list ? 2 : 1);
    this.inString = c === QUOTE;
    this.escaped = false;
    this.primitive = false;
    if (c === OPEN_BRACE) this.closers.push(CLOSE_BRACE);
    else if (c === OPEN_BRACKET) this.closers.push(CLOSE_BRACKET);
    else if (c !== QUOTE) {
      this.primitive = true;
      return i;
    }
    return i + 1;
  }

  /**
   * Scan on from `i` until the current value ends; returns the index just past it, or -1 when
   * the chunk ends first. Only strings and brackets are tracked: JSON.parse checks the rest.
   */
  private scanValue(text: string, i: number): number {
    const n = text.length;
    const closers = this.closers;
    if (this.primitive) {
      while (i < n && !endsPrimitive(text.charCodeAt(i))) i++;
      return i < n ? i : -1;
    }
    for (;;) {
      if (this.inString) {
        i = this.skipString(text, i);
        if (i < 0) return -1;
        this.inString = false;
        if (closers.length === 0) return i;
      }
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          this.inString = true;
          i++;
          break;
        } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
          closers.push(c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET);
          if (closers.length > this.maxClosers) throw importError('too-deep', this.fileName);
        } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          if (closers.pop() !== c) throw this.invalid();
          if (closers.length === 0) return i + 1;
        }
      }
      if (!this.inString) return -1;
    }
  }

  /** From inside a string, the index just past its closing quote, or -1 at the chunk's end. */
  private skipString(text: string, i: number): number {
    const n = text.length;
    if (this.escaped) {
      this.escaped = false;
      i++;
    }
    while (i < n) {
      const q = text.indexOf('"', i);
      let k = (q < 0 ? n : q) - 1;
      while (k >= i && text.charCodeAt(k) === BACKSLASH) k--;
      const oddBackslashes = ((q < 0 ? n : q) - 1 - k) % 2 === 1;
      if (q < 0) {
        this.escaped = oddBackslashes;
        return -1;
      }
      if (!oddBackslashes) return q + 1;
      i = q + 1;
    }
    return -1;
  }

  private finishValue(last: string): void {
    const raw = this.parts.length === 0 ? last : this.parts.join('') + last;
    this.parts = [];
    this.pendingLength = 0;
    if (this.target === 'key') {
      this.key = raw.includes('\\') ? (this.parse(raw) as string) : raw.slice(1, -1);
      this.state = COLON;
      return;
    }
    if (this.target === 'item' && this.onRawItem) {
      // Only objects can be releases or records; anything else is checked now, not later.
      if (raw.charCodeAt(0) !== 123) this.parse(raw);
      this.items++;
      this.state = ITEM_COMMA_OR_END;
      this.onRawItem({ kind: this.itemKind, text: raw });
      return;
    }
    const value = this.parse(raw);
    if (this.target === 'item') {
      this.items++;
      this.state = ITEM_COMMA_OR_END;
      this.onItem({ kind: this.itemKind, value });
      return;
    }
    // JSON.parse keeps "__proto__" as an own key; plain assignment would set the prototype.
    Object.defineProperty(this.header, this.key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    this.state = COMMA_OR_END;
  }

  private parse(raw: string): unknown {
    try {
      return JSON.parse(raw);
    } catch {
      throw this.invalid();
    }
  }

  private feedForeign(text: string): void {
    this.parts.push(text);
    this.foreignLength += text.length;
    if (this.foreignLength <= FOREIGN_LIMIT) return;
    // A very large non-object document: read no further.
    if (jsonPrefixState(this.parts.join('')) === 'invalid') throw this.invalid();
    throw importError('not-ocds', this.fileName);
  }
}
