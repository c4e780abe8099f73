/**
 * The writing and sign-off milestones of a bid, in the order they happen. A module of its own,
 * importing nothing, so the workspace model (a checklist item names its milestone) and the
 * timeline model (which imports the checklist's statuses) do not import each other.
 */
export const MILESTONES = [
  'goNoGo',
  'gapAnalysis',
  'firstDraft',
  'internalReview',
  'finalSignOff',
  'submit',
] as const;
export type Milestone = (typeof MILESTONES)[number];
