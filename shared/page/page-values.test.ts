import { describe, expect, it } from 'vitest';
import { SEEDS, seedBytes } from '../../test/corpus';
import { decodeText } from '../import/decode';
import { parseLotInformation } from './page-lots';
import {
  displayBuyerName,
  isUnknownValue,
  parseCpvLines,
  parsePageMoney,
  parseSuitability,
  titleCaseShouted,
} from './page-values';
import { readNoticePage } from './read-notice-page';

function lotSection(): string {
  const page = readNoticePage(decodeText(seedBytes(SEEDS.westMidlands), 'seed'));
  return page?.sections['Lot Information'] ?? '';
}

describe('page values', () => {
  it('treats the paywall and "Not specified" as unknown', () => {
    expect(isUnknownValue('Available with D3 Tenders Premium →')).toBe(true);
    expect(isUnknownValue('Not Specified')).toBe(true);
    expect(isUnknownValue('B4 6AT')).toBe(false);
  });

  it('reads printed money, ignoring the aggregator band', () => {
    expect(parsePageMoney('£1,530,000 £1M-£10M')).toEqual({
      amount: 1530000,
      amountGross: null,
      currency: 'GBP',
    });
    expect(parsePageMoney('Not specified')).toBeNull();
    // A band alone is not an amount.
    expect(parsePageMoney('£1M-£10M')).toBeNull();
    expect(parsePageMoney(undefined)).toBeNull();
  });

  it('reads suitability lists', () => {
    expect(parseSuitability('SME, VCSE')).toEqual({ sme: true, vcse: true });
    expect(parseSuitability('SME')).toEqual({ sme: true, vcse: null });
    expect(parseSuitability('Not specified')).toEqual({ sme: null, vcse: null });
  });

  it('reads CPV lines and skips anything else', () => {
    expect(parseCpvLines('85120000 - Medical practice and related services\nnot a code')).toEqual([
      { code: '85120000', description: 'Medical practice and related services' },
    ]);
  });

  it('spells the buyer as the prose does, else title-cases capitals', () => {
    expect(
      displayBuyerName('POLICE AND CRIME COMMISSIONER FOR WEST MIDLANDS', [
        'The Police and Crime Commissioner for West Midlands is in the planning stages',
      ]),
    ).toBe('Police and Crime Commissioner for West Midlands');
    expect(displayBuyerName('POLICE, FIRE & CRIME COMMISSIONER FOR STAFFORDSHIRE', [])).toBe(
      'Police, Fire & Crime Commissioner for Staffordshire',
    );
    expect(titleCaseShouted('STOKE-ON-TRENT')).toBe('Stoke-on-Trent');
    expect(titleCaseShouted('NHS BIRMINGHAM AND SOLIHULL ICB')).toBe(
      'NHS Birmingham and Solihull ICB',
    );
    expect(displayBuyerName('Leeds City Council', [])).toBe('Leeds City Council');
  });
});

describe('parseLotInformation', () => {
  it('reads seed 000 lots closed by their renewal lines', () => {
    expect(parseLotInformation(lotSection())).toEqual([
      {
        title: 'First Contact Assessment and Referral',
        description: 'First Contact Assessment and Referral Services',
        renewal: 'Will be optional',
      },
      {
        title: 'Restorative Justice',
        description: 'Restorative Justice Services Services',
        renewal: 'Will be optional',
      },
      {
        title: 'Hate Crime Services',
        description: 'Hate Crime Services Services',
        renewal: 'Will be optional',
      },
    ]);
  });

  it('reads title/description pairs when no lot states a renewal', () => {
    const noRenewals = lotSection()
      .split('\n')
      .filter((line) => !line.startsWith('Renewal:'))
      .join('\n');
    expect(parseLotInformation(noRenewals).map((l) => [l.title, l.renewal])).toEqual([
      ['First Contact Assessment and Referral', null],
      ['Restorative Justice', null],
      ['Hate Crime Services', null],
    ]);
    expect(parseLotInformation(undefined)).toEqual([]);
  });
});
