import { type ReactNode, useState } from 'react';
import { useSourceText } from '../../app/queries';
import { LongText } from '../../lib/LongText';
import { PROSE_LIMIT } from '../../lib/long-text';
import type { OpportunityDetail } from '../../db';
import { LinkedText } from './ExternalLink';

/**
 * The notice's own words: description, evaluation procedure and the raw file. Always shown as
 * text (React escapes it); notice HTML is never rendered.
 */
export function NoticeTextSection({ detail }: { detail: OpportunityDetail }) {
  const { notice } = detail;
  const source = useSourceText(detail.opportunity.id);
  return (
    <section className="card" aria-labelledby="notice-text-heading">
      <h2 id="notice-text-heading">What the notice says</h2>
      {notice.description && (
        <>
          <h3>Description</h3>
          <p className="notice-text">
            <LinkedText text={notice.description} />
          </p>
        </>
      )}
      {notice.procedureFeatures && (
        <>
          <h3>How bids will be evaluated</h3>
          <p className="notice-text">
            <LongText text={notice.procedureFeatures} limit={PROSE_LIMIT} />
          </p>
        </>
      )}
      {detail.referenceDocuments.length > 0 && (
        <>
          <h3>Reference documents for this buyer</h3>
          <ul>
            {detail.referenceDocuments.map((doc) => (
              <li key={doc.id}>
                <RawText summary={doc.title ?? doc.fileName} text={doc.text} />
              </li>
            ))}
          </ul>
        </>
      )}
      {source && (
        <RawText
          className="raw-notice"
          summary={<>Raw notice file (“{source.fileName}”)</>}
          text={source.text}
        />
      )}
    </section>
  );
}

/**
 * A whole file behind its summary. The text enters the page only once opened: a notice file can
 * run to megabytes, and a closed <details> would still carry all of it.
 */
function RawText({
  summary,
  text,
  className,
}: {
  summary: ReactNode;
  text: string;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && <pre className="raw">{text}</pre>}
    </details>
  );
}
