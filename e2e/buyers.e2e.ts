/**
 * The Buyers view in real Chromium, on real notice files: a Contracts Finder tender and its
 * award, a Find a Tender UK6 (contract award) and UK7 (contract details). Each buyer lists what
 * it awarded to whom and when the contract comes up again, and the calendar shows the re-tender
 * horizon as Bid Desk's estimate.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusDir } from '../test/corpus';
import { checkAccessibility, importFiles, screenshot, startApp } from './harness';

/** Thursday 10 September 2026, a week after Wiltshire's award notice. */
const NOW = '?now=2026-09-10T09:00:00Z';
const SHOTS = '/tmp/shots';
const hasCorpus = corpusAvailable('buyers E2E');

const real = (path: string): string => join(corpusDir ?? '', path);
const FILES = [
  'contracts-finder/releases/cf-0cb08240-tender-819883.json',
  'contracts-finder/releases/cf-0cb08240-award-819886.json',
  'fts/members/083650-2026.json', // UK6, Wiltshire Council
  'fts/members/028961-2025.json', // UK7, Lancaster City Council
  'contracts-finder/releases/cf-5eb34cca-planning-819866.json', // Lancashire victim services
];

/** A full-page picture of the screen, checked by axe as it is photographed. */
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  await checkAccessibility(page, name);
  await screenshot(page, name);
}

const buyerCard = (page: Page, name: string) =>
  page.getByTestId('buyer').filter({ has: page.getByRole('heading', { level: 2, name }) });

describe.runIf(hasCorpus)('buyers', () => {
  it('lists each buyer’s awards and when they come up again, and puts that on the calendar', async () => {
    const app = await startApp({ path: NOW });
    const page = app.page;
    await page.getByRole('button', { name: 'Remove demo data' }).click();
    await page.getByRole('heading', { name: 'Your pipeline is empty' }).waitFor();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Buyers' })
      .click();
    await page.getByRole('heading', { name: 'No buyers yet: import a notice' }).waitFor();
    await shot(page, 'buyers-empty');

    await importFiles(page, FILES.map(real));
    await expect
      .poll(() => page.locator('.import-job.phase-done').count(), { timeout: 20_000 })
      .toBe(FILES.length);

    await page.getByRole('heading', { level: 1, name: 'Buyers' }).waitFor();
    await expect.poll(() => page.getByTestId('buyer').count()).toBe(4);

    // Wiltshire's UK6: Oxford Brookes, £32,800, until 31 March 2027; six months before is 30 Sep.
    const wiltshire = buyerCard(page, 'Wiltshire Council');
    const row = wiltshire.getByTestId('buyer-contract');
    await expect(row.textContent()).resolves.toContain('Oxford Brookes Enterprises Limited');
    await expect(row.textContent()).resolves.toContain('£32,800 (£37,440 incl. VAT)');
    await expect(row.textContent()).resolves.toContain('31 Mar 2027');
    await expect(row.textContent()).resolves.toContain('30 Sep 2026in 20 days');
    await expect(wiltshire.textContent()).resolves.toContain(
      "the contract's end less about 6 months",
    );
    await wiltshire.getByText('Why about 6 months?').click();
    await expect(wiltshire.getByText(/Bid Desk assumes 6 months/).isVisible()).resolves.toBe(true);

    // Bath's award (the tender file is the same process): the contract ended on 31 March 2025.
    const bath = buyerCard(page, 'Bath and North East Somerset Council');
    const bathRow = bath.getByTestId('buyer-contract');
    await expect(bathRow.textContent()).resolves.toContain('OpenView Security Solutions Limited');
    await expect(bathRow.textContent()).resolves.toContain('£75,000');
    await expect(bathRow.textContent()).resolves.toContain(
      'Ended: a new contract may already be in place',
    );
    await expect(bath.getByRole('link').count()).resolves.toBe(2); // one process: contract + notice

    // The UK7: Lancaster, with an SME supplier.
    const lancaster = buyerCard(page, 'Lancaster City Council');
    await expect(lancaster.textContent()).resolves.toContain('Integrated Skills Limited');
    await expect(lancaster.textContent()).resolves.toContain('SME');
    await expect(lancaster.textContent()).resolves.toContain('Signed 4 Apr 2025');
    await page.getByRole('button', { name: 'Hide' }).click();
    await shot(page, 'buyers-list');

    // Wiltshire's contract comes up first.
    await expect(
      page.getByTestId('buyer').first().getByRole('heading', { level: 2 }).textContent(),
    ).resolves.toBe('Wiltshire Council');

    // Search by supplier, from the keyboard.
    await page.getByLabel('Find a buyer').fill('oxford brookes');
    await expect.poll(() => page.getByTestId('buyer').count()).toBe(1);
    await expect(page.getByText('1 of 4 buyers match').isVisible()).resolves.toBe(true);
    await shot(page, 'buyers-search');
    await page.getByLabel('Find a buyer').fill('');

    // A contract links to its opportunity.
    await row.getByRole('link', { name: /HC2645/ }).click();
    await page
      .getByRole('heading', { level: 1, name: /HC2645 Evaluation of the Emtional Me/ })
      .waitFor();

    // The calendar opens on this month, September 2026, and shows the re-tender horizon as an estimate.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Calendar' })
      .click();
    await page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'September 2026' }).waitFor();
    const estimate = page
      .locator('td[data-day="2026-09-30"] .calendar-item.is-estimate')
      .filter({ hasText: 'Re-tender expected (estimate): Wiltshire Council' });
    await expect.poll(() => estimate.count()).toBe(1);
    await shot(page, 'buyers-calendar');
  });
});
