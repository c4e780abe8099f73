/**
 * Bid Desk as a user meets it, in real Chromium with real IndexedDB: first-run demo data,
 * importing the seed notices with the file picker, reading an opportunity, re-importing a changed
 * notice, a first file that holds a notice's history, a bad file that changes nothing, and a
 * restart that keeps everything.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEEDS, seedsDir } from '../test/corpus';
import { checkAccessibility, importFiles, screenshot, startApp } from './harness';

/** A fixed "now" (20 April 2026): the stalking tender is open, its deadline 16 days away. */
const NOW = '?now=2026-04-20T09:00:00Z';
const seed = (name: string): string => join(seedsDir, name);
const scratch = mkdtempSync(join(tmpdir(), 'bid-desk-e2e-'));

const rows = (page: Page) => page.getByTestId('pipeline-row');

async function removeDemoData(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Remove demo data' }).click();
  await page.getByRole('heading', { name: 'Your pipeline is empty' }).waitFor();
}

/** Import all five seeds through the file picker, as a new user would. */
async function importSeeds(page: Page): Promise<void> {
  await importFiles(page, Object.values(SEEDS).map(seed));
  await expect.poll(() => page.getByTestId('import-job').count()).toBe(5);
  await expect
    .poll(() => page.locator('.import-job.phase-done').count(), { timeout: 20_000 })
    .toBe(4);
  await expect.poll(() => rows(page).count()).toBe(4);
}

/** The stalking tender with its deadline moved a week later, published as a newer release. */
function movedDeadlineVersion(): string {
  const text = readFileSync(seed(SEEDS.staffordshireStalking), 'utf8');
  const changed = text
    .replace('"endDate": "2026-05-06T12:00:00+01:00"', '"endDate": "2026-05-13T12:00:00+01:00"')
    .replace('"date": "2026-04-08T15:03:16+01:00"', '"date": "2026-04-15T10:00:00+01:00"');
  expect(changed).not.toBe(text);
  const path = join(scratch, 'stalking-deadline-moved.txt');
  writeFileSync(path, changed);
  return path;
}

describe('first run', () => {
  it('shows the seed notices as demo data, removable in one action with undo', async () => {
    const { page } = await startApp({ path: NOW });
    await expect.poll(() => rows(page).count()).toBe(4);
    expect(await page.getByText('Demo data.').isVisible()).toBe(true);
    expect(await page.locator('.badge-demo').count()).toBe(4);
    await screenshot(page, 'pipeline-demo');

    await removeDemoData(page);
    expect(await page.getByText('Download a notice from').isVisible()).toBe(true);
    await screenshot(page, 'pipeline-empty');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows(page).count()).toBe(4);
  });

  it('in a narrow window, pipeline rows grow to fit their wrapped cells instead of overlapping', async () => {
    const { page } = await startApp({ path: NOW });
    // The desktop window can be as narrow as 720 px; below 900 px a row's cells wrap in two columns.
    await page.setViewportSize({ width: 760, height: 800 });
    await expect.poll(() => rows(page).count()).toBe(4);
    const overlaps = async (): Promise<number> =>
      rows(page).evaluateAll((els) => {
        const boxes = els.map((el) => el.getBoundingClientRect()).sort((a, b) => a.top - b.top);
        return boxes.filter((box, i) => i > 0 && box.top < (boxes[i - 1] as DOMRect).bottom - 1)
          .length;
      });
    await expect.poll(overlaps).toBe(0);
    // Every row is taller than a wide row (its cells are stacked) and shows its deadline.
    const heights = await rows(page).evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect().height),
    );
    expect(Math.min(...heights)).toBeGreaterThan(100);
    const stalking = rows(page).filter({ hasText: 'Provision of a Stalking Service' });
    expect(await stalking.innerText()).toContain('Deadline 6 May 2026, 12:00');
    // Without the column headings, the value and suitability cells carry their own labels.
    expect(await stalking.innerText()).toMatch(/Value £1,265,000[\s\S]*Suitable for SME, VCSE/);
    await screenshot(page, 'pipeline-narrow');
    await checkAccessibility(page, 'pipeline-narrow');
  });
});

