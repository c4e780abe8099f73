// @vitest-environment jsdom
/**
 * The awards of real notices as a bid manager reads them on the opportunity page, with the bid's
 * outcome recorded from them.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../../shared/import/engine';
import type { Opportunity } from '../../../shared/notice/model';
import { awardOutcomes } from '../../../shared/workspace/outcome';
import type { BidOutcome, Organisation } from '../../../shared/workspace/model';
import { DEFAULT_DECISION_SETTINGS } from '../../../shared/workspace/settings';
import { corpusAvailable, corpusBytes } from '../../../test/corpus';
import { AwardsSection } from './AwardsSection';

const hasCorpus = corpusAvailable('awards section suite');
afterEach(cleanup);

function notice(path: string): Opportunity {
  const result = importNoticeFile({ name: path, bytes: corpusBytes(path) });
  if (!result.ok) throw new Error(result.error.message);
  return result.opportunities[0] as Opportunity;
}

/** The outcome an import records for a bid on the whole opportunity. */
function outcome(o: Opportunity, organisation: Organisation | null): BidOutcome[] {
  return awardOutcomes({
    opportunityId: 'opp',
    awards: o.awards,
    lots: [],
    decisions: [
      {
        id: crypto.randomUUID(),
        opportunityId: 'opp',
        lotId: null,
        gates: [],
        factors: [],
        settings: DEFAULT_DECISION_SETTINGS,
        score: null,
        recommendation: 'review',
        outcome: 'bid',
        decidedBy: 'Priya Shah',
        decidedOn: '2025-01-10',
        rationale: 'Fits.',
        createdAt: '2025-01-10T09:00:00.000Z',
        updatedAt: '2025-01-10T09:00:00.000Z',
        updatedBy: 'Priya Shah',
      },
    ],
    organisation,
    existing: [],
    fileName: 'cf-0cb08240-award-819886.json',
    sourceFileId: 'f',
    at: '2025-01-24T09:00:00.000Z',
    user: 'Priya Shah',
    newId: () => crypto.randomUUID(),
  });
}

function facts(award: HTMLElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dt of within(award).getAllByRole('term')) {
    out[dt.textContent] = dt.nextElementSibling?.textContent ?? '';
  }
  return out;
}

const CF_AWARD = 'contracts-finder/releases/cf-0cb08240-award-819886.json';
const bath: Organisation = {
  name: 'Bath Community Safety CIC',
  companyNumber: null,
  charityNumber: null,
};

describe.runIf(hasCorpus)('AwardsSection', () => {
  it('a Contracts Finder award: the supplier and its size, the value, the dates, and "Not won"', () => {
    const o = notice(CF_AWARD);
    render(
      <AwardsSection awards={o.awards} lots={[]} outcomes={outcome(o, bath)} organisation={bath} />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Award');
    const box = screen.getByTestId('bid-outcome');
    expect(within(box).getByRole('heading').textContent).toBe('Your bid: Not won');
    expect(box.textContent).toContain(
      'Awarded to OpenView Security Solutions Limited for £75,000 on 23 Jan 2025, not to Bath Community Safety CIC.',
    );
    expect(box.textContent).toContain('Recorded 24 Jan 2025 from “cf-0cb08240-award-819886.json”');
    const award = screen.getByRole('article', {
      name: 'Award to OpenView Security Solutions Limited',
    });
    expect(facts(award)).toEqual({
      'Awarded to': 'OpenView Security Solutions Limited Large organisation',
      Value: '£75,000',
      Status: 'Awarded',
      Description: 'ESPO FRAMEWORK - Contract Award',
      'Award decision': '23 Jan 2025',
      Contract: '1 Feb 2025 to 31 Mar 2025',
    });
  });

  it('says "Won" when the supplier is your organisation', () => {
    const o = notice(CF_AWARD);
    const yours = {
      name: 'OpenView Security Solutions Ltd',
      companyNumber: null,
      charityNumber: null,
    };
    render(
      <AwardsSection
        awards={o.awards}
        lots={[]}
        outcomes={outcome(o, yours)}
        organisation={yours}
      />,
    );
    const box = screen.getByTestId('bid-outcome');
    expect(within(box).getByRole('heading').textContent).toBe('Your bid: Won');
    expect(box.textContent).toContain(
      'Awarded to you (OpenView Security Solutions Limited) for £75,000 on 23 Jan 2025.',
    );
  });

  it('without your organisation’s name, sends you to Settings instead of guessing', () => {
    const o = notice(CF_AWARD);
    render(
      <AwardsSection awards={o.awards} lots={[]} outcomes={outcome(o, null)} organisation={null} />,
    );
    const box = screen.getByTestId('bid-outcome');
    expect(within(box).getByRole('heading').textContent).toBe(
      'Your bid: won or not? Bid Desk cannot tell yet',
    );
    expect(box.textContent).toContain(
      'Awarded to OpenView Security Solutions Limited for £75,000: set your organisation’s name in Settings so Bid Desk can tell whether you won.',
    );
    expect(within(box).getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe(
      '#/settings',
    );
  });

  it('a UK6 award: net and gross, intention to award, the stated standstill and signature', () => {
    // FTS 029664-2025 (Defra): five suppliers of one lot; no bid, so no outcome.
    const o = notice('fts/members/029664-2025.json');
    render(<AwardsSection awards={o.awards} lots={[]} outcomes={[]} organisation={null} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Awards (5)');
    expect(screen.queryByTestId('bid-outcome')).toBeNull();
    const ricardo = screen.getByRole('article', { name: 'Award to Ricardo-AEA Limited' });
    expect(facts(ricardo)).toMatchObject({
      'Awarded to': 'Ricardo-AEA Limited Large organisation',
      Value: '£126,294 (£151,552.80 incl. VAT)',
      Status: 'Intention to award',
      'Award decision': '3 Jun 2025',
      'Standstill ends': '12 Jun 2025',
      'Contract signature expected': '13 Jun 2025',
    });
  });
});
