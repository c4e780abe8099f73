/**
 * Hostile text as a user sees it: the real FTS notice 083563-2026 (Science Museum Group), edited
 * here so its buyer name carries a right-to-left override (it would display as "NHS trust Buyer")
 * and its submission deadline is garbage. The page shows the override as its code point, and
 * "Check with the buyer" says the deadline could not be read, quoting what the notice had.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusJson } from '../test/corpus';
import { checkAccessibility, importFiles, openOpportunity, screenshot, startApp } from './harness';

type Json = Record<string, unknown>;
const TITLE = 'Science and Industry Museum Wonderlab Group 2 Interactives Makers';

function hostileNotice(): string {
  const pkg = corpusJson('fts/members/083563-2026.json') as { releases: Json[] };
  const release = pkg.releases[0] as Json;
  const tender = release.tender as Json;
  (release.buyer as Json).name = '\u202Etsurt SHN\u202C Buyer';
  ((release.parties as Json[])[0] as Json).name = '\u202Etsurt SHN\u202C Buyer';
  tender.tenderPeriod = { endDate: '9999999-99-99' };
  const path = join(mkdtempSync(join(tmpdir(), 'bid-desk-hostile-')), 'hostile.json');
  writeFileSync(path, JSON.stringify(pkg));
  return path;
}

describe.runIf(corpusAvailable('hostile text e2e'))('hostile text', () => {
  it('shows a bidi override as its code point and warns of an unreadable deadline', async () => {
    const { page } = await startApp({ path: '?now=2026-06-01T09:00:00Z' });
    await page.getByRole('button', { name: 'Remove demo data' }).click();
    await page.getByRole('heading', { name: 'Your pipeline is empty' }).waitFor();
    await importFiles(page, [hostileNotice()]);
    await openOpportunity(page, TITLE);
    await page.getByText('[U+202E]tsurt SHN[U+202C] Buyer').first().waitFor();
    expect(await page.locator('body').innerText()).not.toContain('\u202E');
    const note = page.getByRole('note', { name: 'Check with the buyer' });
    expect(await note.getByRole('listitem').allInnerTexts()).toEqual([
      'The notice gives the submission deadline as “9999999-99-99”, which is not a date Bid Desk can read, so it is missing from the key dates; check the deadline with the buyer.',
    ]);
    // The deadline box does not say the deadline is still to come.
    const box = page.locator('.deadline-box');
    expect(await box.innerText()).toContain('Could not be read: check with the buyer');
    expect(await box.innerText()).not.toContain('Not published yet');
    await screenshot(page, 'hostile-text');
    await checkAccessibility(page, 'hostile-text');

    // The raw file never went through the notice reader: it is marked where it is shown.
    await page.getByText('Raw notice file (“hostile.json”)').click();
    const raw = page.locator('.raw-notice pre');
    expect(await raw.innerText()).toContain('"name":"[U+202E]tsurt SHN[U+202C] Buyer"');
    expect(await page.locator('body').innerText()).not.toContain('\u202E');
  });
});
