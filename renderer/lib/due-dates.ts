/**
 * Due dates on the bid workspace screens: a UK day (`yyyy-MM-dd`) shown as "6 May 2026" and how
 * far away it is ("due in 3 days", "due tomorrow", "overdue by 2 days").
 */
import { ukDay } from '../../shared/notice/instants';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

/** "6 May 2026"; "6 May" with `withYear` false. */
export function formatDay(day: string, withYear = true): string {
  const [year, month, date] = day.split('-');
  const text = `${Number(date)} ${MONTHS[Number(month) - 1] ?? '?'}`;
  return withYear ? `${text} ${year}` : text;
}

/** Whole calendar days from today (in the UK) to `day`; negative when it has passed. */
export function daysUntil(day: string, now: Date): number {
  return Math.round(
    (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${ukDay(now)}T00:00:00Z`)) / DAY_MS,
  );
}

export type DueUrgency = 'overdue' | 'soon' | 'later';

/** "due in 3 days" / "due today" / "overdue by 2 days", and how urgent that is. */
export function dueText(day: string, now: Date): { text: string; urgency: DueUrgency } {
  const days = daysUntil(day, now);
  if (days < 0) {
    return { text: `overdue by ${-days} ${-days === 1 ? 'day' : 'days'}`, urgency: 'overdue' };
  }
  if (days === 0) return { text: 'due today', urgency: 'soon' };
  if (days === 1) return { text: 'due tomorrow', urgency: 'soon' };
  return { text: `due in ${days} days`, urgency: days <= 7 ? 'soon' : 'later' };
}
