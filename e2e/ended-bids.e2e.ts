/**
 * Bids end, and This week stays useful after the first missed one (issue 16). In real Chromium,
 * with the seed stalking tender and three real Find a Tender notices: four bids decided "Bid",
 * each with its checklist, on 20 April 2026. On Monday 15 June the stalking tender has closed
 * unsubmitted; then Carbine Magnifiers becomes a no-bid and the air-conditioning bid is withdrawn.
 * Those three leave This week, the calendar, the clash warnings and "Export all" (.ics); the
 * adaptations bid, still live, stays in all four.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../test/corpus';
import {
  checkAccessibility,
  decidedBy,
  importFiles,
  openOpportunity,
  screenshot,
  startApp,
} from './harness';

const APRIL = '2026-04-20T09:00:00Z';
/** Monday 15 June 2026, 09:00 BST. */
const JUNE = '2026-06-15T08:00:00Z';

const notice = (name: string) => join(corpusDir ?? '', 'more-notices', name);
const STALKING = 'Provision of a Stalking Service in Staffordshire & Stoke-on-Trent'; // closed 6 May
const ADAPTATIONS = 'Short Term Contract for Adaptations'; // closes 19 June: live
const CARBINE = 'Carbine Magnifiers'; // closes 27 June 00:00: no bid
const AIRCON = 'Air Conditioning-Cooling Plant Maintenance and Repair (GCU)'; // 1 July: withdrawn
const ENDED = [STALKING, CARBINE, AIRCON];

/** Open a tab of an opportunity, by the pipeline's search (its list renders only rows in view). */
async function openTab(page: Page, title: string, tab: RegExp): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Pipeline' })
    .click();
  // Ended bids are hidden from the pipeline until asked for.
  await page.getByRole('checkbox', { name: 'Show closed and no-bid' }).check();
  await page.getByRole('searchbox', { name: 'Search' }).fill(title);
  await expect.poll(() => page.getByTestId('pipeline-row').count()).toBe(1);
  await openOpportunity(page, title);
  await page
    .getByRole('navigation', { name: 'Opportunity sections' })
    .getByRole('link', { name: tab })
    .click();
}

