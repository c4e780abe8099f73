import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { assessDecision, type Assessment } from '../../../shared/workspace';
import type { DecisionSettings } from '../../../shared/workspace/model';
import type { DecisionFormInput } from './decision-form';

/**
 * The assessment of the answers in the form as they are now. Only the components that call this
 * re-render as the user scores, not the whole form.
 */
export function useLiveAssessment(settings: DecisionSettings): Assessment {
  const { control } = useFormContext<DecisionFormInput>();
  const gates = useWatch({ control, name: 'gates' });
  const factors = useWatch({ control, name: 'factors' });
  return useMemo(() => assessDecision(gates, factors, settings), [gates, factors, settings]);
}
