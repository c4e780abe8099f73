import { decisionNeedsReview } from '../../../shared/workspace';
import type { GoNoGoDecision } from '../../../shared/workspace/model';
import { DecisionEntry } from './DecisionEntry';

/**
 * The decision in force for this lot or opportunity, shown instead of the form once there is
 * one, with the way to reassess (a new decision, starting from this one's answers).
 */
export function DecisionInForce({
  decision,
  scopeName,
  noticeChangedAt,
  onReassess,
}: {
  decision: GoNoGoDecision;
  scopeName: string;
  noticeChangedAt: string[];
  onReassess: () => void;
}) {
  return (
    <section className="card decision-in-force" aria-labelledby="in-force-heading">
      <h3 id="in-force-heading">The decision about {scopeName}</h3>
      <DecisionEntry
        decision={decision}
        inForce
        needsReview={decisionNeedsReview(decision, noticeChangedAt)}
      />
      <p className="reassess-row">
        <button type="button" className="button" onClick={onReassess}>
          Reassess and record a new decision
        </button>
        <span className="muted">This decision stays in the history.</span>
      </p>
    </section>
  );
}
