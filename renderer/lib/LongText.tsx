import { type ReactNode, useState } from 'react';
import { characterCount, cutText } from './long-text';

/**
 * A field of notice text shown whole when it is short, and cut at `limit` characters with a
 * "Show all" button when it is not. The whole text enters the page only when asked for, so a
 * 1 MB title costs the page nothing until the user wants to read it. Plain text only: notice
 * text is never markup.
 *
 * Not for use inside a link or button (a button cannot sit in either): there, show
 * `cutText(...)` and let the link lead to the page where this component shows it whole.
 */
export function LongText({
  text,
  limit,
  render = (shown) => shown,
}: {
  text: string;
  limit: number;
  /** How to show the (cut or whole) text, e.g. with its links made clickable. */
  render?: (shown: string) => ReactNode;
}) {
  const [expanded, setExpanded] = useState(false);
  if (text.length <= limit) return <>{render(text)}</>;
  return (
    <>
      {render(expanded ? text : cutText(text, limit))}{' '}
      <button
        type="button"
        className="link-button show-all"
        aria-expanded={expanded}
        onClick={() => setExpanded(!expanded)}
      >
        {expanded ? 'Show less' : `Show all (${characterCount(text)})`}
      </button>
    </>
  );
}
