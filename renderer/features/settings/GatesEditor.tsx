import { useFieldArray, useFormContext } from 'react-hook-form';
import { useUndoableRemove } from '../../lib/undo';
import { UndoToast } from '../../lib/UndoToast';
import type { MatrixFormInput } from './settings-form';

/** Where a removed gate is offered back. */
const UNDO_PLACE = 'settings-gates';

/** The hard gates: add, rename, describe, remove (with undo until the matrix is saved). */
export function GatesEditor() {
  const {
    control,
    register,
    getValues,
    formState: { errors },
  } = useFormContext<MatrixFormInput>();
  const { fields, append, remove, insert } = useFieldArray({
    control,
    name: 'gates',
    keyName: 'fieldKey',
  });

  const removeAt = useUndoableRemove(
    UNDO_PLACE,
    { length: fields.length, get: (i) => getValues(`gates.${i}`), remove, insert },
    (gate) => `Removed the gate “${gate.label || 'without a name'}”`,
  );

  return (
    <fieldset className="matrix-part">
      <legend>Hard gates</legend>
      <p className="muted">Failing any one of these means no bid, whatever the score.</p>
      <ol className="editor-list">
        {fields.map((field, i) => {
          const error = errors.gates?.[i]?.label?.message;
          return (
            <li key={field.fieldKey}>
              <fieldset className="editor-item">
                <legend>Gate {i + 1}</legend>
                <div className="editor-fields">
                  <label className="field field-name">
                    Name
                    <input
                      type="text"
                      aria-invalid={error !== undefined}
                      aria-describedby={error ? `gate-${i}-error` : undefined}
                      {...register(`gates.${i}.label`)}
                    />
                  </label>
                  <label className="field field-wide">
                    What it means
                    <textarea rows={2} {...register(`gates.${i}.help`)} />
                  </label>
                  <button type="button" className="link-button" onClick={() => removeAt(i)}>
                    Remove this gate
                  </button>
                </div>
                {error && (
                  <p id={`gate-${i}-error`} className="field-error">
                    {error}
                  </p>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <UndoToast place={UNDO_PLACE} />
      <button
        type="button"
        className="button"
        onClick={() => append({ id: crypto.randomUUID(), label: '', help: '' })}
      >
        Add a gate
      </button>
    </fieldset>
  );
}
