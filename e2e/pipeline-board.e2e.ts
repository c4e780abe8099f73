/**
 * The pipeline shaped by the user's decisions, in real Chromium: the seeds (the first-run demo),
 * a no-bid and a bid recorded on the go/no-go tab, the decision column and filter, closed and
 * no-bid opportunities hidden and shown, then the board: a card moved by keyboard and another by
 * mouse, both still where they were put after a restart, and the list showing the user's stage.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkAccessibility, openOpportunity, screenshot, startApp } from './harness';

/** 1 June 2026: the stalking tender closed on 6 May; West Midlands closes on 1 July. */
const NOW = '?now=2026-06-01T09:00:00Z';
const WEST_MIDLANDS = 'West Midlands First Contact';
const HATE_CRIME = 'The Provision of a Hate Crime';
const CLEVELAND = 'Victim Support & Restorative Practice';
const STALKING = 'Provision of a Stalking Service';

const rows = (page: Page) => page.getByTestId('pipeline-row');
const row = (page: Page, title: string) => rows(page).filter({ hasText: title });
const count = (page: Page) => page.locator('.toolbar-count');
const column = (page: Page, stage: string) =>
  page.getByRole('region', { name: new RegExp(`^${stage} \\d`) });
const card = (page: Page, stage: string, title: string) =>
  column(page, stage).getByRole('link', { name: new RegExp(`^${title}`) });

/** Record the user's go/no-go for the whole opportunity on its Go/no-go tab, then go back. */
async function decide(page: Page, title: string, outcome: 'Bid' | 'No bid'): Promise<void> {
  await openOpportunity(page, title);
  await page.getByRole('link', { name: /^Go\/no-go/ }).click();
  const decision = page.getByRole('region', { name: '3. Your decision' });
  await decision.getByRole('radio', { name: outcome, exact: true }).check();
  // The name is asked at the first decision ("Your name…"), then offered as "Decided by".
  await decision.getByRole('textbox', { name: /^(Decided by|Your name)/ }).fill('Priya Shah');
  await decision.getByRole('textbox', { name: 'Why? (rationale)' }).fill('Trustees agreed.');
  await decision.getByRole('button', { name: 'Record decision' }).click();
  await page.getByText(/^Recorded: /).waitFor();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Pipeline' })
    .click();
  await rows(page).first().waitFor();
}

/** The page scrolls sideways by no more than a pixel of rounding. */
async function pageWidth(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
}

describe('pipeline shaped by your decisions', () => {
  it('filters by decision, hides ended bids, and keeps cards moved on the board', async () => {
    const app = await startApp({ path: NOW });
    let page = app.page;
    await page.setViewportSize({ width: 1280, height: 900 });
    await rows(page).first().waitFor();

    // The stalking tender has closed and nobody bid: hidden by default, and counted.
    await expect.poll(() => rows(page).count()).toBe(3);
    expect(await count(page).innerText()).toContain(
      '3 of 4 opportunities · 1 closed or no-bid hidden',
    );
    expect(await row(page, STALKING).count()).toBe(0);

    await decide(page, HATE_CRIME, 'No bid');
    await decide(page, WEST_MIDLANDS, 'Bid');
    await expect.poll(() => rows(page).count()).toBe(2);
    expect(await count(page).innerText()).toContain('2 closed or no-bid hidden');
    expect(await row(page, WEST_MIDLANDS).innerText()).toMatch(/Decision\s*Bid|\bBid\b/);
    expect(await row(page, CLEVELAND).innerText()).toContain('No decision yet');

    // The decision filter, beside the stage filter; asking for "No bid" shows the hidden one.
    const decision = page.getByRole('combobox', { name: 'Decision' });
    await decision.selectOption({ label: 'No bid' });
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await row(page, HATE_CRIME).innerText()).toContain('No bid');
    await decision.selectOption({ label: 'Bid' });
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await row(page, WEST_MIDLANDS).count()).toBe(1);
    await decision.selectOption({ label: 'Any decision' });

    await page.getByRole('checkbox', { name: 'Show closed and no-bid' }).check();
    await expect.poll(() => rows(page).count()).toBe(4);
    expect(await count(page).innerText()).not.toContain('hidden');
    await screenshot(page, 'pipeline-decisions-1280');
    await checkAccessibility(page, 'pipeline-decisions');

    // The board: a column per stage.
    await page
      .getByRole('group', { name: 'Layout' })
      .getByRole('button', { name: 'Board' })
      .click();
    await card(page, 'Tender planned', WEST_MIDLANDS).waitFor();
    expect(await page.getByTestId('board-column').count()).toBe(8);

    // By keyboard: Alt+Right arrow on West Midlands (Tender planned) moves it on to Tender.
    await card(page, 'Tender planned', WEST_MIDLANDS).focus();
    await page.keyboard.press('Alt+ArrowRight');
    await card(page, 'Tender', WEST_MIDLANDS).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /^Moved “West Midlands.*” to Tender\.$/ })
      .waitFor();
    expect(
      await page.evaluate(() =>
        document.activeElement?.closest('[data-stage]')?.getAttribute('data-stage'),
      ),
    ).toBe('tender');

    // By mouse: drag Cleveland's card to the Award column.
    await card(page, 'Market engagement', CLEVELAND).dragTo(column(page, 'Award'));
    await card(page, 'Award', CLEVELAND).waitFor();
    await screenshot(page, 'pipeline-board-1280');
    await checkAccessibility(page, 'pipeline-board');

    // The board scrolls sideways in its own area, which the keyboard reaches; the page does not.
    await page.setViewportSize({ width: 800, height: 900 });
    const board = page.getByRole('region', { name: 'Board by stage' });
    expect(await board.getAttribute('tabindex')).toBe('0');
    const { scrollWidth, innerWidth } = await pageWidth(page);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth + 1);
    expect(await board.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await board.focus();
    await page.keyboard.press('End');
    await expect.poll(() => board.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await screenshot(page, 'pipeline-board-800');
    await checkAccessibility(page, 'pipeline-board-800');

    // After a restart: the board is still the layout, and both cards are where they were put.
    page = await app.relaunch();
    await page.setViewportSize({ width: 800, height: 900 });
    await card(page, 'Tender', WEST_MIDLANDS).waitFor();
    await card(page, 'Award', CLEVELAND).waitFor();
    expect(await card(page, 'Market engagement', CLEVELAND).count()).toBe(0);

    // The list shows the user's stage, and the notice's beside it; the stage filter follows it.
    await page.getByRole('group', { name: 'Layout' }).getByRole('button', { name: 'List' }).click();
    await rows(page).first().waitFor();
    expect(await row(page, CLEVELAND).innerText()).toContain('Award (Notice: Market engagement)');
    await page.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Award' });
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await row(page, CLEVELAND).count()).toBe(1);
    await page.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'All stages' });
    await screenshot(page, 'pipeline-list-800');
    await checkAccessibility(page, 'pipeline-list-800');
    const narrow = await pageWidth(page);
    expect(narrow.scrollWidth).toBeLessThanOrEqual(narrow.innerWidth + 1);
  });
});
