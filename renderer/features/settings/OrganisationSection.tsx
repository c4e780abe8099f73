import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { Organisation } from '../../../shared/workspace/model';
import { SectionStatusLine } from './SectionStatusLine';
import {
  OrganisationForm,
  type OrganisationFormInput,
  type OrganisationFormValues,
} from './settings-form';
import { useSettingsStore } from './settings-store';

/**
 * "Your organisation": the name (and register numbers) award notices are checked against, so a
 * bid's outcome says "Won" or "Not won" rather than only who it went to.
 */
export function OrganisationSection({ organisation }: { organisation: Organisation | null }) {
  const save = useSettingsStore((s) => s.saveOrganisation);
  const saving = useSettingsStore((s) => s.saving.organisation ?? false);
  const status = useSettingsStore((s) => s.status.organisation);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<OrganisationFormInput, unknown, OrganisationFormValues>({
    resolver: zodResolver(OrganisationForm),
    defaultValues: {
      name: organisation?.name ?? '',
      companyNumber: organisation?.companyNumber ?? '',
      charityNumber: organisation?.charityNumber ?? '',
    },
  });
  const onSubmit = async (values: OrganisationFormValues): Promise<void> => {
    await save(
      {
        name: values.name,
        companyNumber: values.companyNumber || null,
        charityNumber: values.charityNumber || null,
      },
      () => reset(values),
    );
  };
  const field = (name: keyof OrganisationFormValues) => ({
    'aria-invalid': errors[name] !== undefined,
    'aria-describedby': errors[name] ? `organisation-${name}-error` : undefined,
  });
  return (
    <section className="card settings-section" aria-labelledby="organisation-heading">
      <h2 id="organisation-heading">Your organisation</h2>
      <p className="muted">
        When an award notice arrives for a bid, Bid Desk looks for this name among the suppliers
        (ignoring case, punctuation, “The”, “Ltd”, “Limited”, “CIC” and “CIO”) to tell whether you
        won. Where the notice gives a supplier’s Companies House or charity number, the number
        decides.
      </p>
      <form noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <div className="settings-row">
          <label className="field field-wide">
            Organisation name
            <input
              type="text"
              autoComplete="organization"
              {...field('name')}
              {...register('name')}
            />
          </label>
          <label className="field">
            Companies House number (optional)
            <input type="text" {...field('companyNumber')} {...register('companyNumber')} />
          </label>
          <label className="field">
            Charity number (optional)
            <input type="text" {...field('charityNumber')} {...register('charityNumber')} />
          </label>
        </div>
        {(['name', 'companyNumber', 'charityNumber'] as const).map(
          (name) =>
            errors[name] && (
              <p key={name} id={`organisation-${name}-error`} className="field-error">
                {errors[name].message}
              </p>
            ),
        )}
        <button type="submit" className="button button-primary organisation-save" disabled={saving}>
          Save your organisation
        </button>
      </form>
      <SectionStatusLine id="organisation-status" status={status} />
    </section>
  );
}
