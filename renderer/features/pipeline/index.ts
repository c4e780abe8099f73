/** What the rest of the app may use from the Pipeline (the feature's public entry). */
export { PipelineView } from './PipelineView';
export { usePipelineMarks } from './pipeline-queries';
export type { PipelineMarks } from './pipeline-marks';
