import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { SectionStatusLine } from './SectionStatusLine';
import { UserNameForm, type UserNameFormInput, type UserNameFormValues } from './settings-form';
import { useSettingsStore } from './settings-store';

/** "Your name": what decisions are "decided by" by default and changes are recorded under. */
export function UserNameSection({ name }: { name: string | null }) {
  const save = useSettingsStore((s) => s.saveUserName);
  const saving = useSettingsStore((s) => s.saving.name ?? false);
  const status = useSettingsStore((s) => s.status.name);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<UserNameFormInput, unknown, UserNameFormValues>({
    resolver: zodResolver(UserNameForm),
    defaultValues: { name: name ?? '' },
  });
  const onSubmit = async (values: UserNameFormValues): Promise<void> => {
    await save(values.name, () => reset(values));
  };
  return (
    <section className="card settings-section" aria-labelledby="name-heading">
      <h2 id="name-heading">Your name</h2>
      <p className="muted">
        Filled in as “decided by” on go/no-go decisions, and recorded beside every change you make.
      </p>
      <form noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)} className="settings-row">
        <label className="field">
          Your name
          <input
            type="text"
            autoComplete="name"
            aria-invalid={errors.name !== undefined}
            aria-describedby={errors.name ? 'name-error' : undefined}
            {...register('name')}
          />
        </label>
        <button type="submit" className="button button-primary" disabled={saving}>
          Save your name
        </button>
      </form>
      {errors.name && (
        <p id="name-error" className="field-error">
          {errors.name.message}
        </p>
      )}
      <SectionStatusLine id="name-status" status={status} />
    </section>
  );
}
