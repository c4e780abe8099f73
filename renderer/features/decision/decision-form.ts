/**
 * The go/no-go form: its schema (the domain's, with plain-words messages) and where a new
 * assessment starts from (the latest decision for the same lot or opportunity, and the notice's
 * VCSE suitability).
 */
import { z } from 'zod';
import {
  DecisionOutcome,
  GoNoGoDecision,
  type DecisionSettings,
  type FactorScore,
  type GateAnswer,
} from '../../../shared/workspace/model';

/** What the user fills in. The score and recommendation are computed, never typed. */
export const DecisionForm = GoNoGoDecision.pick({
  gates: true,
  factors: true,
  decidedBy: true,
  decidedOn: true,
  rationale: true,
}).extend({
  outcome: z.enum(DecisionOutcome.options, {
    error: 'Choose what was decided: bid, no bid or undecided',
  }),
});
export type DecisionFormInput = z.input<typeof DecisionForm>;
export type DecisionFormValues = z.output<typeof DecisionForm>;

/** The gate whose answer the notice can give (see DEFAULT_DECISION_SETTINGS). */
export const VCSE_GATE_ID = 'vcse';

/** The note a gate pre-answered from the notice carries, so the history says where it came from. */
export const VCSE_NOTE = 'From the notice: suitable for VCSEs.';

export interface StartingPoint {
  values: Partial<DecisionFormInput> & { gates: GateAnswer[]; factors: FactorScore[] };
  /** The decision the answers were copied from, if any. */
  from: GoNoGoDecision | null;
  /** True when the VCSE gate was answered from the notice. */
  vcseFromNotice: boolean;
}

/**
 * Where a new assessment starts: each gate and factor of the current settings with the answer
 * and note of `previous` (matched by id; new ones start empty), the VCSE gate passed when the
 * notice says so and nobody has answered it, the user's name and today. The outcome and
 * rationale start empty: each decision says its own why.
 */
export function startingPoint(options: {
  settings: DecisionSettings;
  previous: GoNoGoDecision | null;
  /** The notice's VCSE suitability for this lot or opportunity; null when not stated. */
  vcse: boolean | null;
  userName: string | null;
  today: string;
}): StartingPoint {
  const { settings, previous, vcse } = options;
  let vcseFromNotice = false;
  const gates = settings.gates.map((gate): GateAnswer => {
    const before = previous?.gates.find((g) => g.gateId === gate.id);
    if (before && before.passed !== null) return { ...before };
    if (gate.id === VCSE_GATE_ID && vcse === true) {
      vcseFromNotice = true;
      return { gateId: gate.id, passed: true, note: before?.note || VCSE_NOTE };
    }
    return { gateId: gate.id, passed: null, note: before?.note ?? '' };
  });
  const factors = settings.factors.map((factor): FactorScore => ({
    factorId: factor.id,
    score: previous?.factors.find((f) => f.factorId === factor.id)?.score ?? null,
    note: previous?.factors.find((f) => f.factorId === factor.id)?.note ?? '',
  }));
  return {
    values: {
      gates,
      factors,
      decidedBy: options.userName ?? '',
      decidedOn: options.today,
      rationale: '',
    },
    from: previous,
    vcseFromNotice,
  };
}
