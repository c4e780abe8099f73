import { bidStatus, checklistProgress, latestDecisions } from '../../../shared/workspace';
import { useOutcomes } from '../../app/outcome-queries';
import { lotSubmissionDeadline } from '../../db';
import { countdown, formatUkDate } from '../../../shared/calendar';
import { UndoToast } from '../../lib/UndoToast';
import type { WorkspaceTabProps } from '../opportunity';
import { useDecisions } from '../decision';
import { OwnerNameList } from '../response-plan';
import { useChecklist } from './checklist-queries';
import { CHECKLIST_UNDO_PLACE, useChecklistStore } from './checklist-store';
import { ChecklistProgress } from './ChecklistProgress';
import { LotChecklist } from './LotChecklist';
import { CHECKLIST_ORDER_LABELS, type ChecklistOrder } from './checklist-words';
import './checklist.css';

/** The submission checklist: what to prepare for each lot, who owns it and when it is due. */
export function ChecklistTab({ detail, now }: WorkspaceTabProps) {
  const items = useChecklist(detail.opportunity.id);
  const decisions = useDecisions(detail.opportunity.id);
  const outcomes = useOutcomes(detail.opportunity.id);
  const message = useChecklistStore((s) => s.message);
  const order = useChecklistStore((s) => s.order);
  if (items === undefined || decisions === undefined || outcomes === undefined) {
    return <p className="loading">Loading the checklist…</p>;
  }
  const inForce = latestDecisions(decisions);
  const { stage } = detail.opportunity;
  const closed =
    bidStatus({ stage, keyDates: detail.keyDates, decisions, outcomes }, now).ended === 'closed';

  // Lots the notice dropped stay only while they carry the user's items.
  const lots = detail.lots.filter(
    (lot) => !lot.removedFromNotice || items.some((i) => i.lotId === lot.id),
  );
  const lotsWithItems = lots.filter((lot) => items.some((i) => i.lotId === lot.id)).length;
  const deadline = lotSubmissionDeadline(detail.keyDates, null);
  const deadlineDate = detail.keyDates.find(
    (d) => d.kind === 'submissionDeadline' && d.at === deadline,
  );

  return (
    <div className="checklist">
      <OwnerNameList opportunityId={detail.opportunity.id} />
      <section className="card checklist-summary" aria-labelledby="checklist-heading">
        <h2 id="checklist-heading" tabIndex={-1}>
          Submission checklist
        </h2>
        {lotsWithItems > 1 && (
          <ChecklistProgress progress={checklistProgress(items)} label="All lots" />
        )}
        <p className="muted">
          {deadline && deadlineDate
            ? `Due dates count back from the submission deadline, ${formatUkDate(deadline, deadlineDate.allDay)} (${countdown(deadline, deadlineDate.allDay, now)}). `
            : 'The notice gives no submission deadline yet. '}
          Changes save as you go.
        </p>
        {lotsWithItems > 0 && (
          <label className="checklist-order">
            Order items{' '}
            <select
              value={order}
              onChange={(e) =>
                useChecklistStore.getState().setOrder(e.target.value as ChecklistOrder)
              }
            >
              {(Object.keys(CHECKLIST_ORDER_LABELS) as ChecklistOrder[]).map((key) => (
                <option key={key} value={key}>
                  {CHECKLIST_ORDER_LABELS[key]}
                </option>
              ))}
            </select>
          </label>
        )}
      </section>
      <UndoToast place={CHECKLIST_UNDO_PLACE} />
      {lots.length === 0 ? (
        <section className="card">
          <p>
            The notice lists no lots, so there is nothing to make a checklist for yet. Re-import the
            notice once the buyer publishes the tender.
          </p>
        </section>
      ) : (
        lots.map((lot) => {
          const lotDeadline = lotSubmissionDeadline(detail.keyDates, lot.lotKey);
          return (
            <LotChecklist
              key={lot.id}
              lot={lot}
              items={items.filter((i) => i.lotId === lot.id)}
              opportunityId={detail.opportunity.id}
              deadline={lotDeadline ? formatUkDate(lotDeadline) : null}
              decision={inForce.byLot.get(lot.id) ?? inForce.opportunity}
              closed={closed}
              now={now}
            />
          );
        })
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
