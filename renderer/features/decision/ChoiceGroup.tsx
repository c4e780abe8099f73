import type { ReactNode, Ref } from 'react';

/** One answer in a choice group. */
export interface Choice<T> {
  value: T;
  /** What the user sees on the choice. */
  label: ReactNode;
  /** The accessible name when the visible label needs words beside it ("1: Far from what we do"). */
  name?: string;
  /** A stable part of the input's id. */
  key: string;
}

/**
 * A set of radio buttons under one question (a fieldset and its legend): arrow keys move between
 * the answers, as in any native radio group. `value` may be any type; the inputs carry `key`.
 */
export function ChoiceGroup<T>({
  id,
  legend,
  choices,
  value,
  onChange,
  describedBy,
  inputRef,
  className = '',
  invalid = false,
  description,
  aside,
  children,
}: {
  id: string;
  legend: ReactNode;
  choices: readonly Choice<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  describedBy?: string;
  /** react-hook-form's ref, so a failed submit can focus the group. */
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  invalid?: boolean;
  /** Under the question, before the answers (what the question means). */
  description?: ReactNode;
  /** Beside the answers (a note box). */
  aside?: ReactNode;
  /** Under the answers (hints, errors). */
  children?: ReactNode;
}) {
  return (
    <fieldset
      className={`choice-group ${className}`}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    >
      <legend>{legend}</legend>
      {description}
      <div className="choice-row">
        <div className="choices">
          {choices.map((choice, i) => {
            const inputId = `${id}-${choice.key}`;
            return (
              <label key={choice.key} className="choice" htmlFor={inputId}>
                <input
                  id={inputId}
                  type="radio"
                  name={id}
                  value={choice.key}
                  checked={value === choice.value}
                  onChange={() => onChange(choice.value)}
                  aria-label={choice.name}
                  ref={i === 0 ? inputRef : undefined}
                />
                <span className="choice-label">{choice.label}</span>
              </label>
            );
          })}
        </div>
        {aside}
      </div>
      {children}
    </fieldset>
  );
}
