import { Controller, useFormContext } from 'react-hook-form';
import type { GateDefinition } from '../../../shared/workspace/model';
import { ChoiceGroup, type Choice } from './ChoiceGroup';
import { GATE_ANSWERS } from './decision-words';
import { VCSE_GATE_ID, type DecisionFormInput } from './decision-form';

const CHOICES: Choice<boolean | null>[] = GATE_ANSWERS.map((answer) => ({
  value: answer.value,
  label: answer.label,
  key: answer.value === null ? 'unsure' : answer.value ? 'pass' : 'fail',
}));

/** What the notice says about VCSE suitability, beside that gate (nothing when it says nothing). */
function vcseHint(vcse: boolean | null, fromNotice: boolean) {
  if (vcse === false) {
    return (
      <p className="from-notice">
        The notice does not mark this as suitable for VCSE organisations: answer from what you know.
      </p>
    );
  }
  if (vcse && fromNotice) {
    return (
      <p className="from-notice">
        Answered from the notice, which says this is suitable for VCSE organisations. Change it if
        you know otherwise.
      </p>
    );
  }
  return null;
}

/**
 * The hard gates, answered first: pass, fail or not sure yet, each with a note. `vcse` is what
 * the notice says about VCSE suitability, shown beside that gate.
 */
export function GateFields({
  gates,
  vcse,
  vcseFromNotice,
}: {
  gates: GateDefinition[];
  vcse: boolean | null;
  vcseFromNotice: boolean;
}) {
  const { control, register } = useFormContext<DecisionFormInput>();
  return (
    <section className="card decision-step" aria-labelledby="gates-heading">
      <h3 id="gates-heading">1. Hard gates</h3>
      <p className="muted">
        Failing any one of these means no bid, whatever the score. Answer “Not sure yet” until you
        know.
      </p>
      {gates.length === 0 && (
        <p className="muted">
          Your organisation has no gates. Add them in <a href="#/settings">Settings</a>.
        </p>
      )}
      {gates.map((gate, i) => (
        <Controller
          key={gate.id}
          control={control}
          name={`gates.${i}.passed`}
          render={({ field }) => (
            <ChoiceGroup
              id={`gate-${gate.id}`}
              className="gate"
              legend={gate.label}
              choices={CHOICES}
              value={field.value}
              onChange={field.onChange}
              inputRef={field.ref}
              describedBy={gate.help ? `gate-${gate.id}-help` : undefined}
              description={
                gate.help && (
                  <p id={`gate-${gate.id}-help`} className="help">
                    {gate.help}
                  </p>
                )
              }
              aside={
                <label className="field note-field">
                  Note
                  <input
                    type="text"
                    aria-label={`Note: ${gate.label}`}
                    {...register(`gates.${i}.note`)}
                  />
                </label>
              }
            >
              {gate.id === VCSE_GATE_ID && vcseHint(vcse, vcseFromNotice)}
            </ChoiceGroup>
          )}
        />
      ))}
    </section>
  );
}
