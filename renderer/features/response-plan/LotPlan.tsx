import { planSummary, plannedCriteria } from '../../../shared/workspace/response-plan';
import type { CriterionPlan, ScoringScale } from '../../../shared/workspace/model';
import type { LotRecord } from '../../db';
import { SaveStatus } from '../../lib/SaveStatus';
import { CriterionRow } from './CriterionRow';
import { PlanSummaryPanel } from './PlanSummaryPanel';
import { PlanShortcuts } from './PlanShortcuts';
import { usePlanStore } from './plan-store';
import { PLAN_COLUMNS } from './response-plan-words';
import { cutText, TITLE_LIMIT } from '../../lib/long-text';

const SCALES = [5, 10, 100];

/** One lot's response plan: the stage split, the scale, a row per criterion, and the summary. */
export function LotPlan({
  lot,
  plans,
  scale,
  opportunityId,
}: {
  lot: LotRecord;
  plans: CriterionPlan[];
  scale: ScoringScale;
  opportunityId: string;
}) {
  const name = `Lot ${lot.lotKey}${lot.title ? `: ${cutText(lot.title, TITLE_LIMIT)}` : ''}`;
  const criteria = plannedCriteria(lot.criteria, plans, lot.weightingDescription);
  const summary = planSummary(criteria, scale, lot.weightingParts);
  const scaleSave = usePlanStore((s) => s.saves[`scale:${lot.id}`]);
  const scales = SCALES.includes(scale.max) ? SCALES : [...SCALES, scale.max].sort((a, b) => a - b);
  const headingId = `plan-lot-${lot.id}`;

  return (
    <section className="card plan-lot" aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      {lot.removedFromNotice && (
        <p className="muted">The latest notice no longer lists this lot. Its plan is kept.</p>
      )}
      <div className="plan-facts">
        <div>
          <h3>How the marks are split</h3>
          {lot.weightingParts.length > 0 ? (
            <ul className="stages">
              {lot.weightingParts.map((part) => (
                <li key={part.label}>
                  <strong>{part.weight}%</strong> {part.label}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">The notice does not split the marks into stages.</p>
          )}
          {lot.weightingDescription && (
            <p className="muted">
              The notice says: <q>{lot.weightingDescription}</q>
            </p>
          )}
        </div>
        <div className="field scale-field">
          <label htmlFor={`${headingId}-scale`}>The buyer scores each answer from 0 to</label>
          <select
            id={`${headingId}-scale`}
            value={scale.max}
            onChange={(e) => void usePlanStore.getState().setScale(lot.id, Number(e.target.value))}
          >
            {scales.map((max) => (
              <option key={max} value={max}>
                {max}
              </option>
            ))}
          </select>
          <span className="muted">Check the tender documents; 0 to 5 is common.</span>
          <SaveStatus state={scaleSave} />
        </div>
      </div>
      {criteria.length === 0 ? (
        <p className="muted">
          The notice lists no award criteria for this lot. They are usually in the tender documents
          (the invitation to tender or evaluation guide); re-import the notice when the buyer
          publishes them.
        </p>
      ) : (
        <>
          <PlanSummaryPanel
            criteria={criteria}
            summary={summary}
            scaleMax={scale.max}
            headingId={`${headingId}-summary`}
          />
          <PlanShortcuts
            criteria={criteria}
            stages={lot.weightingParts}
            opportunityId={opportunityId}
            lotId={lot.id}
            headingId={`${headingId}-all`}
          />
          <div className="plan-table-wrap">
            <table className="plan-table">
              <caption className="visually-hidden">Award criteria of {name}</caption>
              <thead>
                <tr>
                  <th scope="col">{PLAN_COLUMNS.criterion}</th>
                  <th scope="col">{PLAN_COLUMNS.weight}</th>
                  <th scope="col">{PLAN_COLUMNS.marks}</th>
                  <th scope="col">{PLAN_COLUMNS.owner}</th>
                  <th scope="col">{PLAN_COLUMNS.wordLimit}</th>
                  <th scope="col">{PLAN_COLUMNS.pageLimit}</th>
                  <th scope="col">{PLAN_COLUMNS.draft}</th>
                  <th scope="col">{PLAN_COLUMNS.selfScore}</th>
                  <th scope="col">
                    <span className="visually-hidden">Saved</span>
                  </th>
                </tr>
              </thead>
              {criteria.map((criterion) => (
                <CriterionRow
                  key={criterion.key}
                  criterion={criterion}
                  outlook={summary.byCriterion.find((o) => o.key === criterion.key)}
                  opportunityId={opportunityId}
                  lotId={lot.id}
                  scaleMax={scale.max}
                />
              ))}
            </table>
          </div>
        </>
      )}
    </section>
  );
}
