/** Money phrases in notice prose: "£704,000", "PS826,000", "£1.53 million", "206,500". */
import { repairText } from './prose-text';

/**
 * One money amount: optional currency mark, digits (with thousands commas or a decimal part)
 * and an optional multiplier word. The multiplier must end a word, so "12 months" is not £12m.
 */
export const MONEY_SOURCE = String.raw`(£|GBP\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,12}(?:\.\d{1,4})?)(?:\s{0,2}(million|mn|m|billion|bn|thousand|k)\b)?`;

const MULTIPLIERS: Record<string, number> = {
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  thousand: 1e3,
  k: 1e3,
};

/** The number a money match stands for (pence kept, floating-point noise removed). */
export function moneyValue(digits: string, multiplier: string | undefined): number | null {
  const n = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  const times = multiplier ? (MULTIPLIERS[multiplier.toLowerCase()] ?? 1) : 1;
  return Math.round(n * times * 100) / 100;
}

/**
 * Parse a money phrase such as "£704,000", "PS826,000", "£1.53 million", "£1.5m" or "206,500"
 * into a number, or null when it holds no amount. The first amount marked with £ wins, so
 * "Lot 2 - £500" is 500; without a £ the first number is taken.
 */
export function parseMoney(text: string): number | null {
  let first: number | null = null;
  for (const m of repairText(text).matchAll(new RegExp(MONEY_SOURCE, 'gi'))) {
    if (!m[2]) continue;
    const value = moneyValue(m[2], m[3]);
    if (m[1]) return value;
    first ??= value;
  }
  return first;
}
