import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type { DraftStatus } from '../../../shared/workspace/model';
import type { CriterionOutlook, PlannedCriterion } from '../../../shared/workspace/response-plan';
import { SaveStatus } from '../../lib/SaveStatus';
import {
  criterionFormSchema,
  DRAFT_STATUS_LABELS,
  fieldPatch,
  formValues,
  type CriterionField,
  type CriterionFormValues,
} from './criterion-form';
import { criterionSaveKey, usePlanStore } from './plan-store';
import { marks, PLAN_COLUMNS } from './response-plan-words';
import { LongText } from '../../lib/LongText';
import { OWNER_NAMES_ID } from './OwnerNameList';
import { NAME_LIMIT, PROSE_LIMIT } from '../../lib/long-text';

const DRAFT_STATUSES = Object.keys(DRAFT_STATUS_LABELS) as DraftStatus[];

/** How many table columns a criterion's first row has (the evidence row spans them all). */
export const CRITERION_COLUMNS = 9;

/**
 * One award criterion's plan: its weight (the notice's or the user's correction), the marks it
 * carries, who writes it, its limits, how far the draft is, the self-score, and the evidence to
 * cite. Each field saves when the user leaves it, once it is valid.
 */
export function CriterionRow({
  criterion,
  outlook,
  opportunityId,
  lotId,
  scaleMax,
}: {
  criterion: PlannedCriterion;
  outlook: CriterionOutlook | undefined;
  opportunityId: string;
  lotId: string;
  scaleMax: number;
}) {
  const saveKey = criterionSaveKey(lotId, criterion.key);
  const save = usePlanStore((s) => s.saves[saveKey]);
  const schema = useMemo(() => criterionFormSchema(scaleMax), [scaleMax]);
  const stored = formValues(criterion);
  const {
    register,
    trigger,
    getValues,
    formState: { errors },
  } = useForm<CriterionFormValues>({
    resolver: zodResolver(schema),
    values: stored,
    resetOptions: { keepDirtyValues: true, keepErrors: true },
    mode: 'onBlur',
  });

  const commit = async (field: CriterionField): Promise<void> => {
    if (!(await trigger(field))) return;
    const values = getValues();
    if (values[field] === stored[field]) return;
    await usePlanStore.getState().save({
      opportunityId,
      lotId,
      criterionKey: criterion.key,
      ...fieldPatch(field, values, criterion),
    });
  };
  const field = (name: CriterionField, label: string) => ({
    ...register(name, { onBlur: () => void commit(name) }),
    id: `${saveKey}-${name}`,
    'aria-label': `${label} for ${criterion.name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `${saveKey}-${name}-error` : undefined,
  });
  const error = (name: CriterionField) =>
    errors[name] && (
      <span id={`${saveKey}-${name}-error`} className="field-error" role="alert">
        {errors[name].message}
      </span>
    );

  return (
    <tbody className={`criterion weight-${criterion.weightSource}`}>
      <tr>
        <th scope="row" className="criterion-name">
          <LongText text={criterion.name} limit={NAME_LIMIT} />
          <span className="badge">{typeLabel(criterion.type)}</span>
        </th>
        <td className="criterion-weight" data-label={PLAN_COLUMNS.weight}>
          <span className="with-unit">
            <input {...field('weight', 'Weight (%)')} inputMode="decimal" className="num" />%
          </span>
          {error('weight')}
          <WeightSource criterion={criterion} />
        </td>
        <td className="criterion-marks" data-label={PLAN_COLUMNS.marks}>
          {outlook?.marksAvailable != null ? marks(outlook.marksAvailable) : '—'}
          {outlook?.expected != null && (
            <span className="muted expected">expect {marks(outlook.expected)}</span>
          )}
        </td>
        <td data-label={PLAN_COLUMNS.owner}>
          <input
            {...field('owner', 'Owner')}
            list={OWNER_NAMES_ID}
            placeholder="Who writes it"
            className="owner"
          />
        </td>
        <td data-label={PLAN_COLUMNS.wordLimit}>
          <input {...field('wordLimit', 'Word limit')} inputMode="numeric" className="num" />
          {error('wordLimit')}
        </td>
        <td data-label={PLAN_COLUMNS.pageLimit}>
          <input {...field('pageLimit', 'Page limit')} inputMode="decimal" className="num" />
          {error('pageLimit')}
        </td>
        <td data-label={PLAN_COLUMNS.draft}>
          <select
            {...register('draftStatus', { onChange: () => void commit('draftStatus') })}
            aria-label={`Draft status for ${criterion.name}`}
          >
            {DRAFT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {DRAFT_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </td>
        <td className="criterion-score" data-label={PLAN_COLUMNS.selfScore}>
          <span className="with-unit">
            <input {...field('selfScore', 'Self-score')} inputMode="decimal" className="num" />
            <span className="muted">of {scaleMax}</span>
          </span>
          {error('selfScore')}
        </td>
        <td>
          <SaveStatus state={save} />
        </td>
      </tr>
      <tr className="evidence-row">
        <td colSpan={CRITERION_COLUMNS}>
          <label className="evidence">
            <span>Evidence to cite</span>
            <textarea
              {...field('evidence', 'Evidence to cite')}
              rows={1}
              placeholder="Case studies, outcomes data, policies, quotes from service users…"
            />
          </label>
          {criterion.description && (
            <details className="criterion-description">
              <summary>What the notice says about it</summary>
              <p className="notice-text">
                <LongText text={criterion.description} limit={PROSE_LIMIT} />
              </p>
            </details>
          )}
        </td>
      </tr>
    </tbody>
  );
}

/** "quality" → "Quality". */
function typeLabel(type: string): string {
  return type ? type.charAt(0).toUpperCase() + type.slice(1) : 'Criterion';
}

/** Where the weight came from, and the notice's own words beside a correction. */
function WeightSource({ criterion }: { criterion: PlannedCriterion }) {
  if (criterion.weightSource === 'missing') {
    return (
      <span className="weight-note weight-missing">
        Weight not given — enter it from the tender documents
      </span>
    );
  }
  // A two-level weighting: the notice's "50" is 50% of the quality marks, not of the total.
  const stated =
    criterion.noticeWeightAsStated === null
      ? ''
      : ` (stated as ${criterion.noticeWeightAsStated} out of 100 for quality)`;
  if (criterion.weightSource === 'notice') {
    return <span className="weight-note muted">from the notice{stated}</span>;
  }
  if (criterion.noticeWeight === null) {
    return <span className="weight-note muted">entered by you</span>;
  }
  return (
    <span className="weight-note weight-user">
      Your correction: the notice says {criterion.noticeWeight}%{stated}
      {criterion.noticeWording && <> (“{criterion.noticeWording}”)</>}
    </span>
  );
}
