import type { Opportunity } from '../../../shared/notice/model';
import type { ChangeLogRecord, DocumentRecord } from '../../db';
import { formatUkDate } from '../../../shared/calendar';
import { documentTypeText } from '../../../shared/notice/document-types';
import { ExternalLink } from './ExternalLink';
import { cutText, TITLE_LIMIT } from '../../lib/long-text';

/** Published notices (UK1…UK17) and the documents the notice lists, with links. */
export function DocumentsSection({
  notice,
  documents,
}: {
  notice: Opportunity;
  documents: DocumentRecord[];
}) {
  const others = documents.filter(
    (d) => !notice.noticeHistory.some((n) => n.id === d.id && n.url === d.url),
  );
  return (
    <section className="card" aria-labelledby="documents-heading">
      <h2 id="documents-heading">Notices and documents</h2>
      {notice.noticeHistory.length > 0 && (
        <ol className="notice-history">
          {notice.noticeHistory.map((n) => (
            <li key={`${n.id}-${n.url}`}>
              <span className="badge badge-notice">
                {n.noticeType ?? (n.documentType ? documentTypeText(n.documentType) : 'Notice')}
              </span>{' '}
              {n.url ? (
                <ExternalLink href={n.url}>{cutText(n.title ?? n.id, TITLE_LIMIT)}</ExternalLink>
              ) : (
                cutText(n.title ?? n.id, TITLE_LIMIT)
              )}
              {n.datePublished && <span className="muted"> — {formatUkDate(n.datePublished)}</span>}
            </li>
          ))}
        </ol>
      )}
      {others.length > 0 && (
        <ul className="documents">
          {others.map((d) => {
            const kind = d.documentType ? documentTypeText(d.documentType) : null;
            const name = cutText(d.title ?? d.description ?? kind ?? d.documentKey, TITLE_LIMIT);
            return (
              <li key={d.id}>
                {d.url ? <ExternalLink href={d.url}>{name}</ExternalLink> : <span>{name}</span>}
                {kind && kind !== name && (
                  <span className="muted" title={d.documentType ?? undefined}>
                    {' '}
                    ({kind})
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {notice.noticeHistory.length === 0 && others.length === 0 && (
        <p className="muted">No documents listed.</p>
      )}
    </section>
  );
}

export function AmendmentsSection({ notice }: { notice: Opportunity }) {
  if (notice.amendments.length === 0) return null;
  return (
    <section className="card" aria-labelledby="amendments-heading">
      <h2 id="amendments-heading">Amendments published by the buyer</h2>
      <ul>
        {notice.amendments.map((a, i) => (
          <li key={`${a.id}-${i}`}>
            {a.description ?? a.rationale ?? 'Amended'}
            {a.id && <span className="muted"> — notice {a.id}</span>}
            {a.date && <span className="muted"> ({formatUkDate(a.date)})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Every re-import that changed something, and the history the first file told (what each of its
 * releases changed), newest first. Entries are never edited.
 */
export function ChangeLogSection({ entries }: { entries: ChangeLogRecord[] }) {
  return (
    <section className="card" aria-labelledby="changelog-heading">
      <h2 id="changelog-heading">Change log</h2>
      {entries.length === 0 ? (
        <p className="muted">Nothing has changed since this notice was first imported.</p>
      ) : (
        <ol className="change-log">
          {entries.map((entry) => (
            <li key={entry.id}>
              <p>{entry.release ? releaseHeading(entry, entry.release) : importHeading(entry)}</p>
              <ChangeList changes={entry.changes} reading={entry.reading} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Said of a change-log entry that is Bid Desk's new reading, not the buyer's change. */
export const READ_DIFFERENTLY = 'Bid Desk now reads this notice differently';

function importHeading(entry: ChangeLogRecord) {
  return (
    <>
      <strong>{formatUkDate(entry.importedAt)}</strong> —{' '}
      {entry.reading
        ? `${READ_DIFFERENTLY} (“${entry.fileName}” read again; the buyer did not change it)`
        : `from “${entry.fileName}”`}
      {entry.dismissedAt && <span className="muted"> (seen by {entry.dismissedBy})</span>}
    </>
  );
}

/** "Published 5 Feb 2016 10:30 — changes since the release of 31 Jan 2016 09:30, both in “x.json”" */
function releaseHeading(entry: ChangeLogRecord, release: NonNullable<ChangeLogRecord['release']>) {
  const published = release.date ? formatUkDate(release.date) : '(no date given)';
  const since = release.previousDate
    ? `the release of ${formatUkDate(release.previousDate)}`
    : 'the release before';
  return (
    <>
      <strong>Published {published}</strong> — changes since {since}, both in “{entry.fileName}”
    </>
  );
}

/** The changes of one entry; Bid Desk's own reading as "was read → is read", nothing "moved". */
export function ChangeList({
  changes,
  reading,
}: {
  changes: ChangeLogRecord['changes'];
  reading?: boolean | undefined;
}) {
  return (
    <ul className="changes">
      {changes.map((c, i) => (
        <li key={`${c.field}-${i}`}>{reading ? readingSentence(c) : changeSentence(c)}</li>
      ))}
    </ul>
  );
}

/** "Submission deadline: 27 Jun 2026 → 27 Jun 2026 00:00 (midnight at the start of …)" */
export function readingSentence(c: ChangeLogRecord['changes'][number]): string {
  if (c.from === null) return `${c.label}: now read as ${c.to}`;
  if (c.to === null) return `${c.label}: no longer read (was ${c.from})`;
  return `${c.label}: ${c.from} → ${c.to}`;
}

/** "Submission deadline moved from 15 Dec 2026 12:00 to 12 Jan 2027 12:00." */
export function changeSentence(c: ChangeLogRecord['changes'][number]): string {
  const dated = c.field.startsWith('keyDates.');
  if (c.from === null) return `${c.label} added: ${c.to}`;
  if (c.to === null) return `${c.label} removed (was ${c.from})`;
  return `${c.label} ${dated ? 'moved' : 'changed'} from ${c.from} to ${c.to}`;
}
