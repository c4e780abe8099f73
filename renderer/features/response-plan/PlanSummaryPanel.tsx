import type { PlannedCriterion, PlanSummary } from '../../../shared/workspace/response-plan';
import { marks, weightsCheck } from './response-plan-words';
import { cutText, NAME_LIMIT } from '../../lib/long-text';

const CHEAPEST_SHOWN = 3;

/**
 * The lot's plan in numbers: the projected total from the self-scores, whether the weights add
 * up, and the answers where a better score is worth most.
 */
export function PlanSummaryPanel({
  criteria,
  summary,
  scaleMax,
  headingId,
}: {
  criteria: PlannedCriterion[];
  summary: PlanSummary;
  scaleMax: number;
  headingId: string;
}) {
  const check = weightsCheck(summary, criteria.length, summary.stages);
  const scored = criteria.filter((c) => c.plan?.selfScore != null).length;
  const cheapest = summary.cheapestMarks
    .slice(0, CHEAPEST_SHOWN)
    .map((key) => ({
      criterion: criteria.find((c) => c.key === key),
      outlook: summary.byCriterion.find((o) => o.key === key),
    }))
    .filter((x) => x.criterion && x.outlook);

  return (
    <section className="plan-summary" aria-labelledby={headingId}>
      <h3 id={headingId}>Summary</h3>
      {check && !check.ok && (
        <p className="warning-text" role="note">
          {check.text}
        </p>
      )}
      <p className="projected" data-testid="projected-total">
        {summary.projected === null ? (
          <span className="muted">
            Give each answer a self-score (0 to {scaleMax}) to see your projected total.
          </span>
        ) : (
          <>
            Projected <strong>{marks(summary.projected)}</strong> of {marks(summary.projectedOf)}{' '}
            marks scored so far
            <span className="muted">
              {' '}
              ({scored} of {criteria.length} answers self-scored
              {summary.weightsMissing.length > 0
                ? '; answers without a weight are not counted'
                : ''}
              )
            </span>
          </>
        )}
      </p>
      {check?.ok && <p className="weights-ok">{check.text}</p>}
      <h4>Where marks are cheapest to gain</h4>
      {cheapest.length === 0 ? (
        <p className="muted">
          {summary.weightsMissing.length === criteria.length
            ? 'Enter the weights first: the answers worth improving are the ones that carry the most marks.'
            : 'Nothing left to gain on the answers with a weight: every one is self-scored at full marks.'}
        </p>
      ) : (
        <>
          <p className="muted">
            The answers where a better score is worth most: each one&apos;s weight times the points
            still to gain on the 0 to {scaleMax} scale. Improve these first.
          </p>
          <ol className="cheapest" data-testid="cheapest-marks">
            {cheapest.map(({ criterion, outlook }) => {
              if (!criterion || !outlook) return null;
              const score = criterion.plan?.selfScore;
              return (
                <li key={criterion.key}>
                  <strong>{cutText(criterion.name, NAME_LIMIT)}</strong>: weight{' '}
                  {marks(outlook.marksAvailable ?? 0)}%,{' '}
                  {score == null
                    ? 'not self-scored yet'
                    : `self-scored ${marks(score)} of ${scaleMax}`}{' '}
                  — up to {marks(outlook.gainValue ?? 0)} marks to gain.
                </li>
              );
            })}
          </ol>
          {summary.weightsMissing.length > 0 && (
            <p className="muted">Criteria without a weight are left out until you enter one.</p>
          )}
        </>
      )}
    </section>
  );
}
