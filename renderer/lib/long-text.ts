/**
 * Notice text has no length limit: a buyer can publish a 1 MB title, and every place that shows
 * it whole would make the page millions of pixels wide and slow to draw. Screens show the start
 * of a long field and keep the whole text one action away (see `LongText`); these are the cut
 * lengths, in characters.
 */

/** A title: an opportunity's, a lot's, an event's, a timeline entry's. */
export const TITLE_LIMIT = 300;
/** A name: a buyer, a supplier, an award criterion. */
export const NAME_LIMIT = 200;
/** A description or any passage of notice prose. */
export const PROSE_LIMIT = 3000;
/** Text in a tooltip (`title` attribute) or a label that links elsewhere: never expandable. */
export const LABEL_LIMIT = 160;

/**
 * The start of `text`, at most `limit` characters followed by "…", or `text` itself when it
 * fits. Never splits a surrogate pair (an emoji or a rare character), and prefers to end at a
 * space when one is near, so the cut reads as words.
 */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  const space = text.lastIndexOf(' ', end);
  if (space > end * 0.8) end = space;
  return `${text.slice(0, end).trimEnd()}…`;
}

const count = new Intl.NumberFormat('en-GB');

/** "1,048,576 characters": how much a "Show all" button would show. */
export function characterCount(text: string): string {
  return `${count.format(text.length)} characters`;
}
