import {
  get,
  type FieldErrors,
  type FieldValues,
  type Path,
  type UseFormRegister,
} from 'react-hook-form';

/**
 * A labelled input of a react-hook-form form, with its error message read out with it (the input
 * is described by the message while there is one). Its id is `<idPrefix>-<name>`.
 */
export function TextField<T extends FieldValues>({
  idPrefix,
  name,
  label,
  type = 'text',
  className,
  placeholder,
  register,
  errors,
}: {
  idPrefix: string;
  name: Path<T>;
  label: string;
  type?: string;
  className?: string;
  placeholder?: string;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
}) {
  const id = `${idPrefix}-${name}`;
  const found: unknown = get(errors, name);
  const error = messageOf(found);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...register(name)}
      />
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** The message of a field's error, as react-hook-form keeps it under the field's path. */
function messageOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('message' in error)) return undefined;
  return typeof error.message === 'string' ? error.message : undefined;
}
