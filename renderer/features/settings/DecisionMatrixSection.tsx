import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import { DEFAULT_DECISION_SETTINGS } from '../../../shared/workspace';
import type { DecisionSettings } from '../../../shared/workspace/model';
import { SettingsActions } from './SettingsActions';
import { FactorsEditor } from './FactorsEditor';
import { GatesEditor } from './GatesEditor';
import { SectionStatusLine } from './SectionStatusLine';
import { ThresholdsEditor } from './ThresholdsEditor';
import { MatrixForm, type MatrixFormInput, type MatrixFormValues } from './settings-form';
import { useSettingsStore } from './settings-store';

/**
 * The organisation's go/no-go matrix: gates, weighted factors and thresholds, saved together.
 * "Restore defaults" asks first, because it replaces the organisation's own matrix.
 */
export function DecisionMatrixSection({ settings }: { settings: DecisionSettings }) {
  const save = useSettingsStore((s) => s.saveDecisionSettings);
  const restore = useSettingsStore((s) => s.restoreDefaultDecisionSettings);
  const saving = useSettingsStore((s) => s.saving.matrix ?? false);
  const status = useSettingsStore((s) => s.status.matrix);
  const methods = useForm<MatrixFormInput, unknown, MatrixFormValues>({
    resolver: zodResolver(MatrixForm),
    defaultValues: settings,
  });
  const dirty = methods.formState.isDirty;

  const onSubmit = async (values: MatrixFormValues): Promise<void> => {
    await save(values, () => methods.reset(values));
  };
  const restoreDefaults = async (): Promise<void> => {
    await restore(() => methods.reset(structuredClone(DEFAULT_DECISION_SETTINGS)));
  };

  return (
    <section className="card settings-section" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">Go/no-go decision matrix</h2>
      <p className="muted">
        Used to assess every opportunity. Decisions already recorded keep the matrix they were made
        with.
      </p>
      <FormProvider {...methods}>
        <form noValidate onSubmit={(e) => void methods.handleSubmit(onSubmit)(e)}>
          <GatesEditor />
          <FactorsEditor />
          <ThresholdsEditor />
          <SettingsActions
            saveLabel="Save the decision matrix"
            saving={saving}
            dirty={dirty}
            questionId="restore-question"
            question="Replace your gates, factors and thresholds with Bid Desk’s defaults? Your own are lost; decisions already recorded keep theirs."
            onRestore={restoreDefaults}
          />
        </form>
      </FormProvider>
      <SectionStatusLine id="matrix-status" status={status} />
    </section>
  );
}
