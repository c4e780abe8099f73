import type { ReactNode } from 'react';
import { openExternal } from '../../app/actions';
import { LongText } from '../../lib/LongText';
import { PROSE_LIMIT } from '../../lib/long-text';

/** A link from a notice: opened in the user's browser, never inside Bid Desk. */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  if (!/^https?:\/\//i.test(href)) return <span>{children ?? href}</span>;
  return (
    <a
      href={href}
      className="external"
      rel="noreferrer noopener"
      onClick={(e) => {
        e.preventDefault();
        openExternal(href);
      }}
    >
      {children ?? href}
      <span className="visually-hidden"> (opens in your browser)</span>
    </a>
  );
}

/**
 * Notice text with its links made clickable; everything else stays plain text (never HTML). A
 * long passage is cut with the rest behind "Show all".
 */
export function LinkedText({ text }: { text: string }) {
  return <LongText text={text} limit={PROSE_LIMIT} render={(shown) => <Linked text={shown} />} />;
}

function Linked({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?])/g);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? <ExternalLink key={i} href={part} /> : <span key={i}>{part}</span>,
      )}
    </>
  );
}
