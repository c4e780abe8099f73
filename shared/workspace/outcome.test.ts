/**
 * Recording how a bid ended from the award notices of real files: won or not won, to whom, at
 * what value, and never a duplicate or a replaced user record.
 */
import { randomUUID } from 'node:crypto';
import { decisionRecord } from '../../test/decision-record';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusBytes } from '../../test/corpus';
import { importNoticeFile } from '../import/engine';
import type { Opportunity } from '../notice/model';
import type { BidOutcome, DecisionOutcome, GoNoGoDecision, Organisation } from './model';
import {
  awardOutcomes,
  biddingScope,
  outcomeLine,
  outcomesInForce,
  type OutcomeLot,
} from './outcome';

const hasCorpus = corpusAvailable('bid outcome suite');

const CF_AWARD = 'contracts-finder/releases/cf-0cb08240-award-819886.json';
const DEFRA_UK6 = 'fts/members/029664-2025.json';

function notice(path: string): Opportunity {
  const result = importNoticeFile({ name: path, bytes: corpusBytes(path) });
  if (!result.ok) throw new Error(result.error.message);
  return result.opportunities[0] as Opportunity;
}

function decision(
  outcome: DecisionOutcome,
  lotId: string | null = null,
  on = '2025-01-10',
): GoNoGoDecision {
  return decisionRecord('opp', outcome, { lotId, decidedOn: on });
}

function org(name: string): Organisation {
  return { name, companyNumber: null, charityNumber: null };
}

function lotsOf(o: Opportunity): OutcomeLot[] {
  return o.lots.map((lot) => ({ id: `lot-${lot.id}`, lotKey: lot.id }));
}

function outcomes(
  o: Opportunity,
  decisions: GoNoGoDecision[],
  organisation: Organisation | null,
  existing: BidOutcome[] = [],
  at = '2025-01-24T10:00:00.000Z',
): BidOutcome[] {
  return awardOutcomes({
    opportunityId: 'opp',
    awards: o.awards,
    lots: lotsOf(o),
    decisions,
    organisation,
    existing,
    fileName: 'award.json',
    sourceFileId: 'file-1',
    at,
    user: 'Priya Shah',
    newId: randomUUID,
  });
}

