import { describe, expect, it } from 'vitest';
import { formatMoney } from './format';

const money = (amount: number | null, amountGross: number | null, currency = 'GBP') => ({
  amount,
  amountGross,
  currency,
});

describe('formatMoney', () => {
  it('shows whole pounds without pence and pence always as two digits', () => {
    expect(formatMoney(money(1_265_000, null))).toBe('£1,265,000');
    expect(formatMoney(money(40_465.2, null))).toBe('£40,465.20');
    expect(formatMoney(money(151_552.8, 181_863.36))).toBe('£151,552.80 (£181,863.36 incl. VAT)');
  });

  it('gives other currencies by code, with the same rule for cents', () => {
    expect(formatMoney(money(40_465.2, null, 'EUR'))).toBe('40,465.20 EUR');
    expect(formatMoney(money(250_000, null, 'EUR'))).toBe('250,000 EUR');
  });

  it('says nothing when the notice gives no value', () => {
    expect(formatMoney(null)).toBeNull();
    expect(formatMoney(money(null, null))).toBeNull();
    expect(formatMoney(money(null, 120_000))).toBe('£120,000 incl. VAT');
  });
});
