/**
 * RFC 5545 content lines: TEXT escaping, 75-octet folding, date and date-time values. Written
 * here rather than taken from a library because the calendar is built in shared/ (the browser
 * exports it too) and needs one fixed time zone; ical-generator would need a separate time-zone
 * package and a date library for the same result.
 */
import { ukWallClock } from '../calendar/instants';

const encoder = new TextEncoder();

/** Characters TEXT may not hold (controls other than tab); removed rather than escaped. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A TEXT value: `\` `;` `,` escaped, any line break as `\n`, other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** An http(s) link safe to put in a URI value as it is, or null. */
export function safeUri(value: string | null): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!/^https?:\/\/[^\s"<>\\^`{|}]+$/i.test(trimmed)) return null;
  return new RegExp(CONTROL.source).test(trimmed) ? null : trimmed;
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Fold a content line into lines of at most 75 octets (UTF-8), each continuation starting with
 * one space, never splitting a character. Lines are joined with CRLF.
 */
export function foldLine(line: string): string {
  if (line.length <= 75 && encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) as number);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line is one of its 75 octets
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `yyyy-MM-dd` as a DATE value, `yyyyMMdd`. */
export function icsDate(day: string): string {
  return day.replace(/-/g, '');
}

/** A UTC DATE-TIME value, `yyyyMMddTHHmmssZ`. */
export function icsUtc(date: Date): string {
  return `${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}T${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`;
}

/** A local Europe/London DATE-TIME value (for `TZID=Europe/London`), `yyyyMMddTHHmmss`. */
export function icsLondon(date: Date): string {
  const { day, clock } = ukWallClock(date);
  return `${icsDate(day)}T${clock.replace(/:/g, '')}`;
}
