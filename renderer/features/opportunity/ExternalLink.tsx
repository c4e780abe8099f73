import { useEffect, useRef, useState, type ReactNode } from 'react';
import { openExternal } from '../../app/actions';
import { LongText } from '../../lib/LongText';
import { PROSE_LIMIT } from '../../lib/long-text';
import './external-link.css';

/**
 * A link from a notice: opened in the user's browser, never inside Bid Desk. When its words are
 * not the address itself ("website", a document's title), the words could say anything, so the
 * address is shown, and must be confirmed, before leaving Bid Desk for it.
 */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  const [asking, setAsking] = useState(false);
  const link = useRef<HTMLAnchorElement>(null);
  const open = useRef<HTMLButtonElement>(null);
  // The question takes the keyboard (Enter opens, Escape or Cancel goes back to the link).
  useEffect(() => {
    if (asking) open.current?.focus();
  }, [asking]);
  const close = (): void => {
    setAsking(false);
    link.current?.focus();
  };
  if (!/^https?:\/\//i.test(href)) return <span>{children ?? href}</span>;
  const showsAddress = children === undefined || children === href;
  return (
    <>
      <a
        ref={link}
        href={href}
        className="external"
        rel="noreferrer noopener"
        onClick={(e) => {
          e.preventDefault();
          if (showsAddress) openExternal(href);
          else setAsking(true);
        }}
      >
        {children ?? href}
        <span className="visually-hidden"> (opens in your browser)</span>
      </a>
      {asking && (
        <span
          className="leave-check"
          role="group"
          aria-label="Leave Bid Desk for this address?"
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          {' '}
          This opens <bdi className="address">{href}</bdi> in your browser.{' '}
          <button
            ref={open}
            type="button"
            className="button button-primary"
            onClick={() => {
              setAsking(false);
              openExternal(href);
            }}
          >
            Open
          </button>{' '}
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
        </span>
      )}
    </>
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
