import type { RollUp } from '../../../shared/workspace';
import type { GoNoGoDecision } from '../../../shared/workspace/model';
import type { LotRecord } from '../../db';
import { formatDay } from '../../../shared/calendar';
import { lotName, OUTCOME_LABELS } from './decision-words';
import { useDecisionStore } from './decision-store';

const WHOLE = 'whole';

/** "Bid (20 Apr 2026)", "Bid (the whole-opportunity decision)" or "No decision yet". */
function lotStatus(own: GoNoGoDecision | undefined, whole: GoNoGoDecision | null): string {
  if (own) return `${OUTCOME_LABELS[own.outcome]} (${formatDay(own.decidedOn)})`;
  if (whole) return `${OUTCOME_LABELS[whole.outcome]} (the whole-opportunity decision)`;
  return 'No decision yet';
}

/**
 * Where the opportunity stands (the roll-up across lots, lot by lot) and what the next decision
 * is about: the whole opportunity or one lot. Lots the notice dropped stay choosable, marked.
 */
export function ScopeChooser({
  opportunityId,
  lots,
  lotId,
  rollUp,
  whole,
  byLot,
}: {
  opportunityId: string;
  lots: LotRecord[];
  lotId: string | null;
  rollUp: RollUp;
  whole: GoNoGoDecision | null;
  byLot: Map<string, GoNoGoDecision>;
}) {
  const choose = useDecisionStore((s) => s.chooseScope);
  const current = lots.find((l) => l.id === lotId);
  return (
    <section className="card decision-scope" aria-labelledby="decision-heading">
      <h2 id="decision-heading">Go/no-go decision</h2>
      <p className="rollup">
        Where it stands: <strong data-testid="decision-rollup">{rollUp.text}</strong>
      </p>
      {lots.length > 1 && (
        <ul className="lot-statuses">
          {lots.map((lot) => (
            <li key={lot.id} className={lot.removedFromNotice ? 'removed' : undefined}>
              {lotName(lot)}
              {lot.removedFromNotice && ' (no longer in the notice)'}:{' '}
              <strong>{lotStatus(byLot.get(lot.id), whole)}</strong>
            </li>
          ))}
        </ul>
      )}
      <label className="field scope-field">
        Decide about
        <select
          value={lotId ?? WHOLE}
          onChange={(e) => choose(opportunityId, e.target.value === WHOLE ? null : e.target.value)}
        >
          <option value={WHOLE}>The whole opportunity</option>
          {lots.map((lot) => (
            <option key={lot.id} value={lot.id}>
              {lotName(lot)}
              {lot.removedFromNotice ? ' (no longer in the notice)' : ''}
            </option>
          ))}
        </select>
      </label>
      <p className="muted scope-help">
        {lotId === null
          ? lots.length > 0
            ? 'A decision about the whole opportunity applies to every lot without its own decision.'
            : 'This notice has no lots: decide about the whole opportunity.'
          : current?.removedFromNotice
            ? 'The latest notice no longer lists this lot. Its decisions are kept.'
            : 'This decision is about this lot only.'}
      </p>
    </section>
  );
}
