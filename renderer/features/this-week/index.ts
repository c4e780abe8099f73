/** What the rest of the app may use from This week (the feature's public entry). */
export { ThisWeekView } from './ThisWeekView';
