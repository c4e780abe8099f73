import { describe, expect, it } from 'vitest';
import { str, strs } from './read';

describe('reading text fields', () => {
  it('trims white space of every kind at either end, and nothing inside', () => {
    expect(str('Hate Crime Service')).toBe('Hate Crime Service');
    expect(str('  Lot 1 ')).toBe('Lot 1');
    expect(str('\tLot 1\n')).toBe('Lot 1');
    expect(str('\u00a0Lot 1\u00a0')).toBe('Lot 1');
    expect(str('\ufeffLot 1\u2003')).toBe('Lot 1');
    expect(str('Lot 1\u3000')).toBe('Lot 1');
    expect(str('£704,000 ')).toBe('£704,000');
    expect(str('Café')).toBe('Café');
    expect(str('a  b')).toBe('a  b');
  });

  it('reads blank text as missing, and numbers as text', () => {
    expect(str('')).toBeNull();
    expect(str(' \n\u00a0')).toBeNull();
    expect(str(null)).toBeNull();
    expect(str(704000)).toBe('704000');
    expect(str(Number.NaN)).toBeNull();
    expect(strs([' UK4 ', '', 3, null])).toEqual(['UK4', '3']);
  });
});
