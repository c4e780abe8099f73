/**
 * Planning a bid, as a bid manager does it, in real Chromium with real IndexedDB: register for a
 * clarification Q&A, make the checklist and tick items off, fill in the response plan, restart
 * and find it all, then import a newer notice whose deadline moved and see the due dates flagged.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEEDS, seedsDir } from '../test/corpus';
import { checkAccessibility, importFiles, openOpportunity, screenshot, startApp } from './harness';

/** Monday 20 April 2026: the stalking tender closes on 6 May at noon. */
const NOW = '?now=2026-04-20T09:00:00Z';
const STALKING = 'Provision of a Stalking Service in Staffordshire & Stoke-on-Trent';
const scratch = mkdtempSync(join(tmpdir(), 'bid-desk-workspace-'));

/** The stalking tender's 12 questions: weights making up the 85% written stage, and self-scores. */
const QUESTIONS: [string, number, number][] = [
  ['Q1 - Vision', 12, 3],
  ['Q2 - Service Delivery Model', 8, 2],
  ['Q3 - Staffing', 10, 4],
  ['Q4 - Delivery of Equality and Diversity', 5, 4],
  ['Q5 - Victim Support', 5, 3],
  ['Q6 - Safeguarding', 10, 5],
  ['Q7 - Service User Engagement / Accessibility', 5, 3],
  ['Q8 - Performance Management', 5, 2],
  ['Q9 - Governance and Contract Management', 5, 4],
  ['Q10 - Social Value', 10, 3],
  ['Q11 - Mobilisation', 5, 5],
  ['Q12 - Stakeholders / Partners', 5, 4],
];

function movedDeadlineVersion(): string {
  const text = readFileSync(join(seedsDir, SEEDS.staffordshireStalking), 'utf8');
  const changed = text
    .replace('"endDate": "2026-05-06T12:00:00+01:00"', '"endDate": "2026-05-13T12:00:00+01:00"')
    .replace('"date": "2026-04-08T15:03:16+01:00"', '"date": "2026-04-15T10:00:00+01:00"');
  expect(changed).not.toBe(text);
  const path = join(scratch, 'stalking-deadline-moved.txt');
  writeFileSync(path, changed);
  return path;
}

async function openStalking(page: Page, tab: string): Promise<void> {
  await openOpportunity(page, STALKING);
  await page
    .getByRole('navigation', { name: 'Opportunity sections' })
    .getByRole('link', { name: tab })
    .click();
}

const progress = (page: Page) =>
  page.getByRole('region', { name: 'Lot 1' }).locator('.progress-text');
const projected = (page: Page) => page.getByTestId('projected-total');

