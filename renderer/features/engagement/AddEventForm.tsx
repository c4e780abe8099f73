import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import type { EngagementPlan } from '../../../shared/workspace/model';
import { SaveStatus } from '../../lib/SaveStatus';
import { SelectField } from '../../lib/SelectField';
import { TextField } from '../../lib/TextField';
import { planSaveKey, useEngagementStore } from './engagement-store';
import { ATTENDANCE_LABELS } from './EventPlanForm';
import {
  EMPTY_EVENT_FORM,
  EVENT_KIND_LABELS,
  eventPreview,
  fromManualEvent,
  ManualEventForm,
  toManualEvent,
  type ManualEventFormValues,
} from './manual-event-form';

/**
 * Add an event the notice does not list (a buyer briefing, a clarification Q&A, a site visit…),
 * or, with `editing`, change one the user added: the same form, filled in with it. Mount it
 * afresh (by key) for each event edited.
 */
export function AddEventForm({
  opportunityId,
  editing,
}: {
  opportunityId: string;
  editing: EngagementPlan | null;
}) {
  const { addEvent, saveManual, edit } = useEngagementStore.getState();
  const save = useEngagementStore((s) => s.saves[editing ? planSaveKey(null, editing.id) : 'add']);
  const {
    register,
    handleSubmit,
    reset,
    watch,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<ManualEventFormValues>({
    resolver: zodResolver(ManualEventForm),
    defaultValues: editing?.manual
      ? fromManualEvent(editing.manual, editing.status)
      : EMPTY_EVENT_FORM,
  });
  const props = { register, errors, idPrefix: 'event' };
  const preview = eventPreview(watch('date'), watch('startTime'), watch('endTime'));
  const title = editing?.manual?.title;

  useEffect(() => {
    // "Edit" was pressed on an event's card: take the user to the form it opened.
    if (editing) setFocus('title');
  }, [editing, setFocus]);

  const submit = async (form: ManualEventFormValues): Promise<void> => {
    if (editing) {
      const saved = await saveManual(editing, { manual: toManualEvent(form), status: form.status });
      if (saved) edit(null);
    } else if (await addEvent(opportunityId, toManualEvent(form), form.status)) {
      reset();
    }
  };

  return (
    <form
      className="card add-event"
      aria-labelledby="add-event-heading"
      noValidate
      onSubmit={(e) => void handleSubmit(submit)(e)}
    >
      <h2 id="add-event-heading">{title ? `Edit “${title}”` : 'Add an event'}</h2>
      <p className="muted">
        {title
          ? 'Change what has changed, then save. Times are UK times.'
          : 'For events the notice does not list: a buyer briefing, a clarification Q&A, a presentation, a site visit. Times are UK times.'}
      </p>
      <div className="form-row">
        <SelectField name="kind" label="Kind" words={EVENT_KIND_LABELS} {...props} />
        <TextField name="title" label="Title" className="grow" {...props} />
      </div>
      <div className="form-row">
        <TextField name="date" label="Date" type="date" {...props} />
        <TextField name="startTime" label="Starts (optional)" type="time" {...props} />
        <TextField name="endTime" label="Ends (optional)" type="time" {...props} />
      </div>
      {preview && <p className="event-preview">{preview}</p>}
      <div className="form-row">
        <TextField name="place" label="Place (optional)" className="grow" {...props} />
        <TextField
          name="link"
          label="Joining link (optional)"
          className="grow"
          placeholder="https://"
          {...props}
        />
      </div>
      <div className="form-row">
        <TextField name="signUpDate" label="Sign up by (optional)" type="date" {...props} />
        <TextField name="signUpTime" label="Sign-up time (optional)" type="time" {...props} />
        <SelectField name="status" label="Your status" words={ATTENDANCE_LABELS} {...props} />
      </div>
      <div className="form-row">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {editing ? 'Save changes' : 'Add event'}
        </button>
        {editing ? (
          <button type="button" className="button" onClick={() => edit(null)}>
            Cancel
          </button>
        ) : (
          <SaveStatus state={save} savedText="Event added: see “Events you added” above." />
        )}
      </div>
    </form>
  );
}