/**
 * One file holding the stalking tender (the seed's release, as published 8 Apr) and a later
 * release of it that moved the deadline a week, as a buyer's amendment does.
 */
function tenderAndAmendmentFile(): string {
  const text = readFileSync(seed(SEEDS.staffordshireStalking), 'utf8');
  const tender = JSON.parse(text.slice(text.indexOf('\n{') + 1)) as {
    id: string;
    tag: string[];
    tender: { tenderPeriod: { endDate: string } };
  };
  expect(tender.tender.tenderPeriod.endDate).toBe('2026-05-06T12:00:00+01:00');
  const amendment = structuredClone(tender);
  Object.assign(amendment, {
    id: `${tender.id}-amendment`,
    date: '2026-04-15T10:00:00+01:00',
    tag: ['tenderAmendment'],
  });
  amendment.tender.tenderPeriod.endDate = '2026-05-13T12:00:00+01:00';
  const path = join(scratch, 'stalking-tender-and-amendment.json');
  writeFileSync(path, JSON.stringify({ releases: [{ ...tender, tag: ['tender'] }, amendment] }));
  return path;
}

describe('importing, reading, re-importing', () => {
  it('imports the seeds with the file picker and shows the stalking tender in full', async () => {
    const { page } = await startApp({ path: NOW });
    await removeDemoData(page);
    await importSeeds(page);

    // The strategy is not a notice: the app says so, not as a failure, and offers to keep it.
    const refusal = page
      .locator('.import-note')
      .filter({ hasText: 'commissioning strategy, not a procurement notice' });
    await refusal.waitFor();
    await refusal.getByRole('button', { name: /Keep as a reference document/ }).click();
    await page.getByText('Kept as a reference document.').waitFor();

    const stalking = rows(page).filter({ hasText: 'Provision of a Stalking Service' });
    expect(await stalking.innerText()).toContain('Clarification questions close');
    expect(await stalking.innerText()).toContain('28 Apr 2026, 12:00');
    expect(await stalking.innerText()).toContain('(in 8 days)');
    expect(await stalking.innerText()).toContain('Deadline 6 May 2026, 12:00');
    await page.getByRole('button', { name: 'Clear finished' }).click();
    await screenshot(page, 'pipeline-imported');

    await stalking.click();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Provision of a Stalking Service in Staffordshire & Stoke-on-Trent',
      })
      .waitFor();
    expect(await page.getByTestId('submission-deadline').innerText()).toBe('6 May 2026, 12:00');
    const lots = page.getByRole('region', { name: '1 lot' });
    expect(await lots.innerText()).toContain('£1,265,000 (£1,518,000 incl. VAT)');
    const criteria = lots.locator('.criteria tbody tr');
    expect(await criteria.count()).toBe(12);
    expect(await criteria.first().innerText()).toMatch(/Q1 - Vision\s+quality\s+Not given/);
    expect(await lots.innerText()).toContain('85% PQP (Quality & Price) 15% Presentations');
    expect(await lots.innerText()).toContain('The notice does not give every weight.');
    await screenshot(page, 'opportunity-stalking');
  });

  it('shows facts read from prose with their source words', async () => {
    const { page } = await startApp({ path: NOW });
    await rows(page).filter({ hasText: 'Hate Crime, Antisocial Behaviour' }).click();
    const engagement = page.getByRole('region', { name: 'Engagement events' });
    expect(await engagement.innerText()).toContain(
      'Staffordshire Police HQ, Conference Room 7, Weston Road, Stafford, ST18 0YY',
    );
    expect(await engagement.innerText()).toContain('14 Jul 2026, 17:00');
    const lots = page.getByRole('region', { name: '2 lots' });
    expect(await lots.innerText()).toContain('Lot A: Hate Crime Service');
    expect(await lots.innerText()).toContain('£704,000');
    await lots.getByText('from the description').first().click();
    expect(await lots.locator('blockquote').first().innerText()).toContain(
      'Lot A - Hate Crime Service Circa £704,000',
    );
    await screenshot(page, 'opportunity-derived-lots');
    await checkAccessibility(page, 'opportunity-derived-lots');
  });

  it('re-imports a changed notice: the change is shown until dismissed and kept in the log', async () => {
    const { page } = await startApp({ path: NOW });
    await removeDemoData(page);
    await importSeeds(page);
    await importFiles(page, [movedDeadlineVersion()]);
    const result = page
      .getByTestId('import-job')
      .filter({ hasText: 'stalking-deadline-moved.txt' });
    await result.getByText(/Updated .* \(\d+ changes?\)/).waitFor();

    const stalking = rows(page).filter({ hasText: 'Provision of a Stalking Service' });
    expect(await stalking.getByText('Changed').isVisible()).toBe(true);
    await stalking.click();
    const banner = page.getByRole('alert').filter({ hasText: 'This notice has changed' });
    expect(await banner.innerText()).toContain(
      'Submission deadline moved from 6 May 2026, 12:00 to 13 May 2026, 12:00',
    );
    expect(await page.getByTestId('submission-deadline').innerText()).toBe('13 May 2026, 12:00');
    await screenshot(page, 'opportunity-changed');
    await checkAccessibility(page, 'opportunity-changed');

    await banner.getByRole('button', { name: 'Mark as read' }).click();
    await banner.waitFor({ state: 'detached' });
    const log = page.getByRole('region', { name: 'Change log' });
    expect(await log.innerText()).toContain(
      'Submission deadline moved from 6 May 2026, 12:00 to 13 May 2026, 12:00',
    );
    expect(await log.innerText()).toContain('seen by You');
  });

  it('a first file holding the tender and its amendment shows the moved deadline as history, not news', async () => {
    const { page } = await startApp({ path: NOW });
    await removeDemoData(page);
    await importFiles(page, [tenderAndAmendmentFile()]);
    await expect.poll(() => rows(page).count()).toBe(1);

    const stalking = rows(page).filter({ hasText: 'Provision of a Stalking Service' });
    expect(await stalking.innerText()).toContain('Deadline 13 May 2026, 12:00');
    // It is new to the user: nothing to mark as read.
    expect(await stalking.getByText('Changed').count()).toBe(0);
    await stalking.click();
    expect(await page.getByTestId('submission-deadline').innerText()).toBe('13 May 2026, 12:00');
    expect(
      await page.getByRole('alert').filter({ hasText: 'This notice has changed' }).count(),
    ).toBe(0);
    const log = page.getByRole('region', { name: 'Change log' });
    const text = await log.innerText();
    expect(text).toContain(
      'Published 15 Apr 2026, 10:00 — changes since the release of 8 Apr 2026, 15:03, both in “stalking-tender-and-amendment.json”',
    );
    expect(text).toContain(
      'Submission deadline moved from 6 May 2026, 12:00 to 13 May 2026, 12:00',
    );
    expect(text).not.toContain('Nothing has changed');
    expect(text).not.toContain('seen by');
    await screenshot(page, 'opportunity-history-on-first-import');
  });

  it('a moved engagement date whose description names the old day is flagged, at import and on the notice', async () => {
    const { page } = await startApp({ path: NOW });
    await removeDemoData(page);
    const text = readFileSync(seed(SEEDS.cleveland), 'utf8');
    const moved = text.replace(
      '"dueDate": "2026-06-08T23:59:59+01:00"',
      '"dueDate": "2026-06-15T23:59:59+01:00"',
    );
    expect(moved).not.toBe(text);
    const path = join(scratch, 'cleveland-event-moved.txt');
    writeFileSync(path, moved);
    await importFiles(page, [path]);

    const result = page.getByTestId('import-job').filter({ hasText: 'cleveland-event-moved.txt' });
    await result.getByText('1 thing to check').click();
    expect(await result.innerText()).toContain(
      'the date of “Market engagement” is 15 Jun 2026, but its description says 8 Jun 2026',
    );

    await rows(page).filter({ hasText: 'Victim Support & Restorative Practice' }).click();
    const engagement = page.getByRole('region', { name: 'Engagement events' });
    expect(await engagement.innerText()).toContain(
      'Its description says 8 Jun 2026: check with the buyer which is right.',
    );
    await screenshot(page, 'opportunity-event-moved');
    await checkAccessibility(page, 'opportunity-event-moved');
  });

  it('a bad file gets a clear error and changes nothing; a restart keeps everything', async () => {
    const app = await startApp({ path: NOW });
    const { page } = app;
    await removeDemoData(page);
    await importSeeds(page);
    await importFiles(page, [movedDeadlineVersion()]);
    await page.getByText(/Updated .* \(\d+ changes?\)/).waitFor();

    const cut = join(scratch, 'half-downloaded.json');
    writeFileSync(
      cut,
      readFileSync(seed(SEEDS.staffordshireStalking), 'utf8')
        .slice(9000, 12000)
        .replace(/^[^{]*/, ''),
    );
    await importFiles(page, [cut]);
    const error = page
      .getByTestId('import-job')
      .filter({ hasText: 'half-downloaded.json' })
      .getByRole('alert');
    // The user's words first; how the file is built only under "Details".
    expect(await error.innerText()).toMatch(
      /^(This file was not downloaded completely\. Download it again\.|This file is not a notice from Find a Tender or Contracts Finder\.)\n+Details$/,
    );
    // Below four earlier results, the failure is scrolled into the panel's view, under its heading.
    await expect
      .poll(() =>
        error.evaluate((el) => {
          const panel = el.closest('.import-panel')?.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          return panel !== undefined && box.top >= panel.top && box.bottom <= panel.bottom;
        }),
      )
      .toBe(true);
    await error.getByText('Details').click();
    expect(await error.innerText()).toMatch(
      /stops part-way through|cannot be read as JSON|not an OCDS notice/,
    );
    expect(await page.getByRole('heading', { name: /^Imports/ }).isVisible()).toBe(true);
    await screenshot(page, 'import-error');
    // The panel covers none of the first row: its Value and Lots stay in view above the panel.
    const panelBox = await page.locator('.import-panel').boundingBox();
    const rowBox = await rows(page).first().boundingBox();
    expect(panelBox && rowBox && rowBox.y + rowBox.height <= panelBox.y).toBe(true);
    await checkAccessibility(page, 'import-error');
    expect(await rows(page).count()).toBe(4);

    const relaunched = await app.relaunch();
    await expect.poll(() => rows(relaunched).count()).toBe(4);
    expect(await relaunched.getByText('Demo data.').count()).toBe(0);
    await rows(relaunched).filter({ hasText: 'Provision of a Stalking Service' }).click();
    expect(await relaunched.getByTestId('submission-deadline').innerText()).toBe(
      '13 May 2026, 12:00',
    );
    expect(await relaunched.getByRole('region', { name: 'Change log' }).innerText()).toContain(
      'moved from 6 May 2026, 12:00',
    );
  });
});

describe('keyboard', () => {
  it('search and open an opportunity without a mouse', async () => {
    const { page } = await startApp({ path: NOW });
    await expect.poll(() => rows(page).count()).toBe(4);
    await page.keyboard.press('/');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('pipeline-search');
    await page.keyboard.type('cleveland');
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await page.getByText('1 of 4 opportunities').isVisible()).toBe(true);
    await page.keyboard.press('Tab'); // stage
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab'); // decision, buyer, deadline, suitability, sort
    for (let i = 0; i < 2; i++) await page.keyboard.press('Tab'); // the List | Board switch
    await page.keyboard.press('Tab'); // clear filters
    await page.keyboard.press('Tab'); // show closed and no-bid
    await page.keyboard.press('Tab'); // the row
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { level: 1, name: 'Victim Support & Restorative Practice' })
      .waitFor();
    const engagement = page.getByRole('region', { name: 'Engagement events' });
    expect(await engagement.innerText()).toContain('8 Jun 2026, 10:00 to 11:30');
    expect(await engagement.getByRole('link', { name: /Joining link/ }).count()).toBe(1);
  });
});