describe.runIf(hasCorpus)('bid outcomes from real award notices', () => {
  it('a Contracts Finder award to another organisation: not won, to whom, at what value', () => {
    const o = notice(CF_AWARD);
    const [outcome, ...more] = outcomes(o, [decision('bid')], org('Bath Community Safety CIC'));
    expect(more).toEqual([]);
    expect(outcome).toMatchObject({
      result: 'not-won',
      source: 'award-notice',
      lotId: null,
      awardedTo: [{ id: 'GB-CFS-38529', name: 'OpenView Security Solutions Limited' }],
      value: { amount: 75000, amountGross: null, currency: 'GBP' },
      awardDate: '2025-01-23T00:00:00+00:00',
      awardStatus: 'active',
      organisationName: 'Bath Community Safety CIC',
      matchedSupplier: null,
      fileName: 'award.json',
      createdAt: '2025-01-24T10:00:00.000Z',
      updatedBy: 'Priya Shah',
    });
    expect(outcomeLine(outcome as BidOutcome)).toBe(
      'Not won · OpenView Security Solutions Limited · £75,000',
    );
  });

  it('the same award with your organisation as the supplier: won', () => {
    const [outcome] = outcomes(
      notice(CF_AWARD),
      [decision('bid')],
      org('Openview Security Solutions Ltd'),
    );
    expect(outcome).toMatchObject({
      result: 'won',
      matchedSupplier: 'OpenView Security Solutions Limited',
    });
    expect(outcomeLine(outcome as BidOutcome)).toBe('Won · £75,000');
  });

  it('without your organisation’s name, says who it went to and does not guess', () => {
    const [outcome] = outcomes(notice(CF_AWARD), [decision('bid')], null);
    expect(outcome?.result).toBe('unknown');
    expect(outcomeLine(outcome as BidOutcome)).toBe(
      'Awarded to OpenView Security Solutions Limited · £75,000',
    );
  });

  it('records nothing unless the decision in force is to bid', () => {
    const o = notice(CF_AWARD);
    const them = org('Bath Community Safety CIC');
    expect(outcomes(o, [], them)).toEqual([]);
    expect(outcomes(o, [decision('no-bid')], them)).toEqual([]);
    expect(outcomes(o, [decision('undecided')], them)).toEqual([]);
    // Bid, then changed to no bid: the newer decision is in force.
    expect(outcomes(o, [decision('bid'), decision('no-bid', null, '2025-01-15')], them)).toEqual(
      [],
    );
    // A lot's own decision wins over the whole opportunity's.
    expect(outcomes(o, [decision('bid'), decision('no-bid', 'lot-1')], them)).toEqual([]);
    expect(outcomes(o, [decision('no-bid'), decision('bid', 'lot-1')], them)).toHaveLength(1);
  });

  it('a re-import of the same award adds nothing; a changed result is appended', () => {
    const o = notice(CF_AWARD);
    const first = outcomes(o, [decision('bid')], null);
    expect(outcomes(o, [decision('bid')], null, first)).toEqual([]);
    // The organisation's name was set since: the re-import can now tell, and says so. (In the
    // same millisecond, even: the new outcome supersedes the old whatever the clock says.)
    const second = outcomes(o, [decision('bid')], org('OpenView Security Solutions'), first);
    expect(second.map((x) => [x.result, x.supersedes])).toEqual([['won', first[0]?.id]]);
    const history = [...first, ...second];
    expect(outcomesInForce(history).map((x) => x.result)).toEqual(['won']);
    expect(outcomes(o, [decision('bid')], org('OpenView Security Solutions'), history)).toEqual([]);
  });

  it('never replaces an outcome the user recorded', () => {
    const o = notice(CF_AWARD);
    const [auto] = outcomes(o, [decision('bid')], null);
    const mine: BidOutcome = {
      ...(auto as BidOutcome),
      id: randomUUID(),
      source: 'user',
      result: 'withdrawn',
      notes: 'We withdrew before the deadline.',
      createdAt: '2025-01-25T10:00:00.000Z',
    };
    expect(outcomes(o, [decision('bid')], org('Acme'), [auto as BidOutcome, mine])).toEqual([]);
  });

  it('follows a bid the user marked submitted with the award that comes after', () => {
    const o = notice(CF_AWARD);
    const [auto] = outcomes(o, [decision('bid')], null);
    const submitted: BidOutcome = {
      ...(auto as BidOutcome),
      id: randomUUID(),
      source: 'user',
      result: 'submitted',
      awardId: null,
      createdAt: '2025-01-10T10:00:00.000Z',
    };
    const [award] = outcomes(o, [decision('bid')], org('Acme'), [submitted]);
    expect(award?.result).toBe('not-won');
    expect(award?.supersedes).toBe(submitted.id);
  });

  it('a framework awarded to five suppliers: won when one of them is you, at your value', () => {
    // FTS 029664-2025 (Defra UK6): five awards of lot 1; three pending (intention to award),
    // WRAP's and Eunomia's active.
    const o = notice(DEFRA_UK6);
    const [won, ...more] = outcomes(
      o,
      [decision('bid')],
      org('Waste & Resources Action Programme'),
    );
    expect(more).toEqual([]);
    expect(won).toMatchObject({
      result: 'won',
      awardStatus: 'active',
      matchedSupplier: 'Waste and Resources Action Programme (WRAP)',
      awardedTo: [expect.objectContaining({ name: 'Waste and Resources Action Programme (WRAP)' })],
    });
    expect(outcomeLine(won as BidOutcome)).toBe('Won · £99,133 (£118,959.60 incl. VAT)');

    const [lost] = outcomes(o, [decision('bid')], org('Bath Community Safety CIC'));
    expect(lost?.result).toBe('not-won');
    expect(lost?.awardedTo).toHaveLength(5);
    expect(lost?.value).toBeNull();
    expect(outcomeLine(lost as BidOutcome)).toBe(
      'Not won · Ricardo-AEA Limited, PA Consulting Services Ltd and 3 others · intention to award',
    );
  });

  it('biddingScope: every lot, some lots, or none', () => {
    const lots = [
      { id: 'a', lotKey: '1' },
      { id: 'b', lotKey: '2' },
    ];
    expect(biddingScope(lots, [decision('bid')])).toEqual({
      all: true,
      lotKeys: new Set(['1', '2']),
    });
    expect(biddingScope(lots, [decision('bid', 'b')])).toEqual({
      all: false,
      lotKeys: new Set(['2']),
    });
    expect(biddingScope(lots, [decision('bid'), decision('no-bid', 'a')])).toEqual({
      all: false,
      lotKeys: new Set(['2']),
    });
    expect(biddingScope([], [decision('bid')])?.all).toBe(true);
    expect(biddingScope(lots, [decision('no-bid')])).toBeNull();
  });
});
