import { describe, expect, it } from 'vitest';
import { icsUid } from './ics';
import { escapeText, foldLine, icsLondon, safeUri } from './ics-text';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds a longer one with CRLF and a space', () => {
    expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
  });

  it('counts octets, not characters, and never splits one', () => {
    const line = `SUMMARY:${'£€🎯é'.repeat(20)}`;
    const folded = foldLine(line).split('\r\n');
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(folded.join('')).not.toContain('\uFFFD');
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break; drops control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg\u0007h\ti')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
  });
});

describe('safeUri', () => {
  it('accepts http(s) links and refuses anything that could break the line or is not a link', () => {
    expect(safeUri(' https://www.find-tender.service.gov.uk/Notice/032024-2026 ')).toBe(
      'https://www.find-tender.service.gov.uk/Notice/032024-2026',
    );
    for (const bad of [
      'javascript:alert(1)',
      'https://a.b/x y',
      'https://a.b/\r\nX:1',
      'ftp://a',
      '',
    ]) {
      expect(safeUri(bad)).toBeNull();
    }
  });
});

describe('icsLondon', () => {
  it('writes the London wall clock: BST in summer, GMT in winter', () => {
    expect(icsLondon(new Date('2026-07-01T09:00:00Z'))).toBe('20260701T100000');
    expect(icsLondon(new Date('2026-12-01T09:00:00Z'))).toBe('20261201T090000');
  });
});

describe('icsUid', () => {
  it('is the id itself when it is plain, else a cleaned id with a hash of the original', () => {
    expect(icsUid({ id: 'ocds-h6vhtk-0659dc/notice/engagement/all#2' })).toBe(
      'ocds-h6vhtk-0659dc/notice/engagement/all#2@biddesk.app',
    );
    const odd = icsUid({ id: 'p/notice/submissionDeadline/LOT 1: North, “East”' });
    expect(odd).toMatch(
      /^p\/notice\/submissionDeadline\/LOT-1-North-East-[0-9a-f]{8}@biddesk\.app$/,
    );
    expect(icsUid({ id: 'p/notice/submissionDeadline/LOT 1: North, “East”' })).toBe(odd);
    expect(icsUid({ id: 'p/notice/submissionDeadline/LOT 1: North; “East”' })).not.toBe(odd);
  });
});
