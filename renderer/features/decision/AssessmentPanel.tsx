import type { DecisionSettings } from '../../../shared/workspace/model';
import { RECOMMENDATION_LABELS } from './decision-words';
import { useLiveAssessment } from './live-assessment';

/** "a, b and c". */
function listOf(labels: string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/**
 * The assessment as the user scores: the score out of 100, the recommendation and why. A failed
 * gate outweighs everything, so it is said first and in full.
 */
export function AssessmentPanel({ settings }: { settings: DecisionSettings }) {
  const assessment = useLiveAssessment(settings);
  const { score, recommendation, failedGates } = assessment;
  const counted = settings.factors.filter((f) => f.weight > 0);
  const answeredGates = settings.gates.length - assessment.unansweredGates.length;
  const scored = counted.length - assessment.unscoredFactors.length;
  // The failed-gate reasons come first; the headline says them, so the list need not repeat them.
  const reasons = assessment.reasons.slice(failedGates.length);
  const { bid, review } = settings.thresholds;
  return (
    <aside className="assessment" aria-labelledby="assessment-heading" data-testid="assessment">
      <h3 id="assessment-heading">Assessment</h3>
      <div aria-live="polite" aria-atomic="true">
        <p className="assessment-score">
          {score === null ? (
            <span className="muted">No score yet</span>
          ) : (
            <>
              <span className="assessment-number" data-testid="assessment-score">
                {score}
              </span>{' '}
              out of 100
            </>
          )}
        </p>
        <p className={`recommendation recommendation-${recommendation}`}>
          <span className="recommendation-label">Recommendation:</span>{' '}
          <strong data-testid="recommendation">{RECOMMENDATION_LABELS[recommendation]}</strong>
        </p>
        {failedGates.length > 0 && (
          <p className="gate-failed">
            No bid — {failedGates.length === 1 ? 'gate' : 'gates'} not passed:{' '}
            {listOf(failedGates.map((g) => g.label))}, whatever the score.
          </p>
        )}
      </div>
      <ul className="reasons">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p className="progress-line">
        Gates answered: {answeredGates} of {settings.gates.length}
        <br />
        Factors scored: {scored} of {counted.length}
      </p>
      <p className="muted thresholds">
        Bid at {bid} or more; review from {review} to below {bid}; no bid below {review}.{' '}
        <a href="#/settings">Change in Settings</a>
      </p>
    </aside>
  );
}
