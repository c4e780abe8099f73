import type { Instant, Money } from './model';
import { ukWallClock } from './instants';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "15 Dec 2026 12:00" (Europe/London), or "15 Dec 2026" for a day-level date. */
export function formatUkDate(at: Instant, allDay = false): string {
  const parts = ukDateParts(at);
  if (!parts) return at;
  return allDay ? parts.day : `${parts.day} ${parts.time}`;
}

/** Change logs of a large import format the same few deadlines and periods again and again. */
const partsCache = new Map<string, { day: string; time: string } | null>();

function ukDateParts(at: Instant): { day: string; time: string } | null {
  let parts = partsCache.get(at);
  if (parts === undefined) {
    const date = new Date(at);
    if (Number.isNaN(date.getTime())) {
      parts = null;
    } else {
      const { day, clock } = ukWallClock(date);
      const [year, month, dayOfMonth] = day.split('-');
      parts = {
        day: `${Number(dayOfMonth)} ${MONTHS[Number(month) - 1]} ${year}`,
        time: clock.slice(0, 5),
      };
    }
    if (partsCache.size > 50_000) partsCache.clear();
    partsCache.set(at, parts);
  }
  return parts;
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
