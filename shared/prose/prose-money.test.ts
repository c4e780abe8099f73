import { describe, expect, it } from 'vitest';
import { parseMoney } from './prose-money';

describe('parseMoney', () => {
  it.each([
    ['£704,000', 704000],
    ['PS826,000', 826000],
    ['Circa PS704,000 (PS176,000 per annum)', 704000],
    ['£1.53 million', 1530000],
    ['£1.5m', 1500000],
    ['206,500', 206500],
    ['approximately £1,518,000', 1518000],
    ['£250k', 250000],
    ['£12,345.67', 12345.67],
    ['GBP 2,000', 2000],
    ['Lot 2 - £500', 500],
  ])('%s → %d', (text, value) => {
    expect(parseMoney(text)).toBe(value);
  });

  it('returns null without an amount and does not read "months" as millions', () => {
    expect(parseMoney('not specified')).toBeNull();
    expect(parseMoney('')).toBeNull();
    expect(parseMoney('12 months')).toBe(12);
  });
});
