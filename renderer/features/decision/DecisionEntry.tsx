import type { GoNoGoDecision } from '../../../shared/workspace/model';
import { formatDay, formatUkDate } from '../../../shared/calendar';
import { OUTCOME_LABELS, RECOMMENDATION_LABELS } from './decision-words';

/** Who typed the decision in, when that is worth saying (someone else than the decider). */
function enteredBy(decision: GoNoGoDecision): string {
  const by = decision.updatedBy.trim();
  return by && by !== 'You' && by !== decision.decidedBy ? ` by ${by}` : '';
}

/**
 * One recorded decision: what, who and when, the score and recommendation it rested on, why,
 * and (folded) every answer, with the gate and factor names it was made with.
 */
export function DecisionEntry({
  decision,
  inForce,
  needsReview,
}: {
  decision: GoNoGoDecision;
  inForce: boolean;
  needsReview: boolean;
}) {
  const gateLabel = (id: string) =>
    decision.settings.gates.find((g) => g.id === id)?.label ?? 'A gate since removed';
  const factorLabel = (id: string) =>
    decision.settings.factors.find((f) => f.id === id)?.label ?? 'A factor since removed';
  return (
    <div className="decision-entry" data-testid="decision-history-entry">
      <p className="history-head">
        <span className={`badge outcome-badge outcome-${decision.outcome}`}>
          {OUTCOME_LABELS[decision.outcome]}
        </span>
        <strong>
          {decision.decidedBy}, {formatDay(decision.decidedOn)}
        </strong>
        {inForce && <span className="badge">In force</span>}
      </p>
      <p className="muted">
        Score {decision.score === null ? 'none' : `${decision.score} out of 100`} · recommendation{' '}
        {RECOMMENDATION_LABELS[decision.recommendation]} · recorded{' '}
        {formatUkDate(decision.createdAt)}
        {enteredBy(decision)}
      </p>
      {needsReview && (
        <p className="needs-review">The notice has changed since this decision — review it.</p>
      )}
      <p className="rationale-text">{decision.rationale}</p>
      <details>
        <summary>Show the answers</summary>
        <ul className="answers">
          {decision.gates.map((g) => (
            <li key={g.gateId}>
              {gateLabel(g.gateId)}:{' '}
              <strong>{g.passed === null ? 'not sure yet' : g.passed ? 'pass' : 'fail'}</strong>
              {g.note && <> — {g.note}</>}
            </li>
          ))}
          {decision.factors.map((f) => (
            <li key={f.factorId}>
              {factorLabel(f.factorId)}: <strong>{f.score ?? 'not scored'}</strong>
              {f.note && <> — {f.note}</>}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
