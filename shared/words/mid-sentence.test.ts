import { describe, expect, it } from 'vitest';
import { lowerFirstWord, midSentence } from './mid-sentence';

describe('midSentence', () => {
  it('lowers ordinary words and keeps acronyms and codes as written', () => {
    expect(midSentence('PSQ')).toBe('PSQ');
    expect(midSentence('Mission fit')).toBe('mission fit');
    expect(midSentence('We are a VCSE')).toBe('we are a VCSE');
    expect(midSentence('DBS checks in place')).toBe('DBS checks in place');
    expect(midSentence('Quality and Social Value')).toBe('quality and social value');
    expect(midSentence('Q12 Presentation')).toBe('Q12 presentation');
  });
});

describe('lowerFirstWord', () => {
  it('lowers the first word only, never an acronym', () => {
    expect(lowerFirstWord('The buyer in Staffordshire says so')).toBe(
      'the buyer in Staffordshire says so',
    );
    expect(lowerFirstWord('PSQ weights add to 90%')).toBe('PSQ weights add to 90%');
    expect(lowerFirstWord('DBS checks')).toBe('DBS checks');
    expect(lowerFirstWord('')).toBe('');
  });
});
