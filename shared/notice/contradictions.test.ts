/**
 * Publishers' contradictions, on real notices: each becomes a warning with the figures involved
 * (stored with the notice and in the import's warnings), never a silent pick. Where no real file
 * shows a case, a real file is edited in one field inside the test (said at each such test).
 */
import { describe, expect, it } from 'vitest';
import {
  corpusAvailable,
  corpusBytes,
  corpusFiles,
  corpusJson,
  SEEDS,
  seedBytes,
} from '../../test/corpus';
import { importNoticeFile, type ImportResult } from '../import/engine';
import { criterionLabel } from './criteria';
import { Opportunity, type ImportWarning } from './model';

const CONTRADICTIONS = new Set([
  'lot-currency-differs',
  'lot-values-exceed-total',
  'weights-read-as-two-levels',
  'weights-do-not-add-up',
  'deadline-before-publication',
  'clarification-after-deadline',
]);

const PAGE20 = 'more-notices/fts-page20-pcr-contract-notices-2026-05-30.json';
const CF_PAGE100 = 'more-notices/cf-page100-2022-10-22.json';
const HAF_DPS = 'more-notices/derived-fts-pcr-4lots-050970-2026.json';
const UK4_ONE_LOT = 'more-notices/fts-uk4-tender-032703-2026.json';
const FIVE_LOTS = 'fts/members/083563-2026.json';

type Json = Record<string, unknown>;

