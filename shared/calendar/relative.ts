/**
 * How far away a date is, in the words a bid manager uses: "in 3 days", "tomorrow", "due in 3
 * days", "overdue by 2 days". Counted in UK calendar days from `now` (a parameter, as every clock
 * in the domain is).
 */
import { daysFromToday, type UkDay } from './days';
import { dueDay } from './instants';

/**
 * "in 3 days", "tomorrow", "today at 12:00", "2 hours ago", "5 days ago": how far away a date is.
 * Day-level dates count in days only.
 */
export function countdown(at: string, allDay: boolean, now: Date): string {
  const ms = Date.parse(at) - now.getTime();
  // A moment at midnight belongs to the day it ends: 00:00 on 27 June is "today" all of 26 June.
  const days = allDay ? daysFromToday(now, at) : daysFromToday(now, dueDay(at));
  if (days === 0) {
    if (allDay) return 'today';
    const hours = Math.round(Math.abs(ms) / 3_600_000);
    if (ms >= 0) return hours <= 1 ? 'within the hour' : `today, in ${hours} hours`;
    return hours <= 1 ? 'less than an hour ago' : `${hours} hours ago`;
  }
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  const span = Math.abs(days);
  const words =
    span < 60
      ? `${span} days`
      : span < 730
        ? `${Math.floor(span / 30.44)} months`
        : `${Math.floor(span / 365.25)} years`;
  return days > 0 ? `in ${words}` : `${words} ago`;
}

export type DueUrgency = 'overdue' | 'soon' | 'later';

/** "due in 3 days" / "due today" / "overdue by 2 days" for a due day, and how urgent that is. */
export function dueText(day: UkDay, now: Date): { text: string; urgency: DueUrgency } {
  const days = daysFromToday(now, day);
  if (days < 0) {
    return { text: `overdue by ${-days} ${-days === 1 ? 'day' : 'days'}`, urgency: 'overdue' };
  }
  if (days === 0) return { text: 'due today', urgency: 'soon' };
  if (days === 1) return { text: 'due tomorrow', urgency: 'soon' };
  return { text: `due in ${days} days`, urgency: days <= 7 ? 'soon' : 'later' };
}
