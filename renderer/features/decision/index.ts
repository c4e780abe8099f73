/** What the rest of the app may use from the go/no-go Decision (the feature's public entry). */
export { DecisionTab } from './DecisionTab';
export { useDecisions } from './decision-queries';
export { OUTCOME_LABELS } from './decision-words';
