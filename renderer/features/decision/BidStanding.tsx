import { useState } from 'react';
import { formatUkDate } from '../../../shared/calendar';
import type { BidStatus } from '../../../shared/workspace';
import type { BidOutcome } from '../../../shared/workspace/model';
import { END_WORDS } from './decision-words';
import { useDecisionStore } from './decision-store';

/**
 * Where a bid the team decided to make stands: submit it, or withdraw from it, recorded (who and
 * when) as an outcome beside the decisions. Either takes its open items out of This week, the
 * calendar and clash warnings. Withdrawing asks once more: it is not something to do by a slip.
 */
export function BidStanding({
  opportunityId,
  status,
  latest,
  bidding,
}: {
  opportunityId: string;
  status: BidStatus;
  /** The outcome in force for the whole opportunity, if any. */
  latest: BidOutcome | null;
  /** Some decision in force says "bid". */
  bidding: boolean;
}) {
  const recordEnd = useDecisionStore((s) => s.recordEnd);
  const busy = useDecisionStore((s) => s.busy);
  const [confirming, setConfirming] = useState(false);
  // What the user marked, while it still holds (a decision recorded since takes the bid up again).
  const marked =
    latest?.source === 'user' && status.ended !== null && status.ended === latest.result
      ? latest
      : null;
  const canSubmit = bidding && (status.ended === null || status.ended === 'closed');
  if (!marked && !canSubmit) return null;

  return (
    <section className="card bid-standing" aria-labelledby="bid-standing-heading">
      <h3 id="bid-standing-heading">Submit or withdraw</h3>
      {marked ? (
        <p>
          {END_WORDS[marked.result as keyof typeof END_WORDS]} on {formatUkDate(marked.createdAt)}
          {recordedBy(marked)}. It is no longer on This week or the calendar; its own pages keep
          everything. To take it up again, reassess and record a new decision.
        </p>
      ) : confirming ? (
        <div role="group" aria-labelledby="withdraw-question">
          <p id="withdraw-question">
            Withdraw from this bid? Its checklist and deadlines leave This week and the calendar.
          </p>
          <p className="record-row">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void recordEnd(opportunityId, 'withdrawn')}
            >
              Yes, withdraw
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep bidding
            </button>
          </p>
        </div>
      ) : (
        <p className="record-row">
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void recordEnd(opportunityId, 'submitted')}
          >
            Mark as submitted
          </button>
          {status.ended === null && (
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              Withdraw from this bid
            </button>
          )}
          <span className="muted">Recorded with your name and the time; earlier records stay.</span>
        </p>
      )}
    </section>
  );
}

/** " by Sam Okafor", or nothing when no name was set in Settings (the app writes as "You"). */
function recordedBy(outcome: BidOutcome): string {
  return outcome.updatedBy && outcome.updatedBy !== 'You' ? ` by ${outcome.updatedBy}` : '';
}
