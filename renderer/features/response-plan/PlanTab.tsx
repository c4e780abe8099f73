import type { WorkspaceTabProps } from '../opportunity';
import { LotPlan } from './LotPlan';
import { OwnerNameList } from './OwnerNameList';
import { useCriterionPlans, useScales } from './plan-queries';
import './response-plan.css';

/**
 * The response plan: for each lot, how the marks are split, and for each award criterion who
 * answers it, the limits, the evidence, the draft's progress and a self-score, adding up to a
 * projected total and where effort pays most.
 */
export function PlanTab({ detail }: WorkspaceTabProps) {
  const plans = useCriterionPlans(detail.opportunity.id);
  const lots = detail.lots.filter(
    (lot) => !lot.removedFromNotice || plans?.some((p) => p.lotId === lot.id),
  );
  const scales = useScales(lots.map((lot) => lot.id));
  if (plans === undefined || scales === undefined) {
    return <p className="loading">Loading the response plan…</p>;
  }
  return (
    <div className="plan">
      <OwnerNameList opportunityId={detail.opportunity.id} />
      <section className="card" aria-labelledby="plan-heading">
        <h2 id="plan-heading">Response plan</h2>
        <p className="muted">
          Plan each answer by its weight: who writes it, the limits, the evidence to cite, how far
          the draft is, and the score you honestly expect. Changes save when you leave a field. An
          answer&apos;s owner is also its owner on the checklist.
        </p>
      </section>
      {lots.length === 0 ? (
        <section className="card">
          <p>The notice lists no lots, so there are no award criteria to plan against yet.</p>
        </section>
      ) : (
        lots.map((lot) => (
          <LotPlan
            key={lot.id}
            lot={lot}
            plans={plans.filter((p) => p.lotId === lot.id)}
            scale={scales[lot.id] ?? { max: 5 }}
            opportunityId={detail.opportunity.id}
          />
        ))
      )}
    </div>
  );
}
