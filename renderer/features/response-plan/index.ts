/** What the rest of the app may use from the response Plan (the feature's public entry). */
export { PlanTab } from './PlanTab';
export { OwnerNameList, OWNER_NAMES_ID } from './OwnerNameList';
