import type { Money } from './model';

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

/** Other currencies by their code, with the same rule for the part after the point. */
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const pence = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "£1,265,000" (net), with the gross beside it when different; other currencies by code. */
export function formatMoney(money: Money | null): string | null {
  if (!money) return null;
  const one = (n: number): string =>
    money.currency === 'GBP'
      ? (Number.isInteger(n) ? gbp : gbpPence).format(n)
      : `${(Number.isInteger(n) ? whole : pence).format(n)} ${money.currency}`;
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
