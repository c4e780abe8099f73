import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useUndoableRemove } from '../../lib/undo';
import { UndoToast } from '../../lib/UndoToast';
import { weightShares, type MatrixFormInput } from './settings-form';

/** Where a removed factor is offered back. */
const UNDO_PLACE = 'settings-factors';

/**
 * The weighted factors: add, rename, weigh (0–100), describe, remove (with undo until saved).
 * Each weight is shown as its share of the score, which is what it means in the end.
 */
export function FactorsEditor() {
  const {
    control,
    register,
    getValues,
    formState: { errors },
  } = useFormContext<MatrixFormInput>();
  const { fields, append, remove, insert } = useFieldArray({
    control,
    name: 'factors',
    keyName: 'fieldKey',
  });
  const watched = useWatch({ control, name: 'factors' });
  const weights = watched.map((f) => f.weight);
  const shares = weightShares(weights);
  const total = weights.reduce((sum, w) => sum + (Number.isFinite(w) && w > 0 ? w : 0), 0);
  const listError = errors.factors?.root?.message ?? errors.factors?.message;

  const removeAt = useUndoableRemove(
    UNDO_PLACE,
    { length: fields.length, get: (i) => getValues(`factors.${i}`), remove, insert },
    (factor) => `Removed the factor “${factor.label || 'without a name'}”`,
  );

  return (
    <fieldset className="matrix-part">
      <legend>Weighted factors</legend>
      <p className="muted">
        Each is scored 1–5 for an opportunity. The weights add up to {total}
        {total === 100 ? '' : ', and only their shares count'}: a factor’s share is the part of the
        score out of 100 it can give.
      </p>
      <ol className="editor-list">
        {fields.map((field, i) => {
          const labelError = errors.factors?.[i]?.label?.message;
          const weightError = errors.factors?.[i]?.weight?.message;
          return (
            <li key={field.fieldKey}>
              <fieldset className="editor-item">
                <legend>Factor {i + 1}</legend>
                <div className="editor-fields">
                  <label className="field field-name">
                    Name
                    <input
                      type="text"
                      aria-invalid={labelError !== undefined}
                      aria-describedby={labelError ? `factor-${i}-label-error` : undefined}
                      {...register(`factors.${i}.label`)}
                    />
                  </label>
                  <label className="field field-narrow">
                    Weight (0–100)
                    <input
                      type="number"
                      min={0}
                      max={100}
                      step={1}
                      aria-invalid={weightError !== undefined}
                      aria-describedby={`factor-${i}-share${weightError ? ` factor-${i}-weight-error` : ''}`}
                      {...register(`factors.${i}.weight`, { valueAsNumber: true })}
                    />
                  </label>
                  <span id={`factor-${i}-share`} className="share" data-testid="factor-share">
                    {shares[i] ?? 0}% of the score
                  </span>
                  <label className="field field-wide">
                    What it means
                    <textarea rows={2} {...register(`factors.${i}.help`)} />
                  </label>
                  <button
                    type="button"
                    className="link-button"
                    disabled={fields.length <= 1}
                    title={fields.length <= 1 ? 'Keep at least one factor' : undefined}
                    onClick={() => removeAt(i)}
                  >
                    Remove this factor
                  </button>
                </div>
                {labelError && (
                  <p id={`factor-${i}-label-error`} className="field-error">
                    {labelError}
                  </p>
                )}
                {weightError && (
                  <p id={`factor-${i}-weight-error`} className="field-error">
                    {weightError}
                  </p>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {listError && <p className="field-error">{listError}</p>}
      <UndoToast place={UNDO_PLACE} />
      <button
        type="button"
        className="button"
        onClick={() => append({ id: crypto.randomUUID(), label: '', help: '', weight: 10 })}
      >
        Add a factor
      </button>
    </fieldset>
  );
}
