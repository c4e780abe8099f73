import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusDir } from '../../test/corpus';
import { documentTypeText } from './document-types';

/** Every `documentType` code the real notices in the corpus use. */
function corpusCodes(): Set<string> {
  const codes = new Set<string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(json|txt)$/.test(name)) {
        for (const m of readFileSync(path, 'utf8').matchAll(/"documentType":\s*"([^"]+)"/g)) {
          codes.add(m[1] as string);
        }
      }
    }
  };
  for (const folder of ['fts', 'contracts-finder', 'more-notices'])
    walk(join(corpusDir ?? '', folder));
  return codes;
}

describe('documentTypeText', () => {
  it('names the codes bidders meet in plain words', () => {
    expect(documentTypeText('biddingDocuments')).toBe('Bidding documents');
    expect(documentTypeText('plannedProcurementNotice')).toBe('Planned procurement notice');
    expect(documentTypeText('conflictOfInterest')).toBe('Conflict of interest');
    expect(documentTypeText('x_consultationDocument')).toBe('Consultation document');
  });

  it('splits a code it does not know into words rather than showing it raw', () => {
    expect(documentTypeText('x_siteVisitForm')).toBe('Site visit form');
    expect(documentTypeText('socialValueModel2026')).toBe('Social value model2026');
    expect(documentTypeText('Link')).toBe('Link');
  });

  it.runIf(corpusAvailable('document types'))(
    'gives every code in the real notices words with a space or a capital, never the code',
    () => {
      const codes = corpusCodes();
      expect(codes.size).toBeGreaterThan(10);
      for (const code of codes) {
        const text = documentTypeText(code);
        if (/[a-z][A-Z]|_/.test(code)) expect(text, code).not.toBe(code);
        expect(text, code).toMatch(/^[A-Z]/);
        expect(text, code).not.toMatch(/[a-z][A-Z]|_/);
      }
    },
  );
});
