import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { AttendanceStatus, type EngagementPlan } from '../../../shared/workspace/model';
import type { SaveState } from '../../lib/save-state';
import { SaveStatus } from '../../lib/SaveStatus';
import type { PlanFields } from './engagement-store';

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  considering: 'Considering',
  registered: 'Registered',
  attended: 'Attended',
  missed: 'Missed',
};
const STATUSES = Object.keys(ATTENDANCE_LABELS) as AttendanceStatus[];

const PlanForm = z.object({
  status: AttendanceStatus,
  attendees: z.string(),
  questions: z.string(),
  notes: z.string(),
});
type PlanForm = z.infer<typeof PlanForm>;

function toForm(plan: EngagementPlan | null): PlanForm {
  return {
    status: plan?.status ?? 'considering',
    attendees: plan?.attendees.join(', ') ?? '',
    questions: plan?.questions ?? '',
    notes: plan?.notes ?? '',
  };
}

/** "Sam, Priya" → ["Sam", "Priya"]. */
function people(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * The user's plan for one event: going or not, who, what to ask, what they learnt. Saves when a
 * field is left (the status at once).
 */
export function EventPlanForm({
  plan,
  eventTitle,
  idPrefix,
  save,
  onSave,
}: {
  plan: EngagementPlan | null;
  eventTitle: string;
  idPrefix: string;
  save: SaveState | undefined;
  onSave: (fields: PlanFields) => void;
}) {
  const stored = toForm(plan);
  const { register, getValues } = useForm<PlanForm>({
    resolver: zodResolver(PlanForm),
    values: stored,
    resetOptions: { keepDirtyValues: true },
  });
  const commit = (): void => {
    const values = getValues();
    const changed = (Object.keys(stored) as (keyof PlanForm)[]).some(
      (key) => values[key] !== stored[key],
    );
    if (!changed) return;
    onSave({
      status: values.status,
      attendees: people(values.attendees),
      questions: values.questions,
      notes: values.notes,
    });
  };
  const id = (name: string): string => `${idPrefix}-${name}`;

  return (
    <form
      className="event-plan"
      aria-label={`Your plan for ${eventTitle}`}
      noValidate
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="event-plan-row">
        <div className="field">
          <label htmlFor={id('status')}>Your status</label>
          <select id={id('status')} {...register('status', { onChange: commit })}>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {ATTENDANCE_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="field attendees">
          <label htmlFor={id('attendees')}>Who is going</label>
          <input
            id={id('attendees')}
            placeholder="Names, separated by commas"
            {...register('attendees', { onBlur: commit })}
          />
        </div>
        <SaveStatus state={save} />
      </div>
      <div className="event-plan-row">
        <div className="field grow">
          <label htmlFor={id('questions')}>Questions to ask</label>
          <textarea id={id('questions')} rows={3} {...register('questions', { onBlur: commit })} />
        </div>
        <div className="field grow">
          <label htmlFor={id('notes')}>Notes taken</label>
          <textarea id={id('notes')} rows={3} {...register('notes', { onBlur: commit })} />
        </div>
      </div>
    </form>
  );
}
