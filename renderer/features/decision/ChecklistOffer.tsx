import { opportunityHref } from '../../app/router';
import type { LotRecord } from '../../db';
import { lotName } from './decision-words';
import { useDecisionStore } from './decision-store';

/**
 * The next step after deciding to bid for a lot: its submission checklist, made from the lot's
 * award criteria and the organisation's template, or a link to it once made. Not offered once the
 * tender has closed: every item would be overdue on the day it was made.
 */
export function ChecklistOffer({
  opportunityId,
  lots,
  withChecklist,
  closed,
}: {
  opportunityId: string;
  /** The lots in this decision's scope that are being bid for. */
  lots: LotRecord[];
  withChecklist: Set<string>;
  /** Every submission deadline has passed (the decision tab says when). */
  closed: boolean;
}) {
  const create = useDecisionStore((s) => s.createChecklist);
  const busy = useDecisionStore((s) => s.busy);
  if (lots.length === 0) return null;
  if (closed && !lots.some((lot) => withChecklist.has(lot.id))) {
    return (
      <section className="card checklist-offer" aria-labelledby="checklist-offer-heading">
        <h3 id="checklist-offer-heading">No submission checklist</h3>
        <p>
          The tender has closed, so there is nothing left to prepare: your decision is recorded
          without a checklist.
        </p>
      </section>
    );
  }
  const href = opportunityHref(opportunityId, 'checklist');
  return (
    <section className="card checklist-offer" aria-labelledby="checklist-offer-heading">
      <h3 id="checklist-offer-heading">
        {lots.every((lot) => withChecklist.has(lot.id))
          ? 'The submission checklist'
          : 'Next: the submission checklist'}
      </h3>
      <ul>
        {lots.map((lot) => (
          <li key={lot.id}>
            {withChecklist.has(lot.id) ? (
              <>
                The submission checklist for {lotName(lot)} is ready.{' '}
                <a className="button" href={href}>
                  Open the Checklist tab
                </a>
              </>
            ) : (
              <>
                You are bidding for {lotName(lot)}: list what to prepare, with due dates worked back
                from the deadline.{' '}
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy}
                  onClick={() => void create(opportunityId, lot)}
                >
                  {lots.length === 1
                    ? 'Create the submission checklist for this lot'
                    : `Create the submission checklist for ${lotName(lot)}`}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
