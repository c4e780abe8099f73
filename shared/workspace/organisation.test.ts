/**
 * Telling your organisation among an award's suppliers, on supplier names and ids as real award
 * notices give them.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusBytes } from '../../test/corpus';
import { importNoticeFile } from '../import/engine';
import type { AwardSupplier } from '../notice/model';
import type { Organisation } from './model';
import { isYourOrganisation, organisationNameKey } from './organisation';

const hasCorpus = corpusAvailable('organisation matching suite');

function org(name: string, numbers: Partial<Organisation> = {}): Organisation {
  return { name, companyNumber: null, charityNumber: null, ...numbers };
}

function suppliers(path: string): AwardSupplier[] {
  const result = importNoticeFile({ name: path, bytes: corpusBytes(path) });
  if (!result.ok) throw new Error(result.error.message);
  return result.opportunities.flatMap((o) => o.awards.flatMap((a) => a.suppliers));
}

describe('organisationNameKey', () => {
  it('ignores case, punctuation, "&", "The" and legal forms', () => {
    const same = [
      'OpenView Security Solutions Limited',
      'Openview Security Solutions Ltd.',
      'OPENVIEW SECURITY SOLUTIONS LTD',
      'The OpenView Security Solutions Ltd',
      'Open View Security Solutions',
    ];
    expect(new Set(same.map(organisationNameKey))).toEqual(new Set(['openviewsecuritysolutions']));
    expect(organisationNameKey('Eunomia Research & Consulting Ltd')).toBe(
      organisationNameKey('Eunomia Research and Consulting Limited'),
    );
    expect(organisationNameKey('Safer Futures CIC')).toBe(
      organisationNameKey('Safer Futures Community Interest Company'),
    );
    expect(organisationNameKey('Daisy Chain Project CIO')).toBe(
      organisationNameKey('Daisy Chain Project Charitable Incorporated Organisation'),
    );
    expect(organisationNameKey('St Mary’s Trust, The')).toBe(organisationNameKey('St Marys Trust'));
  });

  it('keeps the words that tell organisations apart', () => {
    expect(organisationNameKey('Mind in Bradford')).not.toBe(organisationNameKey('Mind in Leeds'));
    expect(organisationNameKey('Limited')).toBe('limited');
    expect(organisationNameKey('The Trust')).toBe('trust');
  });
});

describe.runIf(hasCorpus)('isYourOrganisation on real award notices', () => {
  it('finds a Contracts Finder winner by name, however it is written', () => {
    const [winner] = suppliers('contracts-finder/releases/cf-0cb08240-award-819886.json');
    if (!winner) throw new Error('the award names its supplier');
    expect(winner.name).toBe('OpenView Security Solutions Limited');
    expect(isYourOrganisation(winner, org('Openview Security Solutions Ltd'))).toBe(true);
    expect(isYourOrganisation(winner, org('OpenView Security'))).toBe(false);
    expect(isYourOrganisation(winner, org('Bath Community Safety CIC'))).toBe(false);
  });

  it('decides by Companies House number when both sides give one', () => {
    // FTS 029664-2025: Ricardo-AEA Limited, GB-COH-08229264.
    const ricardo = suppliers('fts/members/029664-2025.json').find((s) =>
      s.name.startsWith('Ricardo'),
    );
    if (!ricardo) throw new Error('Ricardo is a supplier');
    expect(ricardo.id).toBe('GB-COH-08229264');
    // Written without the leading zero, under a trading name: the number decides.
    expect(isYourOrganisation(ricardo, org('Ricardo Energy', { companyNumber: '8229264' }))).toBe(
      true,
    );
    // Same name, another company: not you.
    expect(isYourOrganisation(ricardo, org('Ricardo-AEA Ltd', { companyNumber: '01234567' }))).toBe(
      false,
    );
    // No number in your settings: the name decides, with or without what it says in brackets.
    expect(isYourOrganisation(ricardo, org('RICARDO-AEA LTD'))).toBe(true);
    const wrap = suppliers('fts/members/029664-2025.json').find((s) => s.name.includes('WRAP'));
    if (!wrap) throw new Error('WRAP is a supplier');
    expect(wrap.name).toBe('Waste and Resources Action Programme (WRAP)');
    expect(isYourOrganisation(wrap, org('Waste & Resources Action Programme'))).toBe(true);
    expect(isYourOrganisation(wrap, org('Waste and Resources Action Programme (WRAP)'))).toBe(true);
    expect(isYourOrganisation(wrap, org('WRAP'))).toBe(false);
  });

  it('decides by charity number for a charity (GB-CHC)', () => {
    // FTS 029615-2025: awarded to "Daisy Chain Project Teeside", GB-CHC-1109792.
    const [daisy] = suppliers('fts/members/029615-2025.json');
    if (!daisy) throw new Error('the award names its supplier');
    expect(daisy.id).toBe('GB-CHC-1109792');
    expect(
      isYourOrganisation(daisy, org('The Daisy Chain Project', { charityNumber: ' 1109792 ' })),
    ).toBe(true);
    expect(
      isYourOrganisation(daisy, org('Daisy Chain Project Teeside', { charityNumber: '1000001' })),
    ).toBe(false);
    // A company number says nothing about a charity id: the name decides.
    expect(
      isYourOrganisation(daisy, org('Daisy Chain Project Teeside', { companyNumber: '05187722' })),
    ).toBe(true);
  });
});
