/** What the rest of the app may use from the Checklist (the feature's public entry). */
export { ChecklistTab } from './ChecklistTab';
export { useChecklist } from './checklist-queries';