describe('planning a bid', () => {
  it('engagement, checklist and response plan survive a restart; a moved deadline flags the due dates', async () => {
    const app = await startApp({ path: NOW });
    let page = app.page;

    // Engagement: the RFI responses (March) went in; a clarification Q&A on Thursday, registered.
    await openStalking(page, 'Engagement');
    const rfi = page.getByRole('article', { name: /Market engagement: written responses due/ });
    await rfi.getByLabel('Your status').selectOption('attended');
    await rfi.getByText('Saved').waitFor();
    const form = page.getByRole('form', { name: 'Add an event' });
    await form.getByLabel('Kind').selectOption('clarification');
    await form.getByLabel('Title').fill('Clarification Q&A');
    await form.getByLabel('Date', { exact: true }).fill('2026-04-23');
    await form.getByLabel('Starts (optional)').fill('10:00');
    await form.getByLabel('Ends (optional)').fill('11:00');
    await form.getByLabel('Joining link (optional)').fill('https://teams.example.org/meet/123');
    await form.getByLabel('Your status').selectOption('registered');
    await form.getByRole('button', { name: 'Add event' }).click();
    const qa = page.getByRole('article', { name: /Clarification Q&A/ });
    await qa.getByLabel('Who is going').fill('Sam Patel, Priya Shah');
    await qa.getByLabel('Questions to ask').fill('Is TUPE expected to apply?');
    await qa.getByLabel('Questions to ask').blur();
    await qa.getByText('Saved').waitFor();
    expect(await qa.innerText()).toContain('23 Apr 2026, 10:00 to 11:00');
    await screenshot(page, 'engagement');
    await checkAccessibility(page, 'engagement');

    // Checklist: made on demand, three items ticked off.
    await openStalking(page, 'Checklist');
    await page.getByRole('button', { name: 'Create checklist now' }).click();
    await expect.poll(() => progress(page).innerText()).toBe('0 of 31 done');
    for (const name of [
      'Quality answer: Q1 - Vision',
      'Quality answer: Q2 - Service Delivery Model',
    ]) {
      await page.getByRole('checkbox', { name: `Done: ${name}` }).check();
    }
    await page
      .getByRole('checkbox', { name: /Done: Register on the Central Digital Platform/ })
      .check();
    await expect.poll(() => progress(page).innerText()).toBe('3 of 31 done');
    await page
      .getByRole('combobox', { name: 'Owner of “Quality answer: Q3 - Staffing”' })
      .fill('Priya');
    await page
      .getByRole('combobox', { name: 'Owner of “Quality answer: Q3 - Staffing”' })
      .press('Enter');
    // Listed by due date: the registrations (three weeks before) first, the answers in question
    // order. Reordering by hand is for the team's own order.
    await expect
      .poll(() => page.locator('.checklist-item .item-name').first().innerText())
      .toMatch(/^Register on/);
    const order = page.getByRole('combobox', { name: 'Order items' });
    await order.selectOption({ label: 'In your own order' });
    // Reordering by keyboard: the focus stays on the button, so pressing again keeps moving it.
    const up = page.getByRole('button', { name: 'Move “Quality answer: Q3 - Staffing” up' });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.checklist-item .item-name').nth(1).innerText())
      .toBe('Quality answer: Q3 - Staffing');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Move “Quality answer: Q3 - Staffing” up',
    );
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.checklist-item .item-name').first().innerText())
      .toBe('Quality answer: Q3 - Staffing');
    await order.selectOption({ label: 'By due date' });
    await screenshot(page, 'checklist');
    await checkAccessibility(page, 'checklist');

    // One schedule: the timeline lists sign-off and submission once, as the checklist has them.
    await openStalking(page, 'Timeline');
    const dates = page.getByRole('region', { name: 'All dates' }).getByRole('row');
    await dates.first().waitFor();
    const submitting = dates.filter({ hasText: /Submit (on the portal|the bid)/ });
    expect(await submitting.allInnerTexts()).toEqual([
      expect.stringMatching(/^30 Apr 2026\s+Submit on the portal and keep the receipt/),
    ]);
    expect(await dates.filter({ hasText: 'Final sign-off' }).count()).toBe(1);
    await screenshot(page, 'timeline-with-checklist');

    // Response plan: every weight from the tender documents, owners and self-scores.
    await openStalking(page, 'Response plan');
    // The tab renders once its rows are read: wait for them rather than count too early.
    await expect
      .poll(() => page.getByText('Weight not given — enter it from the tender documents').count())
      .toBe(12);
    await screenshot(page, 'plan-empty');
    for (const [name, weight, score] of QUESTIONS) {
      await page.getByRole('textbox', { name: `Weight (%) for ${name}` }).fill(String(weight));
      await page.getByRole('textbox', { name: `Self-score for ${name}` }).fill(String(score));
      await page
        .getByRole('combobox', { name: `Owner for ${name}` })
        .fill(name.startsWith('Q1 ') ? 'Sam' : 'Priya');
      await page.getByRole('textbox', { name: `Word limit for ${name}` }).focus();
    }
    await expect
      .poll(() => projected(page).innerText())
      .toContain('Projected 59.4 of 85 marks scored so far');
    expect(
      await page.getByText('Weight not given — enter it from the tender documents').count(),
    ).toBe(0);
    expect(await page.getByTestId('cheapest-marks').innerText()).toMatch(
      /^Q1 - Vision.*\nQ2 - Service Delivery Model.*\nQ10 - Social Value/,
    );
    await screenshot(page, 'plan');
    await checkAccessibility(page, 'plan');
    // In a narrow window each criterion stacks its columns: neither the page nor the table
    // scrolls sideways, and the last column (Self-score) is in view.
    await page.setViewportSize({ width: 760, height: 900 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(760);
    expect(
      await page
        .locator('.plan-table-wrap')
        .first()
        .evaluate((el) => el.scrollWidth > el.clientWidth),
    ).toBe(false);
    const score = await page.getByRole('textbox', { name: /^Self-score for Q1 / }).boundingBox();
    expect(score !== null && score.x + score.width <= 760).toBe(true);
    await page.setViewportSize({ width: 1280, height: 720 }); // Playwright's default

    // This week: the Q&A on Thursday, items due, the decision still to take.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'This week' })
      .click();
    const thursday = page.getByRole('region', { name: 'Thursday 23 April' });
    await thursday.getByRole('link', { name: 'Clarification Q&A' }).waitFor();
    // What is due comes first; the overdue items wait below, in one group.
    expect(await page.getByRole('heading', { level: 2 }).first().innerText()).toBe('Today');
    await page.getByRole('button', { name: /^Overdue \(\d+\)$/ }).waitFor();
    await screenshot(page, 'this-week');
    await checkAccessibility(page, 'this-week');

    // A restart keeps it all.
    page = await app.relaunch();
    await openStalking(page, 'Checklist');
    await expect.poll(() => progress(page).innerText()).toBe('3 of 31 done');
    expect(
      await page
        .getByRole('combobox', { name: 'Owner of “Quality answer: Q3 - Staffing”' })
        .inputValue(),
    ).toBe('Priya');
    await openStalking(page, 'Response plan');
    await expect.poll(() => projected(page).innerText()).toContain('Projected 59.4 of 85');
    expect(await page.getByRole('combobox', { name: 'Owner for Q1 - Vision' }).inputValue()).toBe(
      'Sam',
    );
    await openStalking(page, 'Engagement');
    const qaAgain = page.getByRole('article', { name: /Clarification Q&A/ });
    expect(await qaAgain.getByLabel('Your status').inputValue()).toBe('registered');
    expect(await qaAgain.getByLabel('Who is going').inputValue()).toBe('Sam Patel, Priya Shah');

    // The buyer moves the deadline a week: due dates move with it, flagged until seen.
    await importFiles(page, [movedDeadlineVersion()]);
    await page
      .getByTestId('import-job')
      .getByText(/Updated .* \(\d+ changes?\)/)
      .waitFor();
    await openStalking(page, 'Checklist');
    await page.getByText(/The submission deadline moved/).waitFor();
    const moved = page.getByText(/Due date moved from 23 Apr to 30 Apr because the deadline moved/);
    expect(await moved.count()).toBe(12);
    expect(
      await page
        .getByText('Due date moved from 14 Apr to 21 Apr because the deadline moved.')
        .count(),
    ).toBe(2);
    expect(await progress(page).innerText()).toBe('3 of 31 done');
    await screenshot(page, 'checklist-moved');
    await checkAccessibility(page, 'checklist-moved');
    await page.getByRole('button', { name: /OK, seen all/ }).click();
    await page.getByText(/The submission deadline moved/).waitFor({ state: 'detached' });
    expect(await page.getByText(/Due date moved from/).count()).toBe(0);
  });
});
