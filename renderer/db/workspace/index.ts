/** The bid workspace store: the user's own records about opportunities, and their settings. */
export * from './agenda-repository';
export * from './checklist-repository';
export * from './decision-repository';
export * from './engagement-repository';
export * from './export-repository';
export * from './plan-repository';
export * from './schedule-repository';
export * from './settings-repository';
export { lotSubmissionDeadline } from './deadline';
export { WorkspaceInputError, WorkspaceNotFoundError, type InputProblem } from './validate';
export * from './outcome-repository';
export * from './stage-repository';
export * from './bid-status-repository';
