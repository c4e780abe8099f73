import type { ReactNode } from 'react';
import { openExternal } from '../../app/actions';

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

/** Notice text with its links made clickable; everything else stays plain text (never HTML). */
export function LinkedText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?])/g);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? <ExternalLink key={i} href={part} /> : <span key={i}>{part}</span>,
      )}
    </>
  );
}
