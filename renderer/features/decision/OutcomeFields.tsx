import { Controller, useFormContext, useWatch } from 'react-hook-form';
import type { DecisionOutcome, DecisionSettings } from '../../../shared/workspace/model';
import { ChoiceGroup, type Choice } from './ChoiceGroup';
import { longDay } from '../../../shared/calendar';
import { OUTCOME_LABELS, RECOMMENDATION_LABELS } from './decision-words';
import type { DecisionFormInput } from './decision-form';
import { useLiveAssessment } from './live-assessment';

const OUTCOMES: Choice<DecisionOutcome>[] = (['bid', 'no-bid', 'undecided'] as const).map(
  (outcome) => ({ value: outcome, key: outcome, label: OUTCOME_LABELS[outcome] }),
);

/** The message under a field, linked to it with `aria-describedby`. */
function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}

/**
 * The decision itself: what was decided, by whom, when and why. A decision against the
 * recommendation is allowed (people know things the matrix does not), and asked to say why.
 */
export function OutcomeFields({
  settings,
  hasUserName,
  busy,
  onCancel,
}: {
  settings: DecisionSettings;
  hasUserName: boolean;
  busy: boolean;
  onCancel: (() => void) | null;
}) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<DecisionFormInput>();
  const { recommendation } = useLiveAssessment(settings);
  const outcome = useWatch({ control, name: 'outcome' });
  const day = longDay(useWatch({ control, name: 'decidedOn' }));
  const against =
    (outcome === 'bid' && recommendation === 'no-bid') ||
    (outcome === 'no-bid' && recommendation === 'bid');
  return (
    <section className="card decision-step" aria-labelledby="outcome-heading">
      <h3 id="outcome-heading">3. Your decision</h3>
      <Controller
        control={control}
        name="outcome"
        render={({ field }) => (
          <ChoiceGroup
            id="outcome"
            className="outcome"
            legend="What did you decide?"
            choices={OUTCOMES}
            value={field.value}
            onChange={field.onChange}
            inputRef={field.ref}
            invalid={errors.outcome !== undefined}
            describedBy={errors.outcome ? 'outcome-error' : undefined}
          >
            <FieldError id="outcome-error" message={errors.outcome?.message} />
            {against && (
              <p className="from-notice">
                This goes against the recommendation ({RECOMMENDATION_LABELS[recommendation]}). That
                is your call: say why in the rationale.
              </p>
            )}
          </ChoiceGroup>
        )}
      />
      <div className="form-row">
        <label className="field">
          {hasUserName ? 'Decided by' : 'Your name (used to sign your decisions)'}
          <input
            type="text"
            autoComplete="name"
            aria-required="true"
            aria-invalid={errors.decidedBy !== undefined}
            aria-describedby={
              errors.decidedBy ? 'decided-by-error' : hasUserName ? undefined : 'decided-by-hint'
            }
            {...register('decidedBy')}
          />
        </label>
        <label className="field">
          Date of the decision
          <input
            type="date"
            aria-invalid={errors.decidedOn !== undefined}
            aria-describedby={errors.decidedOn ? 'decided-on-error' : 'decided-on-words'}
            {...register('decidedOn')}
          />
        </label>
        {day && (
          <span id="decided-on-words" className="day-words">
            {day}
          </span>
        )}
      </div>
      <FieldError id="decided-by-error" message={errors.decidedBy?.message} />
      <FieldError id="decided-on-error" message={errors.decidedOn?.message} />
      {!hasUserName && !errors.decidedBy && (
        <p id="decided-by-hint" className="muted hint">
          Asked once: Bid Desk remembers it, signs your decisions and changes with it, and fills it
          in next time (change it in <a href="#/settings">Settings</a>).
        </p>
      )}
      <label className="field rationale">
        Why? (rationale)
        <textarea
          rows={4}
          aria-invalid={errors.rationale !== undefined}
          aria-describedby={errors.rationale ? 'rationale-error' : 'rationale-hint'}
          {...register('rationale')}
        />
      </label>
      <FieldError id="rationale-error" message={errors.rationale?.message} />
      {!errors.rationale && (
        <p id="rationale-hint" className="muted hint">
          The reasons, in a few sentences: trustees and debriefs will ask.
        </p>
      )}
      <p className="record-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Recording…' : 'Record decision'}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <span className="muted">Each decision is kept: a new one adds to the history.</span>
      </p>
    </section>
  );
}
