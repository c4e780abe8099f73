import { useMemo } from 'react';
import { statusText } from '../../../shared/timeline';
import { formatDay, ukDay } from '../../../shared/calendar';
import { findClashes, liveItems, type TimelineItem } from '../../../shared/timeline';
import type { ChecklistItem } from '../../../shared/workspace/model';
import { opportunityHref } from '../../app/router';
import { useChecklist } from '../checklist';
import type { WorkspaceTabProps } from '../opportunity';
import { TimelineChart } from './TimelineChart';
import {
  checklistProgress,
  clashSentence,
  exportName,
  isOverdue,
  itemWhenInFull,
  LANES,
  movedText,
} from './timeline-data';
import {
  lotIdsOf,
  useBidStatuses,
  useOpportunityTimeline,
  useOtherNoticeDates,
} from './timeline-queries';
import { useTimelineStore } from './timeline-store';
import { TrusteeSummary } from './TrusteeSummary';
import { CalendarExportOptions } from './CalendarExportOptions';
import './timeline.css';
import { LongText } from '../../lib/LongText';
import { cutText, PROSE_LIMIT, TITLE_LIMIT } from '../../lib/long-text';

const LANE_LABELS = Object.fromEntries(LANES.map((l) => [l.lane, l.label]));

/**
 * The bid's timeline: the notice's dates and the team's plan on one date axis, clashes with
 * other bids' deadlines, the same items as a table, and exports (calendar, spreadsheet, PDF).
 */
export function TimelineTab({ detail, now }: WorkspaceTabProps) {
  const id = detail.opportunity.id;
  const items = useOpportunityTimeline(detail, now);
  const others = useOtherNoticeDates(id, now);
  const status = useBidStatuses(now)?.get(id);
  const checklist = useChecklist(id);
  const message = useTimelineStore((s) => s.message);
  const { exportIcs, exportCsv, print } = useTimelineStore.getState();
  // An ended bid (or a lot not bid for) competes with nothing: its open items make no clash.
  const clashes = useMemo(
    () =>
      items && others && status
        ? findClashes([...liveItems(items, status, lotIdsOf(detail)), ...others]).filter((c) =>
            c.items.some((item) => item.opportunityId === id),
          )
        : [],
    [items, others, status, detail, id],
  );

  if (!items) return <p className="loading">Loading…</p>;
  const title = detail.opportunity.title;
  return (
    <section className="timeline-tab" aria-labelledby="timeline-heading">
      <div className="timeline-head">
        <h2 id="timeline-heading">Timeline</h2>
        <div className="timeline-actions">
          <button
            type="button"
            className="button"
            onClick={() => void exportIcs(items, exportName(title, 'ics'), title)}
          >
            Export to calendar (.ics)
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void exportCsv(items, exportName(title, 'csv'))}
          >
            Export to spreadsheet (.csv)
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void print(exportName(title, 'pdf'))}
          >
            Print or save as PDF
          </button>
        </div>
      </div>
      <CalendarExportOptions />
      <p className="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      {clashes.length > 0 && (
        <section className="card timeline-clashes" aria-labelledby="clash-heading">
          <h3 id="clash-heading">Deadlines clash with other bids</h3>
          <ul>
            {clashes.map((clash) => (
              <li key={clash.day} data-testid="timeline-clash">
                {clashSentence(clash, id)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {items.length === 0 ? (
        <p className="empty">The notice has no dates yet.</p>
      ) : (
        <TimelineChart items={items} now={now} />
      )}
      {checklist && <ChecklistSummary items={checklist} now={now} id={id} />}
      <TrusteeSummary items={items} checklist={checklist} now={now} />
      <TimelineTable items={items} now={now} />
    </section>
  );
}

function ChecklistSummary({
  items,
  now,
  id,
}: {
  items: readonly ChecklistItem[];
  now: Date;
  id: string;
}) {
  const today = ukDay(now);
  const { needed, done, overdue, open } = checklistProgress(items, now);
  return (
    <section className="card timeline-checklist" aria-labelledby="timeline-checklist-heading">
      <h3 id="timeline-checklist-heading">Checklist</h3>
      {items.length === 0 ? (
        <p className="muted">
          No checklist yet. <a href={opportunityHref(id, 'checklist')}>Make one</a> to plan the
          bid&apos;s documents and answers.
        </p>
      ) : (
        <>
          <p data-testid="timeline-checklist-progress">
            {done} of {needed} done{overdue > 0 ? `, ${overdue} overdue` : ''}.
          </p>
          {open.length > 0 && (
            <ul className="timeline-checklist-next">
              {open.slice(0, 6).map((item) => (
                <li key={item.id}>
                  <span className={(item.dueDate ?? '') < today ? 'overdue' : ''}>
                    {formatDay(item.dueDate ?? '')}
                  </span>{' '}
                  {cutText(item.title, TITLE_LIMIT)}
                  {item.owner ? ` (${item.owner})` : ''}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** The same items as a table, in time order: for reading, screen readers and the keyboard. */
function TimelineTable({ items, now }: { items: readonly TimelineItem[]; now: Date }) {
  return (
    <section className="card timeline-list" aria-labelledby="timeline-list-heading">
      <h3 id="timeline-list-heading">All dates</h3>
      <table className="timeline-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Lane</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const overdue = isOverdue(item, now);
            const moved = movedText(item);
            return (
              <tr
                key={item.id}
                className={overdue ? 'is-overdue' : moved ? 'is-moved' : undefined}
                data-testid="timeline-row"
              >
                <td>{itemWhenInFull(item)}</td>
                <td>
                  <LongText text={item.title} limit={TITLE_LIMIT} />
                  {item.lotTitle && (
                    <span className="muted"> · {cutText(item.lotTitle, TITLE_LIMIT)}</span>
                  )}
                  {item.owner && <span className="muted"> · Owner: {item.owner}</span>}
                  {item.detail && (
                    <span className="timeline-row-detail">
                      <LongText text={item.detail} limit={PROSE_LIMIT} />
                    </span>
                  )}
                </td>
                <td>{LANE_LABELS[item.lane]}</td>
                <td>
                  {item.done ? '✓ Done' : overdue ? 'Overdue' : item.status ? statusText(item) : ''}
                  {moved && <span className="timeline-moved"> {moved}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
