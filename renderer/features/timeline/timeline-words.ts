import type { IcsReminder } from '../../../shared/timeline';

/** The calendar export's reminder choices, as the "Remind me" menu says them. */
export const REMINDER_LABELS: Record<IcsReminder, string> = {
  '1-day': '1 day before',
  '1-week': '1 week before',
  none: 'No reminder',
};

/** How many rows of each table the printed page holds, so it stays one A4 page. */
export const PRINTED_ROWS = 10;
/** How much of the decision's reasons the printed page quotes (the Go/no-go tab has them all). */
export const PRINTED_PROSE = 400;

/** "and 19 more tasks: see the Checklist tab" under the printed page's tasks, or null. */
export function moreTasksText(more: number): string | null {
  if (more <= 0) return null;
  return `and ${more} more ${more === 1 ? 'task' : 'tasks'}: see the Checklist tab in Bid Desk.`;
}
