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
  return { sme: anySays(parts, 'sme'), vcse: anySays(parts, 'vcse') };
}

/** True when any part says so, false when parts say only no, null when none says. */
function anySays(parts: Suitability[], key: keyof Suitability): boolean | null {
  let answer: boolean | null = null;
  for (const part of parts) {
    if (part[key] === true) return true;
    if (part[key] === false) answer = false;
  }
  return answer;
}
