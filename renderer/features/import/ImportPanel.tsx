import { useEffect, useRef } from 'react';
import { opportunityHref, useRoute } from '../../app/router';
import { cutText, NAME_LIMIT, TITLE_LIMIT } from '../../lib/long-text';
import { type ImportJob, useImportStore } from './import-store';
import { importErrorWords } from './import-words';
import './import.css';

const PANEL_ID = 'import-panel';
const TOGGLE_ID = 'import-panel-toggle';

/** Files being imported and what became of them: progress, cancel, results, errors, warnings. */
export function ImportPanel() {
  const jobs = useImportStore((s) => s.jobs);
  const open = useImportStore((s) => s.panelOpen);
  const setOpen = useImportStore((s) => s.setPanelOpen);
  const clearFinished = useImportStore((s) => s.clearFinished);
  const { busy, failed } = importCounts(jobs);
  useTuckAway(busy > 0, setOpen);
  if (jobs.length === 0 || !open) return null;
  const finished = jobs.some((j) => j.phase === 'done' || j.phase === 'failed');
  return (
    <section id={PANEL_ID} className="import-panel" aria-labelledby="import-panel-heading">
      <div className="import-panel-head">
        <h2 id="import-panel-heading">
          Imports
          <span className="muted">{countsText(busy, failed)}</span>
        </h2>
        <span>
          {finished && (
            <button type="button" className="link-button" onClick={clearFinished}>
              Clear finished
            </button>
          )}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setOpen(false);
              // The panel (and this button) goes: keep the keyboard where it can open it again.
              document.getElementById(TOGGLE_ID)?.focus();
            }}
          >
            Hide
          </button>
        </span>
      </div>
      <ul>
        {jobs.map((job) => (
          <ImportJobItem key={job.jobId} job={job} />
        ))}
      </ul>
    </section>
  );
}

/**
 * The header's button for the import panel, there while the panel lists anything: folded, the
 * panel leaves only this (which still counts failures) and gives its room back to the page.
 */
export function ImportPanelToggle() {
  const jobs = useImportStore((s) => s.jobs);
  const open = useImportStore((s) => s.panelOpen);
  const setOpen = useImportStore((s) => s.setPanelOpen);
  if (jobs.length === 0) return null;
  const { busy, failed } = importCounts(jobs);
  return (
    <button
      id={TOGGLE_ID}
      type="button"
      className={`import-toggle${failed ? ' has-failures' : ''}`}
      aria-expanded={open}
      aria-controls={open ? PANEL_ID : undefined}
      onClick={() => setOpen(!open)}
    >
      Imports{countsText(busy, failed)}
    </button>
  );
}

function importCounts(jobs: ImportJob[]): { busy: number; failed: number } {
  let busy = 0;
  let failed = 0;
  for (const j of jobs) {
    if (j.phase === 'reading' || j.phase === 'saving') busy++;
    else if (j.phase === 'failed' && !isNotANotice(j)) failed++;
  }
  return { busy, failed };
}

/**
 * A commissioning strategy (or another document Bid Desk can keep for its buyer) is not a failed
 * import: nothing went wrong, the file is simply not a notice. It is neither red nor counted.
 */
function isNotANotice(job: ImportJob): boolean {
  return job.error?.code === 'commissioning-strategy';
}

function countsText(busy: number, failed: number): string {
  return `${busy ? ` · ${busy} in progress` : ''}${failed ? ` · ${failed} failed` : ''}`;
}

/**
 * Once the user goes elsewhere (often through one of the panel's own links) with nothing still
 * importing, the panel folds into its header button; a new import opens it again.
 */
function useTuckAway(busy: boolean, setOpen: (open: boolean) => void): void {
  const route = JSON.stringify(useRoute());
  const lastRoute = useRef(route);
  useEffect(() => {
    if (route === lastRoute.current) return;
    lastRoute.current = route;
    if (!busy) setOpen(false);
  }, [route, busy, setOpen]);
  useEffect(() => {
    if (busy) setOpen(true);
  }, [busy, setOpen]);
}

/** The user's sentence, then the engine's own under "Details" (closed) where it says more. */
function ErrorWords({ error }: { error: { code: string; message: string } }) {
  const { sentence, details } = importErrorWords(error);
  return (
    <>
      <p>{sentence}</p>
      {details !== null && (
        <details className="import-error-details">
          <summary>Details</summary>
          <p>
            {details} <code>({error.code})</code>
          </p>
        </details>
      )}
    </>
  );
}

