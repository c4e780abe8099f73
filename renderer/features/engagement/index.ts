/** What the rest of the app may use from Engagement (the feature's public entry). */
export { EngagementTab } from './EngagementTab';
export { DescriptionDisagrees } from './EventFacts';
export { useEngagementPlans } from './engagement-queries';
