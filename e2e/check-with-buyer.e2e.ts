/**
 * A notice that contradicts itself, as a user sees it: the real FTS page with a weighting summing
 * to 130 (quality 50/20/15/10/5 out of 100 beside price 30) and a DPS whose four lots of £4m each
 * sit in a £4m contract. The opportunity page lists each under "Check with the buyer".
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusDir } from '../test/corpus';
import { checkAccessibility, importFiles, openOpportunity, screenshot, startApp } from './harness';

const PAGE20 = join(
  corpusDir ?? '',
  'more-notices',
  'fts-page20-pcr-contract-notices-2026-05-30.json',
);
const FISH = 'Framework Agreement for Fish Tracking Equipment';
const HAF = 'Holiday Activities and Food (HAF) services DPS (SC240025)';

async function importPage(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Remove demo data' }).click();
  await page.getByRole('heading', { name: 'Your pipeline is empty' }).waitFor();
  await importFiles(page, [PAGE20]);
  await page.getByText('20 opportunities', { exact: true }).waitFor({ timeout: 20_000 });
}

/** Find the notice with the pipeline's search (the list only renders the rows in view). */
async function open(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Pipeline' }).first().click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(title);
  await expect.poll(() => page.getByTestId('pipeline-row').count()).toBe(1);
  await openOpportunity(page, title);
}

describe.runIf(corpusAvailable('check with the buyer e2e'))('check with the buyer', () => {
  it('says how a 130 weighting was read, and shows each weight as read and as stated', async () => {
    const { page } = await startApp({ path: '?now=2026-06-01T09:00:00Z' });
    await importPage(page);
    await open(page, FISH);
    const note = page.getByRole('note', { name: 'Check with the buyer' });
    await note.waitFor();
    expect(await note.getByRole('listitem').allInnerTexts()).toEqual([
      'The quality weights (50%, 20%, 15%, 10%, 5%) add up to 100 beside price 30%, 130% in all. Bid Desk read them as shares of the 70% for quality: 35%, 14%, 10.5%, 7%, 3.5% of the total. Check with the buyer that this is what they meant.',
    ]);
    const row = page.getByRole('row', { name: /Proposed Solution/ });
    expect(await row.innerText()).toContain('35% (stated as 50 out of 100 for quality)');
    await screenshot(page, 'check-with-buyer-weights');
    await checkAccessibility(page, 'check-with-buyer-weights');

    await open(page, HAF);
    const lots = page.getByRole('note', { name: 'Check with the buyer' });
    await lots.waitFor();
    expect(await lots.innerText()).toContain(
      'The values of the 4 lots add up to £16,000,000, more than the £4,000,000 given for the whole contract.',
    );
    await screenshot(page, 'check-with-buyer-lot-values');
  });

  it('says nothing on a notice that agrees with itself', async () => {
    const { page } = await startApp({ path: '?now=2026-06-01T09:00:00Z' });
    await importPage(page);
    await open(page, 'Carbine Magnifiers');
    expect(await page.getByRole('note', { name: 'Check with the buyer' }).count()).toBe(0);
  });
});
