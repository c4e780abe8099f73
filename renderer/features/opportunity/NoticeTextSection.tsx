import { useMemo } from 'react';
import { showHiddenCharacters } from '../../../shared/notice/hidden-characters';
import { useSourceText } from '../../app/queries';
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
  // Marked once per file, not on every render: the raw text can be tens of megabytes.
  const rawText = useMemo(() => (source ? showHiddenCharacters(source.text) : ''), [source]);
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
          <p className="notice-text">{notice.procedureFeatures}</p>
        </>
      )}
      {detail.referenceDocuments.length > 0 && (
        <>
          <h3>Reference documents for this buyer</h3>
          <ul>
            {detail.referenceDocuments.map((doc) => (
              <li key={doc.id}>
                <details>
                  <summary>{showHiddenCharacters(doc.title ?? doc.fileName)}</summary>
                  <pre className="raw">{showHiddenCharacters(doc.text)}</pre>
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
      {source && (
        <details className="raw-notice">
          <summary>Raw notice file (“{showHiddenCharacters(source.fileName)}”)</summary>
          <pre className="raw">{rawText}</pre>
        </details>
      )}
    </section>
  );
}
