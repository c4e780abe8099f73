import type { Instant, Money } from './model';
import { ukWallClock } from './instants';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "15 Dec 2026 12:00" (Europe/London), or "15 Dec 2026" for a day-level date. */
export function formatUkDate(at: Instant, allDay = false): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const { day, clock } = ukWallClock(date);
  const [year, month, dayOfMonth] = day.split('-');
  const text = `${Number(dayOfMonth)} ${MONTHS[Number(month) - 1]} ${year}`;
  return allDay ? text : `${text} ${clock.slice(0, 5)}`;
}

const gbp = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  maximumFractionDigits: 2,
  minimumFractionDigits: 0,
});

/** "£1,265,000" (net), with the gross beside it when different; other currencies by code. */
export function formatMoney(money: Money | null): string | null {
  if (!money) return null;
  const one = (n: number): string =>
    money.currency === 'GBP' ? gbp.format(n) : `${n.toLocaleString('en-GB')} ${money.currency}`;
  if (money.amount !== null && money.amountGross !== null && money.amountGross !== money.amount) {
    return `${one(money.amount)} (${one(money.amountGross)} incl. VAT)`;
  }
  if (money.amount !== null) return one(money.amount);
  return money.amountGross !== null ? `${one(money.amountGross)} incl. VAT` : null;
}
