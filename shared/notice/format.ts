import type { Instant, Money } from './model';
import { ukWallClock } from './instants';

/** Day names by `Date.getUTCDay()` index, for dates written out in full ("Thursday 23 April"). */
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** Month names by zero-based month. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "15 Dec 2026 12:00" (Europe/London), or "15 Dec 2026" for a day-level date. */
export function formatUkDate(at: Instant, allDay = false): string {
  const formatted = ukDateTexts(at);
  if (!formatted) return at;
  return allDay ? formatted.day : formatted.dayAndTime;
}

/** Change logs of a large import format the same few deadlines and periods again and again. */
const formattedCache = new Map<string, { day: string; dayAndTime: string } | null>();

function ukDateTexts(at: Instant): { day: string; dayAndTime: string } | null {
  let formatted = formattedCache.get(at);
  if (formatted === undefined) {
    const date = new Date(at);
    if (Number.isNaN(date.getTime())) {
      formatted = null;
    } else {
      const { day, clock } = ukWallClock(date);
      const [year, month, dayOfMonth] = day.split('-');
      const text = `${Number(dayOfMonth)} ${MONTHS[Number(month) - 1]} ${year}`;
      formatted = { day: text, dayAndTime: `${text} ${clock.slice(0, 5)}` };
    }
    if (formattedCache.size > 50_000) formattedCache.clear();
    formattedCache.set(at, formatted);
  }
  return formatted;
}

const gbp = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  maximumFractionDigits: 0,
});
/** Pence are shown as pence: £151,552.80, never £151,552.8. */
const gbpPence = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "£1,265,000" (net), with the gross beside it when different; other currencies by code. */
export function formatMoney(money: Money | null): string | null {
  if (!money) return null;
  const one = (n: number): string =>
    money.currency === 'GBP'
      ? (Number.isInteger(n) ? gbp : gbpPence).format(n)
      : `${n.toLocaleString('en-GB')} ${money.currency}`;
  if (money.amount !== null && money.amountGross !== null && money.amountGross !== money.amount) {
    return `${one(money.amount)} (${one(money.amountGross)} incl. VAT)`;
  }
  if (money.amount !== null) return one(money.amount);
  return money.amountGross !== null ? `${one(money.amountGross)} incl. VAT` : null;
}

const AWARD_STATUS: Record<string, string> = {
  pending: 'Intention to award',
  active: 'Awarded',
  unsuccessful: 'Not awarded',
  cancelled: 'Award cancelled',
};

/** An OCDS award status in a bidder's words ("Intention to award" for `pending`). */
export function awardStatusText(status: string | null): string | null {
  if (status === null) return null;
  return AWARD_STATUS[status] ?? status;
}