function imported(result: ImportResult): {
  opportunities: Opportunity[];
  warnings: ImportWarning[];
} {
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

function importPath(path: string) {
  return imported(
    importNoticeFile({ name: path.split('/').pop() as string, bytes: corpusBytes(path) }),
  );
}

/** A real file with one field changed by the test. */
function importEdited(path: string, edit: (release: Json) => void) {
  const json = corpusJson(path) as { releases: Json[] };
  for (const release of json.releases) edit(release);
  const bytes = new TextEncoder().encode(JSON.stringify(json));
  return imported(importNoticeFile({ name: `edited-${path.split('/').pop() as string}`, bytes }));
}

function byOcid(opportunities: Opportunity[], ocid: string): Opportunity {
  const found = opportunities.find((o) => o.ocid === ocid);
  if (!found) throw new Error(`${ocid} not found`);
  return found;
}

function contradictions(warnings: ImportWarning[]): ImportWarning[] {
  return warnings.filter((w) => CONTRADICTIONS.has(w.code));
}

const tender = (release: Json): Json => release.tender as Json;
const lots = (release: Json): Json[] => tender(release).lots as Json[];

if (corpusAvailable('notice contradictions')) {
  describe('quality weights out of 100 beside price 30 (FTS 06a668, summing to 130)', () => {
    const { opportunities, warnings } = importPath(PAGE20);
    const fish = byOcid(opportunities, 'ocds-h6vhtk-06a668');
    const lot = fish.lots[0];

    it('reads the quality weights as shares of the 70% for quality, keeping what the notice said', () => {
      expect(lot?.criteria.map((c) => [c.name ?? c.type, c.weight, c.weightAsStated])).toEqual([
        ['Proposed Solution', 35, 50],
        ['Lead Times, Warranty & Support', 14, 20],
        ['Framework Management & Quality Assurance', 10.5, 15],
        ['Corporate & Social Responsibilities', 7, 10],
        ['Fair Work First', 3.5, 5],
        ['price', 30, undefined],
      ]);
      expect(lot?.criteria.map((c) => c.description)).toEqual(['50', '20', '15', '10', '5', '30']);
      expect(lot?.criteria[0]?.source?.snippet).toBe('50');
      expect(lot?.criteria.reduce((sum, c) => sum + (c.weight ?? 0), 0)).toBe(100);
    });

    it('calls the unnamed price criterion "Price", not by the weight in its description', () => {
      expect(lot?.criteria.map(criterionLabel)).toEqual([
        'Proposed Solution',
        'Lead Times, Warranty & Support',
        'Framework Management & Quality Assurance',
        'Corporate & Social Responsibilities',
        'Fair Work First',
        'Price',
      ]);
    });

    it('says so, with the numbers, on the notice and in the import warnings', () => {
      expect(fish.warnings).toEqual([
        {
          code: 'weights-read-as-two-levels',
          message:
            'The quality weights (50%, 20%, 15%, 10%, 5%) add up to 100 beside price 30%, 130% in all. Bid Desk read them as shares of the 70% for quality: 35%, 14%, 10.5%, 7%, 3.5% of the total. Check with the buyer that this is what they meant.',
          ocid: 'ocds-h6vhtk-06a668',
        },
      ]);
      const found = warnings.filter((w) => w.ocid === 'ocds-h6vhtk-06a668');
      expect(found.map((w) => w.code)).toContain('weights-read-as-two-levels');
      expect(found.find((w) => w.code === 'weights-read-as-two-levels')?.message).toMatch(
        /^“Framework Agreement for Fish Tracking Equipment”: The quality weights \(50%/,
      );
    });

    it('keeps the warnings through the model schema (the IPC contract) and still reads notices stored without them', () => {
      expect(Opportunity.parse(fish).warnings).toEqual(fish.warnings);
      expect(Opportunity.parse(fish).lots[0]?.criteria[0]?.weightAsStated).toBe(50);
      const stored = JSON.parse(JSON.stringify(fish)) as Record<string, unknown>;
      delete stored.warnings;
      expect(Opportunity.safeParse(stored).success).toBe(true);
    });

    it('leaves the other 19 notices of the page as they were (8 criteria summing to 100 stay 15/15/10…)', () => {
      const eight = byOcid(opportunities, 'ocds-h6vhtk-06a7da').lots[0];
      expect(eight?.criteria.map((c) => c.weight)).toEqual([15, 15, 10, 15, 5, 5, 5, 30]);
      expect(eight?.criteria.every((c) => c.weightAsStated === undefined)).toBe(true);
    });
  });

  describe('other sums are warned about, never rescaled', () => {
    it('110 (price 40 beside quality 70: one quality criterion, so not two levels) in every lot, said once', () => {
      // Edited: FTS 083563-2026's five lots each have price 30 / quality 70; price made 40.
      const { opportunities, warnings } = importEdited(FIVE_LOTS, (release) => {
        for (const lot of lots(release)) {
          const criteria = (lot.awardCriteria as Json).criteria as Json[];
          (criteria[0] as Json).numbers = [{ number: 40, weight: 'percentageExact' }];
        }
      });
      const [o] = opportunities;
      expect(o?.lots.map((l) => l.criteria.map((c) => c.weight))).toEqual(Array(5).fill([40, 70]));
      expect(contradictions(warnings)).toEqual([
        {
          code: 'weights-do-not-add-up',
          message:
            '“Science and Industry Museum Wonderlab Group 2 Interactives Makers”: Lots 1, 2, 3, 4 and 5: the award criteria weights add up to 110%, not 100% (Price 40%, Quality 70%). Bid Desk kept them as published: check with the buyer.',
          ocid: 'ocds-h6vhtk-06f17d',
        },
      ]);
    });

    it('90 in one lot of five names that lot', () => {
      // Edited: lot 3's quality 70 made 60.
      const { warnings } = importEdited(FIVE_LOTS, (release) => {
        const criteria = ((lots(release)[2] as Json).awardCriteria as Json).criteria as Json[];
        (criteria[1] as Json).numbers = [{ number: 60, weight: 'percentageExact' }];
      });
      expect(contradictions(warnings).map((w) => w.message)).toEqual([
        '“Science and Industry Museum Wonderlab Group 2 Interactives Makers”: Lot 3: the award criteria weights add up to 90%, not 100% (Price 30%, Quality 60%). Bid Desk kept them as published: check with the buyer.',
      ]);
    });
  });

  it('a sum equal to one stage of the published weighting is that stage, not a contradiction', () => {
    // Edited: FTS 083563-2026's lot 1 made a two-stage evaluation as seed 004 words it
    // ("85% PQP (Quality & Price) 15% Presentations"), with quality 55 so its criteria make 85.
    const edit = (withStages: boolean) =>
      importEdited(FIVE_LOTS, (release) => {
        const awardCriteria = (lots(release)[0] as Json).awardCriteria as Json;
        const criteria = awardCriteria.criteria as Json[];
        (criteria[1] as Json).numbers = [{ number: 55, weight: 'percentageExact' }];
        if (withStages) {
          awardCriteria.weightingDescription = '85% PQP (Quality & Price) 15% Presentations';
        }
      });
    const staged = edit(true);
    expect(staged.opportunities[0]?.lots[0]?.weightingParts.map((p) => p.weight)).toEqual([85, 15]);
    expect(contradictions(staged.warnings)).toEqual([]);
    expect(contradictions(edit(false).warnings).map((w) => w.code)).toEqual([
      'weights-do-not-add-up',
    ]);
  });

  describe('lot values above the whole contract', () => {
    it('FTS 06a936 (a DPS of 4 lots of £4m each, £4m in all) is warned about with the sums', () => {
      const { opportunities, warnings } = importPath(HAF_DPS);
      const [o] = opportunities;
      expect(o?.lots.map((l) => l.value?.amount)).toEqual([4e6, 4e6, 4e6, 4e6]);
      expect(o?.value?.amount).toBe(4e6);
      expect(o?.warnings).toEqual([
        {
          code: 'lot-values-exceed-total',
          message:
            "The values of the 4 lots add up to £16,000,000, more than the £4,000,000 given for the whole contract. A lot's value may be the most it could be worth on its own, or a figure may be wrong: check with the buyer.",
          ocid: 'ocds-h6vhtk-06a936',
        },
      ]);
      expect(contradictions(warnings).map((w) => w.code)).toEqual(['lot-values-exceed-total']);
    });

    it('five lots adding up exactly to the contract (FTS 083563-2026, £182,500) are not', () => {
      const { opportunities, warnings } = importPath(FIVE_LOTS);
      expect(opportunities[0]?.lots.reduce((s, l) => s + (l.value?.amount ?? 0), 0)).toBe(182500);
      expect(contradictions(warnings)).toEqual([]);
      expect(opportunities[0]?.warnings).toBeUndefined();
    });
  });

  describe('a lot valued in another currency than the contract', () => {
    it('is warned about with both figures', () => {
      // Edited: no real file in the corpus shows it (Find a Tender 078219 does: "£2,772,000"
      // beside "2,772,000 AED"), so FTS 083563-2026's lot 1 currency is made AED.
      const { opportunities, warnings } = importEdited(FIVE_LOTS, (release) => {
        ((lots(release)[0] as Json).value as Json).currency = 'AED';
      });
      expect(opportunities[0]?.lots[0]?.value?.currency).toBe('AED');
      expect(contradictions(warnings)).toEqual([
        {
          code: 'lot-currency-differs',
          message:
            '“Science and Industry Museum Wonderlab Group 2 Interactives Makers”: Lot 1 is valued in AED (50,000 AED (60,000 AED incl. VAT)) but the contract in GBP (£182,500 (£219,000 incl. VAT)). Check with the buyer which currency is meant.',
          ocid: 'ocds-h6vhtk-06f17d',
        },
      ]);
    });
  });

  describe('deadlines that contradict the notice', () => {
    it('a CF tender notice published in Oct 2022 whose submission deadline was 30 Sep 2021', () => {
      const { opportunities, warnings } = importPath(CF_PAGE100);
      const rosalind = byOcid(opportunities, 'ocds-b5fd17-d189755c-acb5-4450-b6b0-74554c8efbbe');
      expect(rosalind.stage).toBe('tender');
      expect(rosalind.warnings).toEqual([
        {
          code: 'deadline-before-publication',
          message:
            'The submission deadline (30 Sep 2021, 23:59) is before the notice was published (21 Oct 2022, 16:19). Check with the buyer which date is right.',
          ocid: 'ocds-b5fd17-d189755c-acb5-4450-b6b0-74554c8efbbe',
        },
      ]);
      // The page's award notices come after their deadlines, as awards do: nothing to say.
      const awards = opportunities.filter((o) => o.stage === 'award' || o.stage === 'contract');
      expect(awards.length).toBeGreaterThan(20);
      expect(awards.flatMap((o) => o.warnings ?? [])).toEqual([]);
      expect(contradictions(warnings).map((w) => w.ocid)).toEqual([rosalind.ocid]);
    });

    it('an amendment published after its clarification deadline is not a contradiction', () => {
      const { warnings } = importPath(
        'ocds-examples/standard-1.1/change_history/tenderAmendment.json',
      );
      expect(contradictions(warnings)).toEqual([]);
    });

    it('a clarification deadline after the submission deadline', () => {
      // Edited: no real file shows it, so FTS 032703-2026's enquiry period (24 Apr) is moved to
      // 15 May, a week after its submission deadline (8 May).
      const { opportunities, warnings } = importEdited(UK4_ONE_LOT, (release) => {
        tender(release).enquiryPeriod = { endDate: '2026-05-15T23:59:59+01:00' };
      });
      expect(opportunities[0]?.warnings).toEqual([
        {
          code: 'clarification-after-deadline',
          message:
            'The clarification questions deadline (15 May 2026, 23:59) is after the submission deadline (8 May 2026, 23:59). Check with the buyer when questions close.',
          ocid: 'ocds-h6vhtk-067fb8',
        },
      ]);
      expect(contradictions(warnings)).toHaveLength(1);
      expect(contradictions(importPath(UK4_ONE_LOT).warnings)).toEqual([]);
    });

    it('a UK4 whose history says it was published after its deadline', () => {
      // Edited: FTS 032703-2026's tender notice date (10 Apr 2026) moved to 9 May 2026.
      const { opportunities } = importEdited(UK4_ONE_LOT, (release) => {
        for (const d of tender(release).documents as Json[]) {
          if (d.noticeType === 'UK4') d.datePublished = '2026-05-09T10:50:13+01:00';
        }
      });
      expect(opportunities[0]?.warnings?.map((w) => w.message)).toEqual([
        'The clarification questions deadline (24 Apr 2026, 23:59) is before the notice was published (9 May 2026, 10:50). Check with the buyer which date is right.',
        'The submission deadline (8 May 2026, 23:59) is before the notice was published (9 May 2026, 10:50). Check with the buyer which date is right.',
      ]);
    });
  });

  describe('across the corpus and the seeds', () => {
    const files = [
      ...corpusFiles('fts'),
      ...corpusFiles('contracts-finder'),
      ...corpusFiles('more-notices'),
    ].filter((f) => !f.endsWith('as-fetched-Infinity.json'));

    it('finds contradictions only where the real files show them', () => {
      const found = files.flatMap((path) => {
        const result = importNoticeFile({ name: path, bytes: corpusBytes(path) });
        if (!result.ok) return [];
        return contradictions(result.warnings).map((w) => `${path} ${w.ocid} ${w.code}`);
      });
      expect(found.sort()).toEqual([
        `${CF_PAGE100} ocds-b5fd17-d189755c-acb5-4450-b6b0-74554c8efbbe deadline-before-publication`,
        `${HAF_DPS} ocds-h6vhtk-06a936 lot-values-exceed-total`,
        `${PAGE20} ocds-h6vhtk-06a668 weights-read-as-two-levels`,
        `${PAGE20} ocds-h6vhtk-06a936 lot-values-exceed-total`,
      ]);
    });

    it.each(Object.values(SEEDS).filter((s) => s !== SEEDS.strategy))(
      'seed %s has none',
      (seed) => {
        const result = imported(importNoticeFile({ name: seed, bytes: seedBytes(seed) }));
        expect(contradictions(result.warnings)).toEqual([]);
      },
    );
  });
}
