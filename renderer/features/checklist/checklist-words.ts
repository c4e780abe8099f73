import type { ChecklistCategory, ChecklistStatus } from '../../../shared/workspace/model';

/** Checklist statuses in the order a submission moves through them ("Done" is the tick box). */
export const CHECKLIST_STATUS_LABELS: Record<ChecklistStatus, string> = {
  todo: 'To do',
  drafting: 'Drafting',
  review: 'In review',
  done: 'Done',
  'not-needed': 'Not needed',
};

export const CHECKLIST_CATEGORY_LABELS: Record<ChecklistCategory, string> = {
  quality: 'Quality answer',
  price: 'Price',
  'social-value': 'Social value',
  presentation: 'Presentation',
  standard: 'Standard',
  custom: 'Your own',
};

/** How a lot's checklist can be ordered; due date first, as the work falls due. */
export const CHECKLIST_ORDER_LABELS = {
  due: 'By due date',
  own: 'In your own order',
} as const;
export type ChecklistOrder = keyof typeof CHECKLIST_ORDER_LABELS;
