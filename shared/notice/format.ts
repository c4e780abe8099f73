import { formatInTimeZone } from 'date-fns-tz';
import type { Instant, Money } from './model';
import { UK_ZONE } from './instants';

/** "15 Dec 2026 12:00" (Europe/London), or "15 Dec 2026" for a day-level date. */
export function formatUkDate(at: Instant, allDay = false): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return formatInTimeZone(date, UK_ZONE, allDay ? 'd MMM yyyy' : 'd MMM yyyy HH:mm');
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
