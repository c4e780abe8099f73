/** What the rest of the app may use from Entry (hand-entered opportunities). */
export { NewOpportunityForm } from './NewOpportunityForm';
