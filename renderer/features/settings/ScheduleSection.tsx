import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import {
  contingencyDays,
  DEFAULT_BID_SCHEDULE,
  MILESTONES,
  type BankHolidayRegion,
  type BidScheduleSettings,
  type Milestone,
} from '../../../shared/timeline';
import { SettingsActions } from './SettingsActions';
import { SectionStatusLine } from './SectionStatusLine';
import { ScheduleForm, type ScheduleFormInput, type ScheduleFormValues } from './settings-form';
import { useSettingsStore } from './settings-store';

/** Each milestone's name on screen. */
const MILESTONE_LABELS: Record<Milestone, string> = {
  goNoGo: 'Go/no-go decision',
  gapAnalysis: 'Gap analysis',
  firstDraft: 'First draft',
  internalReview: 'Internal review',
  finalSignOff: 'Final sign-off',
  submit: 'Submit',
};

const REGIONS: ReadonlyArray<{ value: BankHolidayRegion; label: string }> = [
  { value: 'england-and-wales', label: 'England and Wales' },
  { value: 'scotland', label: 'Scotland' },
  { value: 'northern-ireland', label: 'Northern Ireland' },
  { value: 'none', label: 'None (skip weekends only)' },
];

/** "20 working days before the deadline", "on the deadline’s day", or '' for an unusable number. */
function beforeText(days: unknown): string {
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0) return '';
  if (days === 0) return 'on the day of the deadline';
  return `${days} working day${days === 1 ? '' : 's'} before the deadline`;
}

/** "2 working days kept free…", in plain words, or '' while the numbers do not make sense. */
function contingencyText(values: ScheduleFormInput): string {
  const parsed = ScheduleForm.safeParse(values);
  if (!parsed.success) return '';
  const days = contingencyDays(parsed.data);
  const window = parsed.data.offsets.gapAnalysis;
  if (days === 0) return 'No working days are kept free before the deadline.';
  return `${days} working day${days === 1 ? '' : 's'} kept free before the deadline (${parsed.data.contingencyPercent}% of the ${window}-working-day writing window, from the gap analysis to the deadline): the writing milestones are brought forward to make room.`;
}

/**
 * "Bid schedule": how many working days before the submission deadline each milestone falls,
 * the contingency kept free and whose bank holidays are skipped. Every bid's timeline and the
 * calendar plan with it. "Restore defaults" asks first.
 */
export function ScheduleSection({ schedule }: { schedule: BidScheduleSettings }) {
  const save = useSettingsStore((s) => s.saveBidSchedule);
  const restore = useSettingsStore((s) => s.restoreDefaultBidSchedule);
  const saving = useSettingsStore((s) => s.saving.schedule ?? false);
  const status = useSettingsStore((s) => s.status.schedule);
  const {
    register,
    handleSubmit,
    reset,
    watch,
    formState: { errors, isDirty },
  } = useForm<ScheduleFormInput, unknown, ScheduleFormValues>({
    resolver: zodResolver(ScheduleForm),
    defaultValues: schedule,
  });
  const values = watch();

  const onSubmit = async (next: ScheduleFormValues): Promise<void> => {
    await save(next, () => reset(next));
  };
  const restoreDefaults = async (): Promise<void> => {
    await restore(() => reset(structuredClone(DEFAULT_BID_SCHEDULE)));
  };

  const contingencyError = errors.contingencyPercent?.message;
  const clarificationError = errors.clarificationQuestions?.message;
  return (
    <section className="card settings-section" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">Bid schedule</h2>
      <p className="muted">
        Each bid’s milestones are planned backwards from its submission deadline, in working days
        (weekends and bank holidays are skipped). Every timeline and the calendar use this schedule,
        and so do new checklists: their final sign-off and submission are these milestones, and
        their other items count working days back the same way.
      </p>
      <form noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <fieldset className="matrix-part">
          <legend>Milestones</legend>
          <ul className="editor-list">
            {MILESTONES.map((milestone) => {
              const label = MILESTONE_LABELS[milestone];
              const error = errors.offsets?.[milestone]?.message;
              const when = beforeText(values.offsets[milestone]);
              return (
                <li key={milestone} className="settings-row schedule-row">
                  <label className="field field-narrow">
                    {label}
                    <input
                      type="number"
                      min={0}
                      max={250}
                      step={1}
                      aria-invalid={error !== undefined}
                      aria-describedby={`schedule-${milestone}-help${error ? ` schedule-${milestone}-error` : ''}`}
                      {...register(`offsets.${milestone}`, { valueAsNumber: true })}
                    />
                  </label>
                  <span id={`schedule-${milestone}-help`} className="muted">
                    {when ? `${label}: ${when}.` : 'Working days before the deadline.'}
                  </span>
                  {error && (
                    <p id={`schedule-${milestone}-error`} className="field-error">
                      {error}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
        <fieldset className="matrix-part">
          <legend>Contingency and calendar</legend>
          <div className="settings-row">
            <label className="field field-narrow">
              Contingency (%)
              <input
                type="number"
                min={0}
                max={50}
                aria-invalid={contingencyError !== undefined}
                aria-describedby={`schedule-contingency-help${contingencyError ? ' schedule-contingency-error' : ''}`}
                {...register('contingencyPercent', { valueAsNumber: true })}
              />
            </label>
            <label className="field field-narrow">
              Clarification questions
              <input
                type="number"
                min={0}
                max={250}
                step={1}
                aria-invalid={clarificationError !== undefined}
                aria-describedby={`schedule-clarification-help${clarificationError ? ' schedule-clarification-error' : ''}`}
                {...register('clarificationQuestions', { valueAsNumber: true })}
              />
            </label>
            <label className="field">
              Bank holidays
              <select {...register('bankHolidays')}>
                {REGIONS.map((r) => (
                  <option key={r.value} value={r.value}>
                    {r.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p id="schedule-contingency-help" className="muted">
            {contingencyText(values)}
          </p>
          {contingencyError && (
            <p id="schedule-contingency-error" className="field-error">
              {contingencyError}
            </p>
          )}
          <p id="schedule-clarification-help" className="muted">
            {beforeText(values.clarificationQuestions)
              ? `Clarification questions: sent ${beforeText(values.clarificationQuestions).replace('the deadline', 'the buyer’s clarification deadline')}.`
              : 'Working days before the buyer’s clarification deadline.'}
          </p>
          {clarificationError && (
            <p id="schedule-clarification-error" className="field-error">
              {clarificationError}
            </p>
          )}
        </fieldset>
        <SettingsActions
          saveLabel="Save the bid schedule"
          saving={saving}
          dirty={isDirty}
          questionId="schedule-restore-question"
          question="Replace your bid schedule with Bid Desk’s defaults (go/no-go 20 working days before the deadline, 10% contingency, England and Wales bank holidays)?"
          onRestore={restoreDefaults}
        />
      </form>
      <SectionStatusLine id="schedule-status" status={status} />
    </section>
  );
}
