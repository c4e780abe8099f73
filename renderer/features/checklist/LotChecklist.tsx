import type { ChecklistItem, GoNoGoDecision } from '../../../shared/workspace/model';
import { formatDay } from '../../../shared/calendar';
import { checklistProgress, sortChecklist } from '../../../shared/workspace';
import { opportunityHref } from '../../app/router';
import type { LotRecord } from '../../db';
import { SaveStatus } from '../../lib/SaveStatus';
import { AddItemForm } from './AddItemForm';
import { ChecklistItemRow } from './ChecklistItemRow';
import { useChecklistStore } from './checklist-store';
import { ChecklistProgress } from './ChecklistProgress';
import { cutText, TITLE_LIMIT } from '../../lib/long-text';

/** "Lot 1: Hate Crime Service", or just "Lot 1". */
export function lotName(lot: LotRecord): string {
  return `Lot ${lot.lotKey}${lot.title ? `: ${cutText(lot.title, TITLE_LIMIT)}` : ''}`;
}

/** One lot's checklist: progress, moved due dates to confirm, the items, and adding one. */
export function LotChecklist({
  lot,
  items,
  opportunityId,
  deadline,
  decision,
  closed,
  now,
}: {
  lot: LotRecord;
  items: ChecklistItem[];
  opportunityId: string;
  /** The lot's submission deadline as text ("6 May 2026 12:00"), or null when none is given. */
  deadline: string | null;
  /** The go/no-go decision in force for this lot (its own, else the opportunity's). */
  decision: GoNoGoDecision | null;
  /** Every submission deadline has passed: a new checklist would be all overdue. */
  closed: boolean;
  now: Date;
}) {
  const name = lotName(lot);
  const headingId = `checklist-lot-${lot.id}`;
  const moved = items.filter((i) => i.movedFrom !== null);
  const { create, acknowledge } = useChecklistStore.getState();
  const creating = useChecklistStore((s) => s.saves[`create:${lot.id}`]);
  const order = useChecklistStore((s) => s.order);
  const listed = order === 'due' ? sortChecklist(items) : items;
  const seeing = useChecklistStore((s) => s.saves[`seen:${lot.id}`]);

  return (
    <section className="card checklist-lot" aria-labelledby={headingId}>
      <div className="checklist-lot-head">
        <h2 id={headingId}>{name}</h2>
        {items.length > 0 && (
          <ChecklistProgress progress={checklistProgress(items)} label={`${name} progress`} />
        )}
      </div>
      {lot.removedFromNotice && (
        <p className="muted">The latest notice no longer lists this lot. Its checklist is kept.</p>
      )}
      {items.length === 0 && decision?.outcome === 'no-bid' ? (
        <div className="checklist-empty">
          <p>
            You decided not to bid for this lot ({formatDay(decision.decidedOn)},{' '}
            {decision.decidedBy}), so there is nothing to prepare. If that changes, record a new
            decision on the <a href={opportunityHref(opportunityId, 'decision')}>Go/no-go tab</a>.
          </p>
        </div>
      ) : items.length === 0 && closed ? (
        <div className="checklist-empty">
          <p>
            The tender has closed, so there is no checklist to make for this lot: every item would
            already be overdue.
          </p>
        </div>
      ) : items.length === 0 ? (
        <div className="checklist-empty">
          <p>
            There is no checklist for this lot yet. Bid Desk makes one when you{' '}
            <a href={opportunityHref(opportunityId, 'decision')}>
              decide to bid on the Go/no-go tab
            </a>
            : one item per award criterion, the standard documents (PSQ, insurance, accounts,
            policies) and sign-off, each due a set number of working days before the submission
            deadline, on the same plan as the timeline.
          </p>
          {deadline === null && (
            <p className="warning-text">
              The notice gives no submission deadline, so the items will have no due dates until you
              set them.
            </p>
          )}
          <button
            type="button"
            className="button button-primary"
            onClick={() => void create(opportunityId, lot.id)}
          >
            Create checklist now
          </button>
          <SaveStatus state={creating} />
        </div>
      ) : (
        <>
          {moved.length > 0 && (
            <div className="moved-banner" role="note">
              <p>
                <strong>The submission deadline moved</strong>, so{' '}
                {moved.length === 1 ? 'one due date' : `${moved.length} due dates`} moved with it.
                They are marked below.
              </p>
              <button
                type="button"
                className="button"
                onClick={() =>
                  void acknowledge(
                    moved.map((i) => i.id),
                    `seen:${lot.id}`,
                  )
                }
              >
                OK, seen all {moved.length}
              </button>
              <SaveStatus state={seeing} />
            </div>
          )}
          <table className="checklist-table">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Done</span>
                </th>
                <th scope="col">What to prepare</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
                <th scope="col">Notes</th>
                <th scope="col">
                  <span className="visually-hidden">
                    {order === 'own' ? 'Order and remove' : 'Remove'}
                  </span>
                </th>
              </tr>
            </thead>
            <tbody>
              {listed.map((item, i) => (
                <ChecklistItemRow
                  key={item.id}
                  item={item}
                  first={i === 0}
                  last={i === listed.length - 1}
                  reorder={order === 'own'}
                  now={now}
                />
              ))}
            </tbody>
          </table>
          <AddItemForm opportunityId={opportunityId} lotId={lot.id} lotName={name} />
        </>
      )}
    </section>
  );
}
