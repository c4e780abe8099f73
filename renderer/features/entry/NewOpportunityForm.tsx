import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ClipboardEvent } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { longDay } from '../../../shared/calendar';
import {
  ENTRY_DATE_WORDS,
  OPPORTUNITY_KIND_WORDS,
  type OpportunityEntry,
} from '../../../shared/entry/entry';
import { readQuestionList } from '../../../shared/prose';
import { SelectField } from '../../lib/SelectField';
import { TextField } from '../../lib/TextField';
import {
  EMPTY_NEW_OPPORTUNITY,
  formFromEntry,
  NewOpportunityForm as FormSchema,
  toEntry,
  type NewOpportunityFormValues,
} from './entry-form';
import './entry.css';

/**
 * "New opportunity": a grant round, a portal tender, a quote or a call-off that arrives as no
 * notice file. Pasting a list into "Questions" makes one row per question, with the limits and
 * weights its words state; every row stays editable.
 */
export function NewOpportunityForm({
  onSave,
  onCancel,
  ids,
  initial,
}: {
  /** The stored entry, to edit it; absent for a new one. */
  initial?: OpportunityEntry;
  onSave: (entry: OpportunityEntry) => Promise<void> | void;
  onCancel: () => void;
  ids: () => { newId: () => string; user: string; now: string };
}) {
  const {
    register,
    control,
    handleSubmit,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<NewOpportunityFormValues>({
    resolver: zodResolver(FormSchema),
    defaultValues: initial ? formFromEntry(initial) : EMPTY_NEW_OPPORTUNITY,
  });
  const questions = useFieldArray({ control, name: 'questions' });
  const dates = useFieldArray({ control, name: 'dates' });
  const [pasted, setPasted] = useState('');
  const [readNote, setReadNote] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const rolling = watch('rolling');
  const deadlineDay = watch('deadlineDay');
  const deadlineTime = watch('deadlineTime');
  const props = { register, errors, idPrefix: 'entry' };

  const addQuestions = (text: string) => {
    const { questions: read, leftOut } = readQuestionList(text);
    questions.append(
      read.map((q) => ({
        id: '',
        number: q.number ?? '',
        title: q.title,
        wordLimit: q.wordLimit === null ? '' : String(q.wordLimit),
        weight: q.weight === null ? '' : String(q.weight),
        from: q.lines.join(' / '),
        characterLimit: q.characterLimit,
        pageLimit: q.pageLimit,
        marks: q.marks,
      })),
      // The focus stays where the user pasted; the status line says what was read.
      { shouldFocus: false },
    );
    const count = `${String(read.length)} question${read.length === 1 ? '' : 's'}`;
    setReadNote(
      read.length === 0
        ? 'No questions found in what you pasted.'
        : `${count} read from what you pasted: check them below.` +
            (leftOut.length ? ` Not read as questions: ${leftOut.join('; ')}.` : ''),
    );
    setPasted('');
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = e.clipboardData.getData('text');
    if (!text.includes('\n') && pasted === '') return; // one line: let it be typed on
    e.preventDefault();
    addQuestions(pasted + text);
  };

  return (
    <form
      className="card new-opportunity"
      aria-labelledby="new-opportunity-heading"
      noValidate
      onSubmit={(e) =>
        void handleSubmit(async (form) => {
          setSaveError(null);
          try {
            await onSave(toEntry(form, ids(), initial));
          } catch (error) {
            setSaveError(error instanceof Error ? error.message : String(error));
          }
        })(e)
      }
    >
      <h2 id="new-opportunity-heading">{initial ? 'Edit opportunity' : 'New opportunity'}</h2>
      <p className="muted">
        For bids that come as no notice file: a grant round, a tender on a council portal, a quote,
        a call-off from a framework you are on. Times are UK times.
      </p>
      <div className="form-row">
        <SelectField name="kind" label="Kind" words={OPPORTUNITY_KIND_WORDS} {...props} />
        <TextField name="title" label="Title" className="grow" {...props} />
      </div>
      <div className="form-row">
        <TextField name="buyer" label="Funder or buyer" className="grow" {...props} />
        <TextField name="reference" label="Reference (optional)" {...props} />
      </div>
      <TextField
        name="url"
        label="Link (optional)"
        placeholder="https://"
        className="grow"
        {...props}
      />
      <fieldset className="entry-deadline">
        <legend>Deadline</legend>
        <div className="form-row">
          {!rolling && <TextField name="deadlineDay" label="Date" type="date" {...props} />}
          {!rolling && (
            <TextField name="deadlineTime" label="Time (optional)" type="time" {...props} />
          )}
          <label className="entry-check">
            <input type="checkbox" {...register('rolling')} /> No deadline (rolling)
          </label>
        </div>
        {!rolling && deadlineDay && (
          <p className="event-preview">
            {longDay(deadlineDay) ?? deadlineDay}
            {deadlineTime ? `, ${deadlineTime}` : ': no time given, shown as a day'}
          </p>
        )}
      </fieldset>
      <div className="form-row">
        <TextField name="value" label="Value or amount requested (£, optional)" {...props} />
        <TextField name="maximum" label="Funder's maximum (£, optional)" {...props} />
      </div>

      <fieldset>
        <legend>Other dates</legend>
        {dates.fields.map((field, i) => (
          <div className="form-row" key={field.id}>
            <SelectField
              name={`dates.${i}.kind`}
              label="What"
              words={ENTRY_DATE_WORDS}
              {...props}
            />
            <div className="field">
              <label htmlFor={`entry-date-${String(i)}-day`}>Date</label>
              <input
                id={`entry-date-${String(i)}-day`}
                type="date"
                {...register(`dates.${i}.day`)}
              />
              {errors.dates?.[i]?.day && (
                <span className="field-error">{errors.dates[i].day.message}</span>
              )}
            </div>
            <div className="field">
              <label htmlFor={`entry-date-${String(i)}-time`}>Time (optional)</label>
              <input
                id={`entry-date-${String(i)}-time`}
                type="time"
                {...register(`dates.${i}.time`)}
              />
            </div>
            <button type="button" className="button" onClick={() => dates.remove(i)}>
              Remove date
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => dates.append({ id: '', kind: 'clarificationDeadline', day: '', time: '' })}
        >
          Add a date
        </button>
      </fieldset>

      <fieldset>
        <legend>Questions or criteria</legend>
        <div className="field">
          <label htmlFor="entry-questions">Questions</label>
          <textarea
            id="entry-questions"
            rows={4}
            value={pasted}
            aria-describedby="entry-questions-help"
            placeholder={'1. Tell us about your organisation (300 words)\nQ2 - Social value 10%'}
            onChange={(e) => setPasted(e.target.value)}
            onPaste={onPaste}
          />
          <span id="entry-questions-help" className="muted">
            Paste the list from the funder&apos;s form or the invitation to tender: each question
            becomes a row, with the word limits and weights it states.
          </span>
        </div>
        {pasted.trim() !== '' && (
          <button type="button" className="button" onClick={() => addQuestions(pasted)}>
            Add these questions
          </button>
        )}
        <p role="status" className="muted">
          {readNote}
        </p>
        {questions.fields.length > 0 && (
          <table className="entry-questions">
            <caption className="visually-hidden">Questions of this opportunity</caption>
            <thead>
              <tr>
                <th scope="col">No.</th>
                <th scope="col">Question</th>
                <th scope="col">Word limit</th>
                <th scope="col">Weight %</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {questions.fields.map((field, i) => {
                const n = String(i + 1);
                const rowErrors = errors.questions?.[i];
                return (
                  <tr key={field.id}>
                    <td>
                      <input
                        aria-label={`Number of question ${n}`}
                        className="entry-number"
                        {...register(`questions.${i}.number`)}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={`Question ${n}`}
                        className="entry-title"
                        {...register(`questions.${i}.title`)}
                      />
                      {field.from && <span className="entry-from muted">From: {field.from}</span>}
                      {rowErrors?.title && (
                        <span className="field-error">{rowErrors.title.message}</span>
                      )}
                    </td>
                    <td>
                      <input
                        aria-label={`Word limit of question ${n}`}
                        inputMode="numeric"
                        className="entry-small"
                        {...register(`questions.${i}.wordLimit`)}
                      />
                      {rowErrors?.wordLimit && (
                        <span className="field-error">{rowErrors.wordLimit.message}</span>
                      )}
                    </td>
                    <td>
                      <input
                        aria-label={`Weight of question ${n}`}
                        inputMode="decimal"
                        className="entry-small"
                        {...register(`questions.${i}.weight`)}
                      />
                      {rowErrors?.weight && (
                        <span className="field-error">{rowErrors.weight.message}</span>
                      )}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button"
                        aria-label={`Remove question ${n}`}
                        onClick={() => questions.remove(i)}
                      >
                        Remove
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <button
          type="button"
          className="button"
          onClick={() =>
            questions.append({
              id: '',
              number: '',
              title: '',
              wordLimit: '',
              weight: '',
              from: '',
              characterLimit: null,
              pageLimit: null,
              marks: null,
            })
          }
        >
          Add a question
        </button>
      </fieldset>

      <div className="form-row">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {initial ? 'Save changes' : 'Create opportunity'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        {saveError && (
          <span role="alert" className="field-error">
            Not saved: {saveError}
          </span>
        )}
      </div>
    </form>
  );
}
