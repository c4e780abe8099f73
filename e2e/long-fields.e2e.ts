/**
 * Long notice text in real Chromium. A real Contracts Finder tender is given a 1 MB title (one
 * unbroken word after the real title, as a file can hold) and a 200 kB buyer name. Every screen
 * that shows them stays as wide as the window, no screen carries the megabyte until asked, and
 * the whole text is one action ("Show all") away, by pointer or keyboard.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusJson } from '../test/corpus';
import { checkAccessibility, importFiles, screenshot, startApp } from './harness';

/** Monday 20 January 2025: the Bath car park tender closes on Thursday 23 January. */
const NOW = '?now=2025-01-20T09:00:00Z';
const TENDER = 'contracts-finder/releases/cf-0cb08240-tender-819883.json';
const hasCorpus = corpusAvailable('long fields E2E');

interface Release {
  tender: { title: string };
  buyer: { name: string };
  parties: Array<{ name: string; roles: string[] }>;
}

/** The real tender, its title and buyer name made long; written to a temporary file. */
function longNotice(): { path: string; title: string; buyerName: string } {
  const release = corpusJson(TENDER) as Release;
  const title = `${release.tender.title} ${'Security'.repeat(131_072)}`; // > 1 MB
  const buyerName = `${release.buyer.name} ${'Somerset'.repeat(25_000)}`; // > 200 kB
  release.tender.title = title;
  release.buyer.name = buyerName;
  for (const party of release.parties) if (party.roles.includes('buyer')) party.name = buyerName;
  const path = join(mkdtempSync(join(tmpdir(), 'bid-desk-long-')), 'long-fields.json');
  writeFileSync(path, JSON.stringify(release));
  return { path, title, buyerName };
}

/** The page scrolls sideways by no more than a pixel of rounding. */
async function expectNoWiderThanWindow(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${where}: page width`).toBeLessThanOrEqual(innerWidth + 1);
}

/** Characters of text on the page: a screen that shows the megabyte whole carries all of it. */
const textOnPage = (page: Page): Promise<number> =>
  page.evaluate(() => document.body.textContent.length);

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

describe.runIf(hasCorpus)('long fields', () => {
  it('cuts a 1 MB title and a 200 kB buyer name on every screen, with the whole text one action away', async () => {
    const { path, title, buyerName } = longNotice();
    const realTitle = 'Manvers Street and Bath Leisure Centre Car Park Security Options';
    const app = await startApp({ path: NOW });
    const page = app.page;
    await page.getByRole('button', { name: 'Remove demo data' }).click();
    await page.getByRole('heading', { name: 'Your pipeline is empty' }).waitFor();

    await importFiles(page, [path]);
    await page.locator('.import-job.phase-done').waitFor({ timeout: 30_000 });
    const row = page.getByTestId('pipeline-row').filter({ hasText: realTitle });
    await row.waitFor();
    await expectNoWiderThanWindow(page, 'Pipeline');
    expect(await textOnPage(page)).toBeLessThan(20_000);
    await screenshot(page, 'long-fields-pipeline');
    await checkAccessibility(page, 'long-fields-pipeline');

    await row.click();
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    await expect(heading.textContent()).resolves.toContain(realTitle);
    await expectNoWiderThanWindow(page, 'Opportunity');
    expect(await textOnPage(page)).toBeLessThan(100_000);
    await screenshot(page, 'long-fields-opportunity');
    await checkAccessibility(page, 'long-fields-opportunity');

    // The title whole, by pointer.
    const showTitle = heading.getByRole('button', {
      name: /^Show all \(1,048,6\d\d characters\)$/,
    });
    await showTitle.click();
    await expect(heading.textContent()).resolves.toContain(title);
    await expectNoWiderThanWindow(page, 'Opportunity with the whole title');
    await heading.getByRole('button', { name: 'Show less' }).click();
    await expect.poll(async () => (await heading.textContent())?.length).toBeLessThan(1_000);

    // The buyer's name whole, by keyboard.
    const buyer = page.locator('.opportunity-buyer');
    const showBuyer = buyer.getByRole('button', { name: /^Show all \(200,0\d\d characters\)$/ });
    await showBuyer.focus();
    await page.keyboard.press('Enter');
    await expect(buyer.textContent()).resolves.toContain(buyerName);
    await expectNoWiderThanWindow(page, 'Opportunity with the whole buyer name');

    await page
      .getByRole('navigation', { name: 'Opportunity sections' })
      .getByRole('link', { name: 'Timeline' })
      .click();
    await page.getByRole('heading', { name: 'Timeline', level: 2 }).waitFor();
    await expectNoWiderThanWindow(page, 'Timeline');
    expect(await textOnPage(page)).toBeLessThan(100_000);
    await screenshot(page, 'long-fields-timeline');
    await checkAccessibility(page, 'long-fields-timeline');

    await mainNav(page).getByRole('link', { name: 'This week' }).click();
    await page.getByRole('heading', { level: 1, name: 'This week' }).waitFor();
    await page.getByText('Submission deadline').first().waitFor();
    await expectNoWiderThanWindow(page, 'This week');
    expect(await textOnPage(page)).toBeLessThan(100_000);

    await mainNav(page).getByRole('link', { name: 'Calendar' }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expectNoWiderThanWindow(page, 'Calendar');
    expect(await textOnPage(page)).toBeLessThan(100_000);

    await mainNav(page).getByRole('link', { name: 'Buyers' }).click();
    const card = page.getByTestId('buyer');
    await card.waitFor();
    await expectNoWiderThanWindow(page, 'Buyers');
    expect(await textOnPage(page)).toBeLessThan(100_000);
    await card
      .getByRole('heading', { level: 2 })
      .getByRole('button', { name: /^Show all/ })
      .click();
    await expect(card.getByRole('heading', { level: 2 }).textContent()).resolves.toContain(
      buyerName,
    );
    await expectNoWiderThanWindow(page, 'Buyers with the whole name');
    await screenshot(page, 'long-fields-buyers');
    await checkAccessibility(page, 'long-fields-buyers');
  });
});
