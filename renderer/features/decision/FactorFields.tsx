import { Controller, useFormContext } from 'react-hook-form';
import type { FactorDefinition } from '../../../shared/workspace/model';
import { ChoiceGroup, type Choice } from './ChoiceGroup';
import { scaleMeaning } from './decision-words';
import type { DecisionFormInput } from './decision-form';

/** A factor's share of the score, as a whole percentage ("20% of the score"). */
export function shareOfScore(factor: FactorDefinition, factors: FactorDefinition[]): number {
  const total = factors.reduce((sum, f) => sum + Math.max(0, f.weight), 0);
  return total > 0 ? Math.round((Math.max(0, factor.weight) / total) * 100) : 0;
}

function choicesFor(factor: FactorDefinition): Choice<number | null>[] {
  const meaning = scaleMeaning(factor);
  return [1, 2, 3, 4, 5].map((n) => {
    const words = n === 1 ? meaning.low : n === 5 ? meaning.high : null;
    return {
      value: n,
      key: String(n),
      name: words ? `${n}: ${words}` : String(n),
      label: (
        <>
          <span className="score-number">{n}</span>
          {words && <span className="score-words">{words}</span>}
        </>
      ),
    };
  });
}

/** The weighted factors, each scored 1–5 with the meanings of 1 and 5 beside the buttons. */
export function FactorFields({ factors }: { factors: FactorDefinition[] }) {
  const { control, register, setValue } = useFormContext<DecisionFormInput>();
  return (
    <section className="card decision-step" aria-labelledby="factors-heading">
      <h3 id="factors-heading">2. Weighted factors</h3>
      <p className="muted">
        Score each from 1 (weak) to 5 (strong). The score out of 100 weighs them by your
        organisation’s weights.
      </p>
      {factors.map((factor, i) => {
        const share = shareOfScore(factor, factors);
        return (
          <Controller
            key={factor.id}
            control={control}
            name={`factors.${i}.score`}
            render={({ field }) => (
              <ChoiceGroup
                id={`factor-${factor.id}`}
                className="factor"
                legend={
                  <>
                    {factor.label}{' '}
                    <span className="weight">
                      {factor.weight > 0 ? `${share}% of the score` : 'not counted (weight 0)'}
                    </span>
                  </>
                }
                choices={choicesFor(factor)}
                value={field.value}
                onChange={field.onChange}
                inputRef={field.ref}
                describedBy={factor.help ? `factor-${factor.id}-help` : undefined}
                description={
                  factor.help && (
                    <p id={`factor-${factor.id}-help`} className="help">
                      {factor.help}
                    </p>
                  )
                }
                aside={
                  <div className="factor-foot">
                    <label className="field note-field">
                      Note
                      <input
                        type="text"
                        aria-label={`Note: ${factor.label}`}
                        {...register(`factors.${i}.note`)}
                      />
                    </label>
                    {field.value != null && (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={`Clear score for ${factor.label}`}
                        onClick={() => setValue(`factors.${i}.score`, null, { shouldDirty: true })}
                      >
                        Clear score
                      </button>
                    )}
                  </div>
                }
              />
            )}
          />
        );
      })}
    </section>
  );
}
