import { useState } from 'react';
import type { PlannedCriterion } from '../../../shared/workspace/response-plan';
import { criteriaTotal, splitRemainingWeight } from '../../../shared/workspace/weight-split';
import type { WeightingPart } from '../../../shared/notice/model';
import { SaveStatus } from '../../lib/SaveStatus';
import { OWNER_NAMES_ID } from './OwnerNameList';
import { usePlanStore } from './plan-store';
import { PLAN_SHORTCUT_DONE, splitOffer } from './response-plan-words';

/**
 * What a lot's plan can do for all its answers at once: split the weight the notice's stage
 * leaves evenly over the answers without one, and give every unassigned answer an owner.
 */
export function PlanShortcuts({
  criteria,
  stages,
  opportunityId,
  lotId,
  headingId,
}: {
  criteria: PlannedCriterion[];
  stages: WeightingPart[];
  opportunityId: string;
  lotId: string;
  headingId: string;
}) {
  const saveMany = usePlanStore((s) => s.saveMany);
  const state = usePlanStore((s) => s.saves[`lot:${lotId}`]);
  const [owner, setOwner] = useState('');
  const [done, setDone] = useState('Saved');
  const [note, setNote] = useState('');
  const total = criteriaTotal(stages);
  const split = total === null ? null : splitRemainingWeight(criteria, total);
  const unassigned = criteria.filter((c) => !c.plan?.owner);
  const input = (key: string) => ({ opportunityId, lotId, criterionKey: key });

  const splitWeights = async (): Promise<void> => {
    if (!split) return;
    setNote('');
    const saved = await saveMany(
      lotId,
      split.shares.map((s) => ({ ...input(s.key), weight: s.weight })),
    );
    if (saved) setDone(PLAN_SHORTCUT_DONE.split(split.shares.length, split.remaining));
  };
  const assign = async (): Promise<void> => {
    const name = owner.trim();
    if (!name) return setNote(PLAN_SHORTCUT_DONE.noOwner);
    if (unassigned.length === 0) return setNote(PLAN_SHORTCUT_DONE.noneUnassigned);
    setNote('');
    const saved = await saveMany(
      lotId,
      unassigned.map((c) => ({ ...input(c.key), owner: name })),
    );
    if (saved) setDone(PLAN_SHORTCUT_DONE.assigned(unassigned.length, name));
  };

  return (
    <section className="plan-shortcuts" aria-labelledby={headingId}>
      <h3 id={headingId}>For all answers</h3>
      {split && (
        <p className="shortcut">
          <button
            type="button"
            className="button"
            aria-describedby={`${headingId}-split`}
            onClick={() => void splitWeights()}
          >
            Split the remaining weight evenly
          </button>{' '}
          <span id={`${headingId}-split`} className="muted">
            {splitOffer(
              split.shares.length,
              split.remaining,
              split.shares.map((s) => s.weight),
            )}
          </span>
        </p>
      )}
      <form
        className="shortcut"
        onSubmit={(e) => {
          e.preventDefault();
          void assign();
        }}
      >
        <label className="field">
          Owner for every unassigned answer
          <input
            type="text"
            list={OWNER_NAMES_ID}
            value={owner}
            placeholder="Who writes them"
            onChange={(e) => setOwner(e.target.value)}
          />
        </label>
        <button type="submit" className="button">
          Assign to all unassigned
        </button>
        <span className="muted">
          {PLAN_SHORTCUT_DONE.unassigned(unassigned.length, criteria.length)}
        </span>
      </form>
      <p className="shortcut-status">
        <span role="status">{note}</span> <SaveStatus state={state} savedText={done} />
      </p>
    </section>
  );
}
