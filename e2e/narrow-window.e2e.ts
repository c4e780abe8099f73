/**
 * Bid Desk in a narrow (800 px) window: no screen scrolls sideways (the page is no wider than the
 * window), and opening an opportunity leaves the page at its top with the app's header in view.
 * Each screen is photographed at 800 and 1280 px as `narrow-<screen>-<width>`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  OPPORTUNITY_TABS,
  openOpportunity,
  openTab,
  screenshot,
  screenshotDir,
  startApp,
} from './harness';

/** Monday 20 April 2026: the stalking tender is open, its deadline 16 days away. */
const NOW = '?now=2026-04-20T09:00:00Z';
const STALKING = 'Provision of a Stalking Service in Staffordshire & Stoke-on-Trent';
/** The last row of the pipeline (by next key date). */
const HATE_CRIME = 'Hate Crime, Antisocial Behaviour';
const rows = (page: Page) => page.getByTestId('pipeline-row');
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** How far the page is wider than the window, in CSS pixels (0 when nothing scrolls sideways). */
function overflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}

/** Screens wider than the window, as "<screen>: <scrollWidth> > <clientWidth>". */
const tooWide: string[] = [];

async function measure(page: Page, screen: string, width: number): Promise<void> {
  await screenshot(page, `narrow-${screen}-${width}`);
  const { scrollWidth, clientWidth } = await overflow(page);
  if (scrollWidth > clientWidth) tooWide.push(`${screen}: ${scrollWidth} > ${clientWidth}`);
}

/** What the window shows with the screen's first `selector` at its top, to look at it closely. */
async function photographTable(
  page: Page,
  screen: string,
  width: number,
  selector = '#main table',
): Promise<void> {
  await page
    .locator(selector)
    .first()
    .evaluate((table) => table.scrollIntoView());
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `narrow-${screen}-table-${width}.png`) });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The first criterion's Draft and Self-score are inside the window, not past its right edge. */
async function expectDraftAndScoreInView(page: Page, width: number): Promise<void> {
  const draft = page.getByRole('combobox', { name: /^Draft status for / }).first();
  const score = page.getByRole('textbox', { name: /^Self-score for / }).first();
  for (const control of [draft, score]) {
    const box = await control.boundingBox();
    expect(box !== null && box.x >= 0 && box.x + box.width <= width).toBe(true);
  }
}

/** The timeline's "Today" label on one line, inside the chart (not "T/o/d/a/y", not "Tod"). */
async function expectTodayWhole(page: Page): Promise<void> {
  const label = await page.getByTestId('timeline-today').getByText('Today').boundingBox();
  const chart = await page.locator('.timeline-chart').boundingBox();
  expect(
    label !== null &&
      chart !== null &&
      label.width > label.height &&
      label.x >= chart.x &&
      label.x + label.width <= chart.x + chart.width,
  ).toBe(true);
}

/** How tall each opportunity tab is: all alike when every label is on one line. */
async function tabHeights(page: Page): Promise<number[]> {
  return page
    .getByRole('navigation', { name: 'Opportunity sections' })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
}

async function goTo(page: Page, link: string, heading: string | RegExp): Promise<void> {
  await mainNav(page).getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
}

describe.each([800, 1280])('at %i px wide', (width) => {
  it('no screen scrolls sideways', async () => {
    tooWide.length = 0;
    const { page } = await startApp({ path: NOW });
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(() => rows(page).count()).toBe(4);
    await measure(page, 'pipeline', width);

    await openOpportunity(page, STALKING);
    const heights = await tabHeights(page);
    expect(heights).toHaveLength(OPPORTUNITY_TABS.length);
    expect(new Set(heights).size).toBe(1);
    for (const tab of OPPORTUNITY_TABS) {
      await openTab(page, tab);
      if (tab === 'Checklist') {
        // The widest screen is the checklist itself, not the offer to make one.
        await page.getByRole('button', { name: 'Create checklist now' }).click();
        await page
          .getByRole('button', { name: 'Create checklist now' })
          .waitFor({ state: 'detached' });
      }
      const screen = tab.toLowerCase().replace(/[^a-z]+/g, '-');
      await measure(page, screen, width);
      if (tab === 'Checklist' || tab === 'Response plan')
        await photographTable(page, screen, width);
      if (tab === 'Response plan') await expectDraftAndScoreInView(page, width);
      if (tab === 'Timeline') {
        await photographTable(page, screen, width, '.timeline-chart');
        await expectTodayWhole(page);
      }
    }

    await goTo(page, 'This week', 'This week');
    await measure(page, 'this-week', width);
    await goTo(page, 'Calendar', /Calendar/);
    await measure(page, 'calendar', width);
    await goTo(page, 'Buyers', 'Buyers');
    await measure(page, 'buyers', width);
    await goTo(page, 'Settings', 'Settings');
    await page.getByRole('button', { name: 'Restore this snapshot' }).first().waitFor();
    await measure(page, 'settings', width);
    // Every screen is measured before the verdict, so a failure names them all.
    expect(tooWide).toEqual([]);
  });

  it('opening an opportunity leaves the page at its top, the header in view', async () => {
    const { page } = await startApp({ path: NOW });
    await page.setViewportSize({ width, height: 600 });
    await expect.poll(() => rows(page).count()).toBe(4);
    // A row reached by keyboard shows its whole focus ring, drawn inside the row: the list's
    // scrolling box would cut a ring drawn outside it.
    await page.keyboard.press('Tab'); // keyboard use, so focus is shown
    const first = rows(page).first();
    await first.focus();
    const ring = await first.evaluate((row) => {
      const style = getComputedStyle(row);
      const box = row.getBoundingClientRect();
      const list = row.closest('.pipeline-scroller')?.getBoundingClientRect();
      const inset = -parseFloat(style.outlineOffset);
      return {
        visible: row.matches(':focus-visible') && style.outlineStyle !== 'none',
        inside:
          list !== undefined &&
          inset >= parseFloat(style.outlineWidth) &&
          box.top >= list.top &&
          box.left >= list.left &&
          box.right <= list.right,
      };
    });
    expect(ring).toEqual({ visible: true, inside: true });
    await mkdir(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, `narrow-row-focus-${width}.png`) });
    // The user scrolls the window down to reach a row, then opens it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await openOpportunity(page, HATE_CRIME);
    // Focus moves to the title (for screen readers) without moving the page.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('opportunity-title');
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
    const header = page.getByRole('banner').first();
    const box = await header.boundingBox();
    expect(box?.y).toBe(0);
    await expect(header.isVisible()).resolves.toBe(true);
    // What the window shows (not the full page): the app's header above the title.
    await mkdir(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, `narrow-opened-${width}.png`) });
  });
});
