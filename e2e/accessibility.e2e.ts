/**
 * Every screen Bid Desk shows, checked by axe-core in a wide (1280 px) and a narrow (800 px)
 * window: the pipeline (with demo data, and empty), an opportunity and each of its tabs, This
 * week, the calendar, Buyers, Settings and the questions it asks, the import panel, and the screen
 * a damaged store shows. A serious or critical violation fails the test; the rest are listed in
 * the output and in test-output/axe-report.json. Each screen is photographed at each width.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEEDS, seedsDir } from '../test/corpus';
import {
  checkAccessibility,
  damageFirstOpportunity,
  importFiles,
  OPPORTUNITY_TABS,
  openOpportunity,
  openTab,
  screenshot,
  startApp,
} from './harness';

/** Monday 20 April 2026: the stalking tender is open, its deadline 16 days away. */
const NOW = '?now=2026-04-20T09:00:00Z';
const STALKING = 'Provision of a Stalking Service in Staffordshire & Stoke-on-Trent';
const rows = (page: Page) => page.getByTestId('pipeline-row');
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Check the screen with axe and photograph it as `a11y-<screen>-<width>`. */
async function check(page: Page, screen: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  await screenshot(page, `a11y-${screen}-${width}`);
  await checkAccessibility(page, screen);
}

async function goTo(page: Page, link: string, heading: string | RegExp): Promise<void> {
  await mainNav(page).getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
}

describe.each([1280, 800])('at %i px wide', (width) => {
  it('every screen of an opportunity and of the app has no serious accessibility problem', async () => {
    const { page } = await startApp({ path: NOW });
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(() => rows(page).count()).toBe(4);
    await check(page, 'pipeline');

    await openOpportunity(page, STALKING);
    for (const tab of OPPORTUNITY_TABS) {
      await openTab(page, tab);
      await check(page, `opportunity-${tab.toLowerCase().replace(/[^a-z]+/g, '-')}`);
    }

    await goTo(page, 'This week', 'This week');
    await check(page, 'this-week');
    await goTo(page, 'Calendar', /Calendar/);
    await check(page, 'calendar');
    await goTo(page, 'Buyers', 'Buyers');
    await check(page, 'buyers');
    await goTo(page, 'Settings', 'Settings');
    await page.getByRole('button', { name: 'Restore this snapshot' }).first().waitFor();
    await check(page, 'settings');

    // The questions Settings asks before it replaces anything.
    await page.getByRole('button', { name: 'Restore defaults' }).first().click();
    await page.getByRole('alertdialog').waitFor();
    await page.getByRole('button', { name: 'Restore this snapshot' }).first().click();
    await page.getByRole('group', { name: /^Replace everything with the snapshot of/ }).waitFor();
    await check(page, 'settings-questions');
  });

  it('the import panel, the empty pipeline and its undo have no serious accessibility problem', async () => {
    const { page } = await startApp({ path: NOW });
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(() => rows(page).count()).toBe(4);
    await page.getByRole('button', { name: 'Remove demo data' }).click();
    await page.getByRole('heading', { name: 'Your pipeline is empty' }).waitFor();
    await check(page, 'pipeline-empty-undo');

    // A notice and a file that is not one: the panel lists both, the strategy as a plain note.
    await importFiles(page, [
      join(seedsDir, SEEDS.staffordshireStalking),
      join(seedsDir, SEEDS.strategy),
    ]);
    await page.locator('.import-note').filter({ hasText: 'not a procurement notice' }).waitFor();
    await expect.poll(() => page.locator('.import-job.phase-done').count()).toBe(1);
    await check(page, 'import-panel');
  });

  it('the screen shown when stored data cannot be read has no serious accessibility problem', async () => {
    const session = await startApp({ path: NOW });
    await expect.poll(() => rows(session.page).count()).toBe(4);
    // A store damaged outside the screens, as in damaged-data.e2e.ts.
    await damageFirstOpportunity(session.page);
    const page = await session.relaunch();
    await page.setViewportSize({ width, height: 800 });
    await page.getByRole('alert').filter({ hasText: 'The pipeline cannot be shown' }).waitFor();
    await check(page, 'damaged-screen');
  });
});
