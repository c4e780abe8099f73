/** What the rest of the app may use from the demo data (the feature's public entry). */
export { DemoBanner } from './DemoBanner';

/**
 * The first-run demo notices, loaded on demand: only the very first start needs them and the
 * engine that reads them, so every later start opens with a smaller bundle.
 */
export const loadDemoSeeds = () => import('./demo-seeds');
