/** What the rest of the app may use from the Opportunity screen (the feature's public entry). */
export { OpportunityView } from './OpportunityView';
export type { WorkspaceTabProps } from './WorkspaceTab';
export { ExternalLink, LinkedText } from './ExternalLink';
export { Derived } from './Derived';
