import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import type { ChecklistTemplateItem } from '../../../shared/workspace/model';
import { SectionStatusLine } from './SectionStatusLine';
import { useUndoableRemove } from '../../lib/undo';
import { UndoToast } from '../../lib/UndoToast';
import { TemplateForm, type TemplateFormInput, type TemplateFormValues } from './settings-form';
import { useSettingsStore } from './settings-store';

/** Where a removed template item is offered back. */
const UNDO_PLACE = 'settings-checklist-template';

/**
 * The standard items every new submission checklist gets, each due some working days before the
 * deadline: add, rename, change the days, reorder, remove (with undo until saved).
 */
export function ChecklistTemplateSection({ items }: { items: ChecklistTemplateItem[] }) {
  const save = useSettingsStore((s) => s.saveChecklistTemplate);
  const saving = useSettingsStore((s) => s.saving.template ?? false);
  const status = useSettingsStore((s) => s.status.template);
  const { control, register, handleSubmit, getValues, reset, formState } = useForm<
    TemplateFormInput,
    unknown,
    TemplateFormValues
  >({ resolver: zodResolver(TemplateForm), defaultValues: { items } });
  const { fields, append, remove, insert, move } = useFieldArray({
    control,
    name: 'items',
    keyName: 'fieldKey',
  });
  const errors = formState.errors.items;

  const onSubmit = async (values: TemplateFormValues): Promise<void> => {
    await save(values.items, () => reset(values));
  };
  const removeAt = useUndoableRemove(
    UNDO_PLACE,
    { length: fields.length, get: (i) => getValues(`items.${i}`), remove, insert },
    (item) => `Removed “${item.title || 'an item without a name'}”`,
  );

  return (
    <section className="card settings-section" aria-labelledby="template-heading">
      <h2 id="template-heading">Submission checklist template</h2>
      <p className="muted">
        Every new checklist gets these, beside one item per award criterion. Existing checklists do
        not change.
      </p>
      <form noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <p className="template-head" aria-hidden="true">
          <span>What needs doing</span>
          <span>Working days before the deadline</span>
        </p>
        <ol className="editor-list template-list">
          {fields.map((field, i) => {
            const titleError = errors?.[i]?.title?.message;
            const daysError = errors?.[i]?.offsetDays?.message;
            const title = field.title || `item ${i + 1}`;
            return (
              <li key={field.fieldKey}>
                <fieldset className="editor-item">
                  <legend className="visually-hidden">Item {i + 1}</legend>
                  <div className="editor-fields">
                    <label className="field field-wide">
                      <span className="visually-hidden">What needs doing</span>
                      <input
                        type="text"
                        aria-invalid={titleError !== undefined}
                        {...register(`items.${i}.title`)}
                      />
                    </label>
                    <label className="field field-narrow">
                      <span className="visually-hidden">Working days before the deadline</span>
                      <input
                        type="number"
                        min={0}
                        max={365}
                        aria-invalid={daysError !== undefined}
                        {...register(`items.${i}.offsetDays`, { valueAsNumber: true })}
                      />
                    </label>
                    <span className="reorder">
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={`Move “${title}” up`}
                        disabled={i === 0}
                        onClick={() => move(i, i - 1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={`Move “${title}” down`}
                        disabled={i === fields.length - 1}
                        onClick={() => move(i, i + 1)}
                      >
                        ↓
                      </button>
                    </span>
                    <button type="button" className="link-button" onClick={() => removeAt(i)}>
                      Remove this item
                    </button>
                  </div>
                  {titleError && <p className="field-error">{titleError}</p>}
                  {daysError && <p className="field-error">{daysError}</p>}
                </fieldset>
              </li>
            );
          })}
        </ol>
        <UndoToast place={UNDO_PLACE} />
        <div className="settings-actions">
          <button
            type="button"
            className="button"
            onClick={() => append({ id: crypto.randomUUID(), title: '', offsetDays: 5 })}
          >
            Add an item
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            Save the checklist template
          </button>
          {formState.isDirty && <span className="unsaved">You have unsaved changes.</span>}
        </div>
      </form>
      <SectionStatusLine id="template-status" status={status} />
    </section>
  );
}
