import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ChecklistItem } from '../../../shared/workspace/model';
import { useChecklistStore } from './checklist-store';

const AddItem = z.object({ title: ChecklistItem.shape.title });
type AddItem = z.infer<typeof AddItem>;

/** Add the user's own item to the end of a lot's checklist. */
export function AddItemForm({
  opportunityId,
  lotId,
  lotName,
}: {
  opportunityId: string;
  lotId: string;
  lotName: string;
}) {
  const add = useChecklistStore((s) => s.add);
  const failed = useChecklistStore((s) => s.saves[`add:${lotId}`]);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AddItem>({ resolver: zodResolver(AddItem), defaultValues: { title: '' } });
  const id = `add-item-${lotId}`;

  return (
    <form
      className="add-item form-row"
      aria-label={`Add an item to ${lotName}`}
      noValidate
      onSubmit={(e) =>
        void handleSubmit(async ({ title }) => {
          if (await add(opportunityId, lotId, title)) reset();
        })(e)
      }
    >
      <div className="field">
        <label htmlFor={id}>Add an item</label>
        <input
          id={id}
          placeholder="e.g. Letter of support from the local authority"
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${id}-error` : undefined}
          {...register('title')}
        />
      </div>
      <button type="submit" className="button" disabled={isSubmitting}>
        Add item
      </button>
      {errors.title && (
        <p id={`${id}-error`} className="field-error">
          {errors.title.message}
        </p>
      )}
      {failed?.status === 'failed' && (
        <p className="field-error" role="alert">
          Not added: {failed.message}
        </p>
      )}
    </form>
  );
}
