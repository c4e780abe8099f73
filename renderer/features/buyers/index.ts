/** What the rest of the app may use from Buyers (the feature's public entry). */
export { BuyersView } from './BuyersView';
