import { type ReactNode, useMemo, useState } from 'react';
import { showHiddenCharacters } from '../../../shared/notice/hidden-characters';
import { useSourceText } from '../../app/queries';
import { LongText } from '../../lib/LongText';
import { PROSE_LIMIT } from '../../lib/long-text';
import type { OpportunityDetail } from '../../db';
import { LinkedText } from './ExternalLink';

/**
 * The notice's own words: description, evaluation procedure and the raw file. Always shown as
 * text (React escapes it); notice HTML is never rendered. The raw file and reference documents
 * are shown as they are, except that hidden characters (a bidi override…) are shown as their code
 * point, as everywhere in the notice's model: they never went through the notice reader.
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
                <RawText
                  summary={showHiddenCharacters(doc.title ?? doc.fileName)}
                  text={doc.text}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {source && (
        <RawText
          className="raw-notice"
          summary={<>Raw notice file (“{showHiddenCharacters(source.fileName)}”)</>}
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
      {open && <VisibleText text={text} />}
    </details>
  );
}

/**
 * A file's text with its hidden characters shown, marked once per text, not on every render: the
 * raw text can be tens of megabytes.
 */
function VisibleText({ text }: { text: string }) {
  const visible = useMemo(() => showHiddenCharacters(text), [text]);
  return <pre className="raw">{visible}</pre>;
}
