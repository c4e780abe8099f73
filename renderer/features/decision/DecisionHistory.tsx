import { decisionNeedsReview } from '../../../shared/workspace';
import type { GoNoGoDecision } from '../../../shared/workspace/model';
import { DecisionEntry } from './DecisionEntry';

/**
 * Decisions recorded for one lot or the whole opportunity, newest first. A decision made before
 * the notice last changed is flagged for review.
 */
export function DecisionHistory({
  title,
  decisions,
  inForceId,
  noticeChangedAt,
  emptyText,
}: {
  title: string;
  decisions: GoNoGoDecision[];
  /** The decision in force, marked as such. */
  inForceId: string | null;
  /** When re-imports changed the notice (the change log's `importedAt`). */
  noticeChangedAt: string[];
  /** Said when there are none; without it, an empty history is not shown. */
  emptyText?: string;
}) {
  if (decisions.length === 0 && !emptyText) return null;
  return (
    <section className="card decision-history" aria-labelledby="history-heading">
      <h3 id="history-heading">{title}</h3>
      {decisions.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ol className="history-list">
          {decisions.map((decision) => (
            <li key={decision.id}>
              <DecisionEntry
                decision={decision}
                inForce={decision.id === inForceId}
                needsReview={decisionNeedsReview(decision, noticeChangedAt)}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
