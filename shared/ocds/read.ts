/**
 * Tolerant readers for untrusted OCDS JSON. Real files break the schema (objects where arrays
 * belong, numbers as strings, nulls everywhere); these turn anything into the expected shape or
 * null, so the normaliser never throws on a missing or odd field.
 */
import { showHiddenCharacters } from '../notice/hidden-characters';

export type Json = Record<string, unknown>;

export function obj(value: unknown): Json | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Json)
    : null;
}

/**
 * An array of objects; an object keyed "1","2"… (seen in real FTS `deliveryAddresses`) counts too.
 * Read-only: an array that holds only objects (nearly always) is returned as it is, not copied.
 */
export function objs(value: unknown): readonly Json[] {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (obj(value[i]) === null) return value.filter((v): v is Json => obj(v) !== null);
    }
    return value as Json[];
  }
  const o = obj(value);
  return o ? Object.values(o).filter((v): v is Json => obj(v) !== null) : [];
}

/**
 * A string field as text, trimmed, with hidden and control characters shown (every notice string
 * is read here, so every screen, export and the CLI get the same visible text).
 */
export function str(value: unknown): string | null {
  if (typeof value === 'string') return visible(trimmed(value));
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** The text without surrounding white space, or null when nothing is left. */
export function trimmed(text: string): string | null {
  // Nearly every value starts and ends with a visible ASCII character: then there is nothing to
  // trim (an import reads hundreds of thousands of them).
  const last = text.length - 1;
  if (last >= 0 && visibleAscii(text.charCodeAt(0)) && visibleAscii(text.charCodeAt(last))) {
    return text;
  }
  const t = text.trim();
  return t === '' ? null : t;
}

function visible(text: string | null): string | null {
  return text === null ? null : showHiddenCharacters(text);
}

function visibleAscii(c: number): boolean {
  return c > 0x20 && c < 0x7f;
}

export function strs(value: unknown): string[] {
  if (!Array.isArray(value)) {
    const text = typeof value === 'string' ? visible(trimmed(value)) : null;
    return text === null ? [] : [text];
  }
  return value.map(str).filter((s): s is string => s !== null);
}

export function num(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

export function bool(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

/** Follow a path of keys through nested objects. */
export function at(value: unknown, ...path: string[]): unknown {
  let cur: unknown = value;
  for (const key of path) {
    const o = obj(cur);
    if (!o) return undefined;
    cur = o[key];
  }
  return cur;
}
