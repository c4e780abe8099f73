import { convert } from 'html-to-text';
import { trimmed } from '../ocds/read';

const LOOKS_LIKE_HTML = /<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;
/** What the tidying below would change (or HTML to convert): anything else only needs a trim. */
const NEEDS_TIDYING = /[<&\t\u00a0]| {2}| \n|\n |\n{3}/;

/**
 * A notice's text field as Bid Desk keeps it: plain text (see `plainText`) with FTS's "PS" for
 * the pound sign repaired ("Circa PS704,000" → "Circa £704,000"). Line breaks are kept, so an
 * evaluation procedure written as paragraphs and lists stays readable.
 */
export function noticeText(value: string | null): string | null {
  const plain = plainText(value);
  if (plain === null) return null;
  return plain.includes('PS') ? plain.replace(/\bPS(?=\d)/g, '£') : plain;
}

/**
 * Notice text is untrusted and sometimes HTML (`tender.procedure.features`). Bid Desk keeps it
 * as plain text: tags dropped, entities decoded, paragraphs kept as line breaks. The app never
 * renders notice text as HTML.
 */
export function plainText(value: string | null): string | null {
  if (value === null) return null;
  // Most notice text is plain lines: skip the rewriting (importing 10k releases calls this for
  // every title, name and description).
  if (!NEEDS_TIDYING.test(value)) return trimmed(value);
  const text = LOOKS_LIKE_HTML.test(value) ? htmlToText(value) : value;
  const tidy = text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return tidy === '' ? null : tidy;
}

function htmlToText(html: string): string {
  try {
    return convert(html, {
      wordwrap: false,
      selectors: [
        { selector: 'a', options: { ignoreHref: true } },
        { selector: 'img', format: 'skip' },
        { selector: 'p', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
      ],
    });
  } catch (error: unknown) {
    // html-to-text recurses once per nesting level, so markup nested thousands deep (damage,
    // never a real notice) overflows the stack. Dropping the tags still keeps the words.
    if (!(error instanceof RangeError)) throw error;
    return html.replace(/<[^>]*>/g, ' ');
  }
}

/** Cut a text to a readable snippet around a match, on word boundaries. */
export function snippetAround(text: string, index: number, length: number, max = 200): string {
  const pad = Math.max(0, Math.floor((max - length) / 2));
  let start = Math.max(0, index - pad);
  let end = Math.min(text.length, index + length + pad);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < index) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > index + length) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