/** Answer every gate and factor, and record `outcome` with a name and the reasons. */
async function decide(page: Page, outcome: 'Bid' | 'No bid'): Promise<void> {
  const gates = page.getByRole('region', { name: '1. Hard gates' }).getByRole('group');
  await gates.first().waitFor();
  for (let i = 0; i < (await gates.count()); i += 1) {
    await gates.nth(i).getByRole('radio', { name: 'Pass' }).check();
  }
  const factors = page.getByRole('region', { name: '2. Weighted factors' }).getByRole('group');
  for (let i = 0; i < (await factors.count()); i += 1) {
    await factors.nth(i).getByRole('radio', { name: /^4/ }).check();
  }
  const decision = page.getByRole('region', { name: '3. Your decision' });
  await decision.getByRole('radio', { name: outcome, exact: true }).check();
  await decidedBy(decision).fill('Priya Shah');
  await decision
    .getByRole('textbox', { name: 'Why? (rationale)' })
    .fill(outcome === 'Bid' ? 'Core work; the team has room.' : 'The team is full until July.');
  await decision.getByRole('button', { name: 'Record decision' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Recorded: ${outcome} for` })
    .waitFor();
}

/** Decide "Bid" and make the lot's checklist. */
async function bidWithChecklist(page: Page, title: string): Promise<void> {
  await openTab(page, title, /^Go\/no-go/);
  await decide(page, 'Bid');
  await page.getByRole('button', { name: /^Create the submission checklist/ }).click();
  // Creating the checklist goes to it.
  await expect.poll(() => page.url()).toMatch(/\/checklist$/);
}

async function thisWeek(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'This week' })
    .click();
  await page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
  await page.locator('.this-week .loading').waitFor({ state: 'detached' });
}

/** The opportunity titles This week shows, each once. */
async function thisWeekBids(page: Page): Promise<string[]> {
  const titles = await page.locator('.agenda-opportunity').allInnerTexts();
  return [...new Set(titles)].sort();
}

async function calendarJune(page: Page): Promise<string> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Calendar' })
    .click();
  await page.getByRole('heading', { name: 'June 2026' }).waitFor();
  await page.locator('.calendar .loading').waitFor({ state: 'detached' });
  return page.locator('.calendar-grid').innerText();
}

/** Days the calendar marks as clashes, in June. */
async function clashDays(page: Page): Promise<Array<string | null>> {
  return page
    .locator('td.is-clash')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-day')));
}

/** "Export all to calendar (.ics)": each event's summary and lane. */
async function exportAll(page: Page): Promise<Array<{ summary: string; lane: string }>> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export all to calendar (.ics)' }).click(),
  ]);
  const ics = readFileSync(await download.path(), 'utf8').replace(/\r\n[ \t]/g, '');
  return ics
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((event) => ({
      summary: (/^SUMMARY:(.*)$/m.exec(event)?.[1] ?? '').replace(/\\([,;\\])/g, '$1'),
      lane: /^CATEGORIES:(.*)$/m.exec(event)?.[1] ?? '',
    }));
}

/** Events of a bid that someone still has to act on: its plan, events, and notice deadlines. */
function openEvents(events: Array<{ summary: string; lane: string }>, title: string) {
  return events.filter(
    (e) =>
      e.summary.includes(`– ${title}`) &&
      !e.summary.startsWith('Done: ') &&
      (e.lane !== 'Notice' || /deadline/i.test(e.summary)),
  );
}

/** A bid's Timeline tab, once its table of dates shows; returns its clash warnings (or ''). */
async function clashWarnings(page: Page, title: string): Promise<string> {
  await openTab(page, title, /^Timeline/);
  await page.locator('.timeline-table').waitFor();
  const clashes = page.locator('.timeline-clashes');
  return (await clashes.count()) ? clashes.innerText() : '';
}

describe.runIf(corpusDir !== null)('bids that have ended', () => {
  it('leave This week, the calendar, clash warnings and Export all; a live bid stays', async () => {
    const app = await startApp({ path: `?now=${APRIL}` });
    const { page } = app;
    await importFiles(page, [
      notice('derived-fts-pcr-date-only-deadline-051000-2026.json'),
      notice('derived-fts-pcr-midnight-deadline-06872e.json'),
      notice('derived-fts-pcr-8criteria-text-weights-050396-2026.json'),
    ]);
    for (const title of [ADAPTATIONS, CARBINE, AIRCON]) {
      await page
        .getByTestId('pipeline-row')
        .filter({ hasText: title })
        .waitFor({ timeout: 20_000 });
    }
    for (const title of [STALKING, ADAPTATIONS, CARBINE, AIRCON])
      await bidWithChecklist(page, title);

    // 20 April: the stalking bid's checklist is on This week.
    await thisWeek(page);
    expect(await thisWeekBids(page)).toContain(STALKING);

    // Monday 15 June: the stalking tender closed on 6 May with nothing submitted.
    await page.goto(new URL(`?now=${JUNE}`, app.url).href);
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await thisWeek(page);
    expect(await thisWeekBids(page)).toEqual([AIRCON, ADAPTATIONS, CARBINE].sort());
    // The live bids' own overdue items (registrations due weeks ago) wait below the week.
    const overdue = page.getByRole('button', { name: /^Overdue \(\d+\)$/ });
    expect(await overdue.getAttribute('aria-expanded')).toBe('true');
    for (const width of [1280, 800]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `this-week-before-ending-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 720 });

    const juneBefore = await calendarJune(page);
    for (const title of [ADAPTATIONS, CARBINE, AIRCON]) expect(juneBefore).toContain(title);
    const clashesBefore = await clashDays(page);
    const exportedBefore = await exportAll(page);
    expect(openEvents(exportedBefore, STALKING)).toEqual([]);
    expect(openEvents(exportedBefore, CARBINE).length).toBeGreaterThan(0);
    expect(openEvents(exportedBefore, AIRCON).length).toBeGreaterThan(0);
    expect(clashesBefore.length).toBeGreaterThan(0);
    // The air-conditioning plan meets the other bids' deadlines (the warnings follow live data).
    await expect
      .poll(() => clashWarnings(page, AIRCON))
      .toMatch(/Short Term Contract for Adaptations|Carbine Magnifiers/);

    // The closed tender says so on its decision tab, and offers no checklist of overdue items.
    await openTab(page, STALKING, /^Go\/no-go/);
    await page
      .getByRole('note')
      .filter({ hasText: 'This tender closed on 6 May 2026 (' })
      .waitFor();
    await screenshot(page, 'decision-closed');

    // Carbine: a new decision, no bid. Air conditioning: withdrawn, after asking once more.
    await openTab(page, CARBINE, /^Go\/no-go/);
    await page.getByRole('button', { name: 'Reassess and record a new decision' }).click();
    await decide(page, 'No bid');
    await openTab(page, AIRCON, /^Go\/no-go/);
    await page.getByRole('button', { name: 'Withdraw from this bid' }).click();
    await page.getByRole('button', { name: 'Yes, withdraw' }).click();
    const standing = page.getByRole('region', { name: 'Submit or withdraw' });
    await standing.getByText('Withdrawn on 15 Jun 2026').waitFor();
    // The tab says so too, not the "Bid" decided before.
    const tabLink = page
      .getByRole('navigation', { name: 'Opportunity sections' })
      .getByRole('link', { name: /^Go\/no-go/ });
    await expect.poll(() => tabLink.innerText()).toMatch(/Withdrawn/);
    await screenshot(page, 'decision-withdrawn');
    await checkAccessibility(page, 'decision-withdrawn');

    // This week: only the live bid.
    await thisWeek(page);
    await expect.poll(() => thisWeekBids(page)).toEqual([ADAPTATIONS]);
    for (const width of [1280, 800]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `this-week-after-ending-${width}`);
    }
    await checkAccessibility(page, 'this-week-after-ending');
    await page.setViewportSize({ width: 1280, height: 720 });

    // The overdue group closes from the keyboard, and stays closed when the app is opened again.
    const overdueToggle = page.getByRole('button', { name: /^Overdue \(\d+\)$/ });
    await overdueToggle.focus();
    await page.keyboard.press('Enter');
    expect(await overdueToggle.getAttribute('aria-expanded')).toBe('false');
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await thisWeek(page);
    const again = page.getByRole('button', { name: /^Overdue/ });
    expect(await again.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByText('Register on the Central Digital Platform').isVisible()).toBe(
      false,
    );
    await screenshot(page, 'this-week-overdue-closed');

    // The calendar and Export all: the live bid's items, none of the ended bids' open ones.
    const juneAfter = await calendarJune(page);
    expect(juneAfter).toContain(ADAPTATIONS);
    // What stays of them is done (the go/no-go just recorded, ticked), not something to do.
    for (const title of ENDED) {
      const toDo = page.locator('li.calendar-item:not(.is-done)').filter({ hasText: title });
      expect(await toDo.allInnerTexts()).toEqual([]);
    }
    // Every clash was with a bid that has ended: none is left.
    expect(await clashDays(page)).toEqual([]);
    const exported = await exportAll(page);
    for (const title of ENDED) expect(openEvents(exported, title)).toEqual([]);
    expect(exported.map((e) => e.summary)).toContain(`Submission deadline – ${ADAPTATIONS}`);
    expect(openEvents(exported, ADAPTATIONS).length).toBe(
      openEvents(exportedBefore, ADAPTATIONS).length,
    );

    // No clash warnings for the bid withdrawn from, nor with it on the live bid's timeline.
    expect(await clashWarnings(page, AIRCON)).toBe('');
    const live = await clashWarnings(page, ADAPTATIONS);
    for (const title of ENDED) expect(live).not.toContain(title);

    // The ended bids keep everything on their own pages.
    await openTab(page, AIRCON, /^Checklist/);
    await page.getByRole('heading', { name: 'Submission checklist' }).waitFor();
    expect(await page.locator('tr.checklist-item').count()).toBeGreaterThan(0);
    expect(app.consoleErrors).toEqual([]);
  });
});
