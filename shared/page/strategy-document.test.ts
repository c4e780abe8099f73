import { describe, expect, it } from 'vitest';
import { SEEDS, seedBytes } from '../../test/corpus';
import { decodeText } from '../import/decode';
import { detectStrategyDocument } from './strategy-document';

function seedText(name: string): string {
  return decodeText(seedBytes(name), name);
}

describe('detectStrategyDocument', () => {
  it('recognises seed 003 as the West Midlands PCC commissioning strategy', () => {
    expect(detectStrategyDocument(seedText(SEEDS.strategy))).toEqual({
      title: 'Commissioning Strategy',
      buyerName: 'West Midlands Police and Crime Commissioner',
    });
  });

  it.each([
    SEEDS.westMidlands,
    SEEDS.cleveland,
    SEEDS.staffordshireHateCrime,
    SEEDS.staffordshireStalking,
  ])('does not take notice seed %s for a strategy, with or without its JSON', (name) => {
    const text = seedText(name);
    expect(detectStrategyDocument(text)).toBeNull();
    expect(detectStrategyDocument(text.slice(0, text.indexOf('\n{\n') + 1))).toBeNull();
  });

  it('does not take JSON, HTML, empty text or a short mention for a strategy', () => {
    const page = seedText(SEEDS.westMidlands);
    expect(detectStrategyDocument(page.slice(page.indexOf('\n{\n') + 1))).toBeNull();
    expect(detectStrategyDocument('<html><body>Commissioning Strategy</body></html>')).toBeNull();
    expect(detectStrategyDocument('')).toBeNull();
    // The strategy's first paragraph alone names itself but says too little to be one.
    const strategy = seedText(SEEDS.strategy);
    expect(
      detectStrategyDocument(strategy.slice(0, strategy.indexOf('strategic level'))),
    ).toBeNull();
  });

  it('still recognises the strategy when saved with CRLF line ends', () => {
    const crlf = new TextEncoder().encode(seedText(SEEDS.strategy).replace(/\n/g, '\r\n'));
    expect(detectStrategyDocument(decodeText(crlf, 'strategy.txt'))?.buyerName).toBe(
      'West Midlands Police and Crime Commissioner',
    );
  });
});
