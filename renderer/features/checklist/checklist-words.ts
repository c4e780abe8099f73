import type { ChecklistCategory, ChecklistStatus } from '../../../shared/workspace/model';

/** Checklist statuses in the order a submission moves through them. */
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
