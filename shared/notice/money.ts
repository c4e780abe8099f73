import type { Money, Suitability } from './model';
import { bool, num, obj, str } from '../ocds/read';

/**
 * An OCDS Value as Money. FTS writes `amountGross: 0` (and sometimes `amount: 0`) when the buyer
 * gave no value; a bidder reads that as "not specified", not as a free contract, so zero is null.
 */
export function readMoney(value: unknown): Money | null {
  const v = obj(value);
  if (!v) return null;
  const amount = nonZero(num(v.amount));
  const amountGross = nonZero(num(v.amountGross));
  if (amount === null && amountGross === null) return null;
  return { amount, amountGross, currency: str(v.currency) ?? 'GBP' };
}

function nonZero(n: number | null): number | null {
  return n === null || n === 0 ? null : n;
}

export function readSuitability(value: unknown): Suitability {
  const s = obj(value);
  return { sme: bool(s?.sme), vcse: bool(s?.vcse) };
}

/** Opportunity-level suitability: suitable when the notice or any lot says so. */
export function combineSuitability(parts: Suitability[]): Suitability {
  const pick = (key: keyof Suitability): boolean | null => {
    const known = parts.map((p) => p[key]).filter((v): v is boolean => v !== null);
    return known.length === 0 ? null : known.some(Boolean);
  };
  return { sme: pick('sme'), vcse: pick('vcse') };
}
