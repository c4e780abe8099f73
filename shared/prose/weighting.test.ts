import { describe, expect, it } from 'vitest';
import { SEEDS, corpusAvailable, corpusJson, seedBytes } from '../../test/corpus';
import { parseWeightingText, weightFromDescription } from './weighting';

describe('parseWeightingText', () => {
  if (corpusAvailable('prose/weighting lists')) {
    it('names each bulleted item by its own line (FTS 083468-2026, "The Key Criteria were:")', () => {
      const pkg = corpusJson('fts/members/083468-2026.json') as {
        releases: Array<{ tender: { lots: Array<{ description: string }> } }>;
      };
      const text = pkg.releases[0]?.tender.lots[0]?.description ?? '';
      // The list as the notice writes it, one "• name weight%" a line.
      const list = text.slice(
        text.indexOf('The Key Criteria were:'),
        text.indexOf('choice 20%') + 10,
      );
      expect(list).toContain('were:\n• Social Value 10%\n• Value - Commercial Questionnaire 10%');
      expect(parseWeightingText(list, 'f').map((p) => [p.label, p.weight])).toEqual([
        ['Social Value', 10],
        ['Value - Commercial Questionnaire', 10],
        ['Quality and Innovation', 30],
        ['Integration, collaboration, and service sustainability', 30],
        ['Improving access, reducing health inequalities, and facilitating choice', 20],
      ]);
    });
  }

  it('splits seed 004 "85% PQP (Quality & Price) 15% Presentations" into two stages', () => {
    const text = new TextDecoder().decode(seedBytes(SEEDS.staffordshireStalking));
    const release = JSON.parse(text.slice(text.indexOf('\n{') + 1)) as {
      tender: { lots: Array<{ awardCriteria: { weightingDescription: string } }> };
    };
    const description = release.tender.lots[0]?.awardCriteria.weightingDescription ?? '';
    const source = {
      field: 'tender.lots[0].awardCriteria.weightingDescription',
      snippet: '85% PQP (Quality & Price) 15% Presentations',
    };
    expect(parseWeightingText(description, source.field)).toEqual([
      { label: 'PQP (Quality & Price)', weight: 85, source },
      { label: 'Presentations', weight: 15, source },
    ]);
  });

  it.each([
    [
      'Quality 70% Price 30%',
      [
        ['Quality', 70],
        ['Price', 30],
      ],
    ],
    [
      'Price: 40%, Quality: 60%',
      [
        ['Price', 40],
        ['Quality', 60],
      ],
    ],
    [
      '60/40 quality/price',
      [
        ['Quality', 60],
        ['Price', 40],
      ],
    ],
    [
      'The tender will be evaluated on Quality 70% and Price 30%.',
      [
        ['Quality', 70],
        ['Price', 30],
      ],
    ],
    [
      '70% quality and 30% price',
      [
        ['Quality', 70],
        ['Price', 30],
      ],
    ],
    [
      'Quality 60% • Price 40%',
      [
        ['Quality', 60],
        ['Price', 40],
      ],
    ],
    [
      '60% Quality\n• 40% Price',
      [
        ['Quality', 60],
        ['Price', 40],
      ],
    ],
    [
      'Quality 60% (including Social Value 10%), Price 40%',
      [
        ['Quality', 60],
        ['Price', 40],
      ],
    ],
  ])('%s', (text, parts) => {
    expect(parseWeightingText(text, 'f').map((p) => [p.label, p.weight])).toEqual(parts);
  });

  it('returns [] when no weighting is stated', () => {
    expect(parseWeightingText('Most advantageous tender', 'f')).toEqual([]);
    expect(parseWeightingText('', 'f')).toEqual([]);
    expect(parseWeightingText('55/55 quality/price', 'f')).toEqual([]);
  });
});

describe('weightFromDescription', () => {
  it.each([
    ['10', 10],
    ['80%', 80],
    ['Weighting: 15%', 15],
    ['This question is weighted at 20%.', 20],
    [' 12.5 % ', 12.5],
  ])('%s → %d', (text, weight) => {
    expect(weightFromDescription(text)).toBe(weight);
  });

  it('gives null for prose without one clear weight', () => {
    expect(weightFromDescription('Describe your approach to 10 key areas of delivery')).toBeNull();
    expect(
      weightFromDescription('weighted 20% for part one and weighting 10% for part two'),
    ).toBeNull();
    expect(weightFromDescription('150')).toBeNull();
    expect(weightFromDescription(null)).toBeNull();
    expect(weightFromDescription('')).toBeNull();
  });
});

if (corpusAvailable('prose/weighting')) {
  describe('corpus 083468: criteria weights given only as description numbers', () => {
    it('reads Value 10, Social Value 10, Technical 80', () => {
      const pkg = corpusJson('fts/members/083468-2026.json') as {
        releases: Array<{
          tender: {
            lots: Array<{
              awardCriteria: { criteria: Array<{ name: string; description: string }> };
            }>;
          };
        }>;
      };
      const criteria = pkg.releases[0]?.tender.lots[0]?.awardCriteria.criteria ?? [];
      expect(criteria.map((c) => [c.name, weightFromDescription(c.description)])).toEqual([
        ['Value', 10],
        ['Social Value', 10],
        ['Technical', 80],
      ]);
    });
  });
}
