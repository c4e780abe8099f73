import { useSourceText } from '../../app/queries';
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
                  <summary>{doc.title ?? doc.fileName}</summary>
                  <pre className="raw">{doc.text}</pre>
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
      {source && (
        <details className="raw-notice">
          <summary>Raw notice file (“{source.fileName}”)</summary>
          <pre className="raw">{source.text}</pre>
        </details>
      )}
    </section>
  );
}