function ImportJobItem({ job }: { job: ImportJob }) {
  const { cancel, dismiss, keepAsReference } = useImportStore();
  const busy = job.phase === 'reading' || job.phase === 'saving';
  const item = useRef<HTMLLIElement>(null);
  // A file that failed may be below earlier results in the panel's scrolling list: bring its
  // message into view (within the panel; the page does not move).
  useEffect(() => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- jsdom (component tests) has no scrollIntoView
    if (job.phase === 'failed') item.current?.scrollIntoView?.({ block: 'nearest' });
  }, [job.phase]);
  return (
    <li ref={item} className={`import-job phase-${job.phase}`} data-testid="import-job">
      <div className="import-job-head">
        <strong className="file-name">{job.fileName}</strong>
        {busy ? (
          <button
            type="button"
            className="link-button"
            onClick={() => cancel(job.jobId)}
            aria-label={`Cancel import of ${job.fileName}`}
          >
            Cancel
          </button>
        ) : (
          <button
            type="button"
            className="link-button"
            onClick={() => dismiss(job.jobId)}
            aria-label={`Dismiss ${job.fileName}`}
          >
            Dismiss
          </button>
        )}
      </div>
      {job.phase === 'reading' && (
        <progress
          max={job.totalBytes ?? undefined}
          value={job.totalBytes ? job.bytesRead : undefined}
          aria-label={`Reading ${job.fileName}`}
        />
      )}
      {job.phase === 'saving' && <SavingProgress saved={job.saved} fileName={job.fileName} />}
      {job.phase === 'done' && job.summary && <JobSummary job={job} />}
      {job.phase === 'failed' && job.error && (
        // A note, not an alert (the window's status line reads its words out): nothing failed.
        <div
          role={isNotANotice(job) ? undefined : 'alert'}
          className={isNotANotice(job) ? 'import-note' : 'import-error'}
        >
          <ErrorWords error={job.error} />
          {job.referenceText !== null && !job.keptAsReference && (
            <button
              type="button"
              className="button"
              onClick={() => void keepAsReference(job.jobId)}
            >
              Keep as a reference document
              {job.error.details.buyerName
                ? ` for ${cutText(job.error.details.buyerName, NAME_LIMIT)}`
                : ''}
            </button>
          )}
          {job.keptAsReference && <p>Kept as a reference document.</p>}
        </div>
      )}
      {job.warnings.length > 0 && (
        <details className="import-warnings">
          <summary>
            {job.warnings.length} {job.warnings.length === 1 ? 'thing' : 'things'} to check
          </summary>
          <ul>
            {job.warnings.map((w, i) => (
              <li key={i}>{w.message}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/**
 * Past this many rows the panel lists the first ones and counts the rest: a bulk file can add
 * 50,000 opportunities, and a link for each would hold the page while adding nothing a user can
 * read (they are all in the pipeline).
 */
export const SUMMARY_ROWS = 30;

interface SummaryRow {
  id: string;
  title: string;
  /** "Added", "Updated", …: what became of it. */
  kind: SummaryKind;
  changes?: number;
}

type SummaryKind = 'Added' | 'Updated' | 'Already up to date:' | 'Kept your newer version of';

/** How the "… and N more" line names each kind, in the order rows are listed. */
const KIND_COUNTS: ReadonlyArray<[SummaryKind, string]> = [
  ['Added', 'added'],
  ['Updated', 'updated'],
  ['Already up to date:', 'already up to date'],
  ['Kept your newer version of', 'kept your newer version'],
];

function JobSummary({ job }: { job: ImportJob }) {
  const s = job.summary;
  if (!s) return null;
  const rows: SummaryRow[] = [
    ...s.created.map((o) => ({ id: o.id, title: o.title, kind: 'Added' as const })),
    ...s.updated.map((u) => ({
      id: u.id,
      title: u.title,
      kind: 'Updated' as const,
      changes: u.changes.length,
    })),
    ...s.unchanged.map((o) => ({ id: o.id, title: o.title, kind: 'Already up to date:' as const })),
    ...s.olderIgnored.map((o) => ({
      id: o.id,
      title: o.title,
      kind: 'Kept your newer version of' as const,
    })),
  ];
  const shown = rows.slice(0, SUMMARY_ROWS);
  const rest = rows.slice(SUMMARY_ROWS);
  return (
    // The status wraps the list: a role on the <ul> itself would unmake it a list for a screen
    // reader, leaving its items orphaned.
    <div role="status">
      <ul className="import-results">
        {shown.map((row) => (
          <li key={`${row.kind}-${row.id}`}>
            {row.kind} <a href={opportunityHref(row.id)}>{cutText(row.title, TITLE_LIMIT)}</a>
            {row.changes !== undefined && ` (${row.changes} change${row.changes === 1 ? '' : 's'})`}
          </li>
        ))}
        {rest.length > 0 && <li className="import-results-more">{moreText(rest)}</li>}
      </ul>
    </div>
  );
}

/** "… and 49,970 more (49,960 added, 10 updated); all are in the pipeline." */
function moreText(rest: readonly SummaryRow[]): string {
  const counts = KIND_COUNTS.map(([kind, words]) => {
    const n = rest.filter((row) => row.kind === kind).length;
    return n ? `${number.format(n)} ${words}` : null;
  }).filter((part) => part !== null);
  return `… and ${number.format(rest.length)} more (${counts.join(', ')}); all are in the pipeline.`;
}

const number = new Intl.NumberFormat('en-GB');

/** Saving a bulk notice file writes many records: a bar once there is more than a moment's work. */
function SavingProgress({ saved, fileName }: Pick<ImportJob, 'saved' | 'fileName'>) {
  if (!saved || saved.total < 10_000) return <p className="muted">Saving…</p>;
  return (
    <>
      <progress max={saved.total} value={saved.written} aria-label={`Saving ${fileName}`} />
      <p className="muted">
        Saving: {number.format(saved.written)} of {number.format(saved.total)} records written…
      </p>
    </>
  );
}
