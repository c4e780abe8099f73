import { formatMoney, formatUkDate, MONTH_NAMES, WEEKDAY_NAMES } from '../../shared/notice/format';
import { dueDay, ukDay } from '../../shared/notice/instants';
import type { KeyDateKind } from '../../shared/notice/model';

export { formatMoney, formatUkDate, MONTH_NAMES, WEEKDAY_NAMES };
export { formatKeyDate, midnightMeaning } from '../../shared/notice/midnight';

export const KEY_DATE_LABELS: Record<KeyDateKind, string> = {
  published: 'Published',
  engagement: 'Market engagement',
  engagementSignUp: 'Engagement sign-up closes',
  expressionOfInterest: 'Expression of interest due',
  clarificationDeadline: 'Clarification questions close',
  submissionDeadline: 'Submission deadline',
  futureNotice: 'Next notice expected',
  awardDecision: 'Award decision',
  contractStart: 'Contract starts',
  contractEnd: 'Contract ends',
  contractMaxEnd: 'Latest contract end',
  standstillEnd: 'Standstill ends',
  expectedSignature: 'Contract signature expected',
  tendersOpened: 'Tenders opened',
};

const DAY = 86_400_000;

/** Whole UK calendar days from `now` to `at`, an instant or a UK day (negative when past). */
export function daysBetween(now: Date, at: string): number {
  const a = Date.parse(`${ukDay(now)}T00:00:00Z`);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : ukDay(at);
  const b = Date.parse(`${day}T00:00:00Z`);
  return Math.round((b - a) / DAY);
}

/**
 * "in 3 days", "tomorrow", "today at 12:00", "2 hours ago", "5 days ago": how far away a date is,
 * in the words a bid manager uses. Day-level dates count in days only.
 */
export function countdown(at: string, allDay: boolean, now: Date): string {
  const ms = Date.parse(at) - now.getTime();
  // A moment at midnight belongs to the day it ends: 00:00 on 27 June is "today" all of 26 June.
  const days = allDay ? daysBetween(now, at) : daysBetween(now, dueDay(at));
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
