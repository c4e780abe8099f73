import { describe, expect, it } from 'vitest';
import { SEEDS, seedBytes } from '../../test/corpus';
import { findLotsInProse } from './lots';

function seed002Description(): string {
  const text = new TextDecoder().decode(seedBytes(SEEDS.staffordshireHateCrime));
  const release = JSON.parse(text.slice(text.indexOf('\n{') + 1)) as {
    tender: { description: string };
  };
  return release.tender.description;
}

describe('findLotsInProse: seed 002 (lots only in prose, pound sign as "PS")', () => {
  const lots = findLotsInProse(seed002Description(), 'tender.description');

  it('finds Lot A and Lot B with the headed titles, totals and yearly values', () => {
    expect(lots.map((l) => [l.id, l.title, l.value, l.annualValue])).toEqual([
      ['A', 'Hate Crime Service', 704000, 176000],
      ['B', 'ASB & Mediation Service', 826000, 206500],
    ]);
  });

  it('shows the repaired words each lot came from', () => {
    expect(lots.map((l) => l.source)).toEqual([
      {
        field: 'tender.description',
        snippet: 'Lot A - Hate Crime Service Circa £704,000 (£176,000 per annum)',
      },
      {
        field: 'tender.description',
        snippet: 'Lot B - ASB & Mediation Service Circa £826,000 (206,500 per annum)',
      },
    ]);
  });
});

describe('findLotsInProse: other wordings', () => {
  it('takes titles from "(Lot A)" mentions when there are no headings', () => {
    const lots = findLotsInProse(
      'The Staffordshire Police, Fire and Crime Commissioner seeks to commission a Staffordshire and Stoke-on-Trent Hate Crime Support Service (Lot A) and an ASB & Mediation Support Service (Lot B) for victims of crime',
      'd',
    );
    expect(lots.map((l) => [l.id, l.title, l.value, l.annualValue])).toEqual([
      ['A', 'Staffordshire and Stoke-on-Trent Hate Crime Support Service', null, null],
      ['B', 'ASB & Mediation Support Service', null, null],
    ]);
  });

  it('reads numbered headings and million amounts', () => {
    const lots = findLotsInProse(
      'Lot 1: Adult Services, approximately £1.2m. Lot 2: Young People, £450,000.',
      'd',
    );
    expect(lots.map((l) => [l.id, l.title, l.value])).toEqual([
      ['1', 'Adult Services', 1200000],
      ['2', 'Young People', 450000],
    ]);
  });

  it('returns [] for one lot, for "a lot of", and for empty text', () => {
    expect(findLotsInProse('Lot 1 - Victim Services £100,000', 'd')).toEqual([]);
    expect(findLotsInProse('There is a lot of work. A lot. B lot.', 'd')).toEqual([]);
    expect(findLotsInProse('', 'd')).toEqual([]);
  });
});
