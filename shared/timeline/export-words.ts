/**
 * The words the timeline's exports (calendar, spreadsheet, printed page) use for its codes, so a
 * reader outside Bid Desk never sees `todo` or `sign-off`.
 */
import type { ChecklistStatus } from '../workspace/model';
import type { TimelineItem, TimelineLane, TimelineSource } from './model';

export const LANE_NAMES: Record<TimelineLane, string> = {
  notice: 'Notice',
  engagement: 'Engagement',
  writing: 'Writing',
  'sign-off': 'Sign-off',
};

export const SOURCE_NAMES: Record<TimelineSource, string> = {
  notice: 'Notice',
  bid: 'Our plan',
  estimate: 'Bid Desk estimate',
};

const CHECKLIST_STATUS_NAMES: Record<ChecklistStatus, string> = {
  todo: 'To do',
  drafting: 'Drafting',
  review: 'In review',
  done: 'Done',
  'not-needed': 'Not needed',
};

/**
 * Where an item stands, in words: a checklist item's own status; "Done" or "To do" for the rest of
 * the team's plan; nothing for the buyer's dates (they are not the team's to do).
 */
export function statusText(item: Pick<TimelineItem, 'status' | 'done' | 'source'>): string {
  if (item.status) return CHECKLIST_STATUS_NAMES[item.status];
  if (item.done) return 'Done';
  return item.source === 'bid' ? 'To do' : '';
}
