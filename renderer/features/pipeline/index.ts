/** What the rest of the app may use from the Pipeline (the feature's public entry). */
export { PipelineView } from './PipelineView';
