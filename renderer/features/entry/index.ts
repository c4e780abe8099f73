/** What the rest of the app may use from Entry (opportunities entered by hand). */
export { NewOpportunityForm } from './NewOpportunityForm';
export { EditOpportunityScreen, NewOpportunityScreen } from './NewOpportunityScreen';
