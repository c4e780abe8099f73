/** What the rest of the app may use from Settings (the feature's public entry). */
export { SettingsView } from './SettingsView';
export { useDecisionSettings, useUserName } from './settings-queries';
export { rememberUserName } from './settings-store';
