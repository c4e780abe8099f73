import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';

/**
 * A labelled choice of a react-hook-form form, its options named by a words map (the value is
 * the key, the user sees the words). Its id is `<idPrefix>-<name>`, as `TextField`'s.
 */
export function SelectField<T extends FieldValues, K extends string>({
  idPrefix,
  name,
  label,
  words,
  register,
}: {
  idPrefix: string;
  name: Path<T>;
  label: string;
  words: Readonly<Record<K, string>>;
  register: UseFormRegister<T>;
}) {
  const id = `${idPrefix}-${name.replaceAll('.', '-')}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...register(name)}>
        {(Object.keys(words) as K[]).map((value) => (
          <option key={value} value={value}>
            {words[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
