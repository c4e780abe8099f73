import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { DecisionSettings, GoNoGoDecision } from '../../../shared/workspace/model';
import { AssessmentPanel } from './AssessmentPanel';
import { FactorFields } from './FactorFields';
import { GateFields } from './GateFields';
import { OutcomeFields } from './OutcomeFields';
import { DecisionForm, type DecisionFormInput, type DecisionFormValues } from './decision-form';
import type { StartingPoint } from './decision-form';
import { formatDay } from '../../../shared/calendar';
import { OUTCOME_LABELS } from './decision-words';
import { useDecisionStore } from './decision-store';
import { rememberUserName } from '../settings';

/** What the form is about and what it starts from. */
export interface AssessmentFormProps {
  opportunityId: string;
  /** The lot's record id, or null for the whole opportunity. */
  lotId: string | null;
  /** "Lot 1: Hate Crime Service" or "the whole opportunity", for messages. */
  scopeName: string;
  settings: DecisionSettings;
  start: StartingPoint;
  vcse: boolean | null;
  /** The name from Settings, filled in as "decided by" while that box is still empty. */
  userName: string | null;
  /** Called with the decision once it is recorded. */
  onRecorded: (decision: GoNoGoDecision) => void;
  /** Close the form without recording (null when there is no decision to go back to). */
  onCancel: (() => void) | null;
}

/**
 * A new go/no-go decision: gates, then factors, then the decision, with the live assessment
 * beside them. Mounted afresh (by key) for each scope and after each recorded decision.
 */
export function AssessmentForm(props: AssessmentFormProps) {
  const { settings, start, lotId, userName } = props;
  const record = useDecisionStore((s) => s.record);
  const busy = useDecisionStore((s) => s.busy);
  const methods = useForm<DecisionFormInput, unknown, DecisionFormValues>({
    resolver: zodResolver(DecisionForm),
    defaultValues: start.values,
  });

  useEffect(() => {
    // The user may give their name in Settings while this form is open (another window).
    if (userName && methods.getValues('decidedBy') === '') methods.setValue('decidedBy', userName);
  }, [userName, methods]);

  const onSubmit = async (values: DecisionFormValues): Promise<void> => {
    // The first decision asks for the user's name: remembered, so it is never asked again and
    // this decision is already recorded under it.
    if (userName === null) await rememberUserName(values.decidedBy);
    const decision = await record(
      { ...values, opportunityId: props.opportunityId, lotId, settings },
      props.scopeName,
    );
    if (decision) props.onRecorded(decision);
  };

  return (
    <FormProvider {...methods}>
      <form
        className="decision-form"
        noValidate
        aria-label={`New decision about ${props.scopeName}`}
        onSubmit={(e) => void methods.handleSubmit(onSubmit)(e)}
      >
        <div className="decision-steps">
          {start.from && (
            <p className="started-from">
              Started from the decision of {formatDay(start.from.decidedOn)} (
              {OUTCOME_LABELS[start.from.outcome]}, by {start.from.decidedBy}
              {start.from.lotId === null && lotId !== null ? ', about the whole opportunity' : ''}).
              Change what has changed, then record the new decision.
            </p>
          )}
          <GateFields
            gates={settings.gates}
            vcse={props.vcse}
            vcseFromNotice={start.vcseFromNotice}
          />
          <FactorFields factors={settings.factors} />
          <OutcomeFields
            settings={settings}
            hasUserName={userName !== null}
            busy={busy}
            onCancel={props.onCancel}
          />
        </div>
        <AssessmentPanel settings={settings} />
      </form>
    </FormProvider>
  );
}
