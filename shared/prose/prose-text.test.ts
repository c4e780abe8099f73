import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusJson } from '../../test/corpus';
import { allMatches, findOnlineUrl, findUrls, isMeetingUrl, repairText } from './prose-text';

describe('repairText', () => {
  it('turns the FTS "PS" pound sign back into £', () => {
    expect(repairText('Lot A - Hate Crime Service Circa PS704,000 (PS176,000 per annum)')).toBe(
      'Lot A - Hate Crime Service Circa £704,000 (£176,000 per annum)',
    );
  });

  it('leaves words containing PS alone', () => {
    expect(repairText('Complete the PSQ and send by UPS or PS: see GPS2 and UPS3')).toBe(
      'Complete the PSQ and send by UPS or PS: see GPS2 and UPS3',
    );
  });

  it('collapses whitespace and trims', () => {
    expect(repairText('  Circa\n\n PS826,000 \t(206,500 per annum)  ')).toBe(
      'Circa £826,000 (206,500 per annum)',
    );
    expect(repairText('')).toBe('');
  });
});

describe('findUrls', () => {
  it('drops sentence punctuation after a link', () => {
    expect(findUrls('See https://example.org/a?b=1. Then (https://x.test/y), done')).toEqual([
      { url: 'https://example.org/a?b=1', index: 4 },
      { url: 'https://x.test/y', index: 37 },
    ]);
  });
});

describe('findOnlineUrl', () => {
  const cleveland =
    'The joining details are as follows: Microsoft Teams meeting Join: https://teams.microsoft.com/meet/32604451044819?p=oYA2HCrXWDxyCAI7m4 Meeting ID: 326 044 510 448 19 Passcode: Z9aA7Wb6';

  it('finds the Teams joining link of seed 001', () => {
    expect(findOnlineUrl(cleveland)).toBe(
      'https://teams.microsoft.com/meet/32604451044819?p=oYA2HCrXWDxyCAI7m4',
    );
  });

  it('prefers a meeting link over an earlier ordinary link', () => {
    expect(
      findOnlineUrl(
        'Details at https://council.gov.uk/tenders/123 and the webinar is on https://us02web.zoom.us/j/8123456789.',
      ),
    ).toBe('https://us02web.zoom.us/j/8123456789');
  });

  it('accepts an ordinary link introduced as a way to register', () => {
    expect(findOnlineUrl('Register your place here: https://forms.office.com/r/abc123')).toBe(
      'https://forms.office.com/r/abc123',
    );
    expect(isMeetingUrl('https://www.eventbrite.co.uk/e/market-engagement-123')).toBe(true);
  });

  it('does not call slides or a portal a joining link (seeds 000 and 004)', () => {
    expect(
      findOnlineUrl(
        'MARKET ENGAGEMENT EVENT - THURSDAY 14th MAY 2026 - 4pm. Slides and Q & A: https://www.westmidlands-pcc.gov.uk/grants-contracts/west-midlands-victim-support-services/ The Police',
      ),
    ).toBeNull();
    expect(
      findOnlineUrl(
        "submitted in writing by 6th March 2026 to the Authority's e-tendering portal, Proquro using the following link https://help.proquro.co.uk/supplier-self-registration/ Overview:",
      ),
    ).toBeNull();
    expect(findOnlineUrl('')).toBeNull();
  });
});

if (corpusAvailable('prose/prose-text')) {
  describe('corpus: a milestone whose description is only a link (083645)', () => {
    it('finds the link but does not call the tender portal a joining link', () => {
      const pkg = corpusJson('fts/members/083645-2026.json') as {
        releases: Array<{ planning: { milestones: Array<{ description: string }> } }>;
      };
      const description = pkg.releases[0]?.planning.milestones[0]?.description ?? '';
      expect(findUrls(description).map((u) => u.url)).toEqual([
        'https://uk.eu-supply.com/app/rfq/rwlentrance_s.asp?PID=108768&TID=100113825&B=',
      ]);
      expect(findOnlineUrl(description)).toBeNull();
    });
  });
}

describe('allMatches', () => {
  const cases: Array<[RegExp, string]> = [
    [/\d+/g, 'Lot 1 closes on 14 May 2026 at 16:00'],
    [/x*/g, 'axxb'],
    [/(\d{1,2})(st|nd|rd|th)?/gi, '1st, 22nd and 3'],
    [/none/g, 'nothing here'],
  ];
  it('finds what matchAll finds, and can be used again at once', () => {
    for (const [re, text] of cases) {
      const expected = [...text.matchAll(re)].map((m) => [m.index, ...m]);
      expect(allMatches(re, text).map((m) => [m.index, ...m])).toEqual(expected);
      expect(allMatches(re, text).map((m) => [m.index, ...m])).toEqual(expected);
      expect(re.lastIndex).toBe(0);
    }
  });

  it('refuses an expression without the g flag (it would never end)', () => {
    expect(() => allMatches(/\d/, '1 2')).toThrow('global');
  });
});
