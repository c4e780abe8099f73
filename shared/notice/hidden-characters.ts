/**
 * Notice text is untrusted, and some characters change what a reader sees without being seen:
 * a right-to-left override makes `\u202Etsurt SHN\u202C Buyer` display as "NHS trust Buyer" and
 * an invoice "exe.pdf"; a zero-width space makes two names that look the same differ; ESC, BEL
 * and NUL drive a terminal. Bid Desk shows each of them as its code point ("[U+202E]") where the
 * notice's text becomes the model, so every screen, export and the CLI show the same, visible
 * thing. Marked, not removed: removing them would hide that the file was tampered with, and the
 * marker says exactly what the notice held. Real notices carry none of them (the corpus has
 * none); tabs, line feeds and carriage returns are ordinary white space and are kept.
 */

/**
 * C0 controls but tab, LF and CR; DEL and the C1 controls; the Arabic letter mark; the Mongolian
 * vowel separator; zero-width space, non-joiner and joiner; left-to-right and right-to-left
 * marks; line and paragraph separators; the bidi embeddings, overrides and isolates; word joiner
 * and invisible operators; deprecated format characters; the zero-width no-break space (BOM);
 * interlinear annotation marks; and the tag characters (U+E0000–E007F, as surrogate pairs, which
 * can carry hidden ASCII).
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

/** Control characters a terminal or spreadsheet could act on: all but tab, LF and CR. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * The text with each hidden or control character shown as its code point ("[U+202E]"). Text
 * without any is returned as it is (the common case: an import reads hundreds of thousands).
 */
export function showHiddenCharacters(text: string): string {
  HIDDEN.lastIndex = 0;
  if (!HIDDEN.test(text)) return text;
  return text.replace(HIDDEN, (c) => `[U+${codePointName(c)}]`);
}

/**
 * The text without control characters (tab, LF and CR kept), for output that is not shown by
 * Bid Desk itself: a terminal (ESC, BEL and NUL would drive it) and CSV cells. Notice text is
 * already marked by showHiddenCharacters; this also covers everything else printed beside it.
 */
export function withoutControlCharacters(text: string): string {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text) ? text.replace(CONTROL, '') : text;
}

function codePointName(c: string): string {
  return (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}
