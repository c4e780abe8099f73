import { describe, expect, it } from 'vitest';
import { SEEDS, corpusAvailable, corpusJson, seedBytes } from '../../test/corpus';
import { noticeText } from '../notice/text';
import { findLotsInProse } from './prose-lots';

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

  it('ends a listed lot with its list item, also when the list was HTML', () => {
    const text = noticeText(
      '<p>The tender is split:</p><ul><li>Lot 1 - North East</li><li>Lot 2 - Wales</li></ul><p>The total value is £5m.</p>',
    );
    expect(findLotsInProse(text ?? '', 'd').map((l) => [l.id, l.title, l.value])).toEqual([
      ['1', 'North East', null],
      ['2', 'Wales', null],
    ]);
  });

  it('reads a value on the line under a heading that is not a list item', () => {
    const lots = findLotsInProse(
      'Lot 1: Adult Services\nEstimated value: £1.2m\n\nLot 2: Young People\nEstimated value £450,000\n\nTotal £2m',
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

if (corpusAvailable('prose/prose-lots')) {
  describe('findLotsInProse: lots listed as bullets, one a line (Contracts Finder)', () => {
    // "PAS2035 Retrofit Consultants Framework": "• Lot 1 - North East\r\n• Lot 2 - ..." and, after
    // the last item, "\r\nThe authority seeks to appoint up to 8 ... Providers per Lot".
    const pkg = corpusJson('more-notices/cf-page100-2022-10-22.json') as {
      releases: Array<{ ocid: string; tender: { description: string } }>;
    };
    const description =
      pkg.releases.find((r) => r.ocid === 'ocds-b5fd17-9685cb07-170c-4dab-9839-c263d551998a')
        ?.tender.description ?? '';
    const lots = findLotsInProse(description, 'tender.description');

    it('ends each title with its line: no bullet of the next item, no words of the next line', () => {
      expect(description).toContain('• Lot 10 - Wales\r\nThe authority seeks to appoint');
      expect(lots.map((l) => [l.id, l.title])).toEqual([
        ['1', 'North East'],
        ['2', 'Yorkshire & Humber'],
        ['3', 'North West'],
        ['4', 'West Midlands'],
        ['5', 'East Midlands'],
        ['6', 'East of England'],
        ['7', 'South East'],
        ['8', 'South West'],
        ['9', 'London'],
        ['10', 'Wales'],
      ]);
    });

    it('keeps the list item each lot came from as its source', () => {
      expect(lots[0]?.source).toEqual({
        field: 'tender.description',
        snippet: 'Lot 1 - North East',
      });
      expect(lots[9]?.source.snippet).toBe('Lot 10 - Wales');
      expect(lots.every((l) => l.value === null && l.annualValue === null)).toBe(true);
    });
  });
}
