/**
 * Backup and restore as a user does it, in real Chromium with real IndexedDB: work in one profile,
 * back up from Settings (a real download), start a fresh profile, restore from the file after
 * reading the preview, and find everything as it was. Then the automatic snapshots: undo a mistake.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEEDS, seedsDir } from '../test/corpus';
import { checkAccessibility, importFiles, screenshot, screenshotDir, startApp } from './harness';

/** A fixed "now" (20 April 2026, 10:00 in London), as the app suite uses. */
const NOW = '?now=2026-04-20T09:00:00Z';
const STALKING = 'Provision of a Stalking Service in Staffordshire & Stoke-on-Trent';
const scratch = mkdtempSync(join(tmpdir(), 'bid-desk-backup-e2e-'));
const rows = (page: Page) => page.getByTestId('pipeline-row');

/** Seed 004 republished a week later with its deadline moved from 6 to 13 May. */
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

async function openSettings(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await page.getByRole('heading', { name: 'Back up and restore' }).waitFor();
}

async function openPipeline(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Pipeline' })
    .click();
}

/** "Back up everything", caught as the download it is in a browser; returns the saved path. */
async function backUp(page: Page, name: string): Promise<string> {
  await openSettings(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up everything' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('bid-desk-backup-2026-04-20-1000.json');
  const path = join(scratch, name);
  await download.saveAs(path);
  await page.getByRole('status').filter({ hasText: 'Backed up 4 opportunities' }).waitFor();
  return path;
}

/** What the user sees: pipeline rows, and the stalking tender's deadline, log and checklist. */
async function whatIsShown(page: Page) {
  await openPipeline(page);
  await expect.poll(() => rows(page).count()).toBe(4);
  const pipeline = (await rows(page).allInnerTexts()).sort();
  await rows(page).filter({ hasText: STALKING }).click();
  await page.getByRole('heading', { level: 1, name: STALKING }).waitFor();
  const deadline = await page.getByTestId('submission-deadline').innerText();
  const log = await page.getByRole('region', { name: 'Change log' }).innerText();
  await page
    .getByRole('navigation', { name: 'Opportunity sections' })
    .getByRole('link', { name: /Checklist/ })
    .click();
  await page.locator('.checklist-table').first().waitFor();
  const checklist = await page.locator('.checklist-table tbody tr').count();
  await openSettings(page);
  const name = await page.getByRole('textbox', { name: 'Your name' }).inputValue();
  return { pipeline, deadline, log, checklist, name };
}

/** The backup's tables with rows sorted by key, for comparing two stores. */
function tablesOf(path: string): Record<string, unknown[]> {
  const file = JSON.parse(readFileSync(path, 'utf8')) as { tables: Record<string, unknown[]> };
  const key = (row: unknown) =>
    String((row as { id?: string; key?: string }).id ?? (row as { key?: string }).key);
  return Object.fromEntries(
    Object.entries(file.tables).map(([table, list]) => [
      table,
      [...list].sort((a, b) => key(a).localeCompare(key(b))),
    ]),
  );
}

describe('backup and restore', () => {
  it('backs up, and a fresh profile restores everything as it was', async () => {
    const { page } = await startApp({ path: NOW });
    await expect.poll(() => rows(page).count()).toBe(4);
    // The buyer moved the deadline: re-importing makes the stalking tender real and logs the change.
    await importFiles(page, [movedDeadlineVersion()]);
    await page.getByText(/Updated .* \(\d+ changes?\)/).waitFor();
    // The user's own work: a checklist for the stalking tender, and their name.
    await rows(page).filter({ hasText: STALKING }).click();
    await page
      .getByRole('navigation', { name: 'Opportunity sections' })
      .getByRole('link', { name: /Checklist/ })
      .click();
    await page.getByRole('button', { name: 'Create checklist now' }).click();
    await page.locator('.checklist-table').first().waitFor();
    await openSettings(page);
    await page.getByRole('textbox', { name: 'Your name' }).fill('Priya Shah');
    await page.getByRole('button', { name: 'Save your name' }).click();
    await page.getByText(/recorded as Priya Shah/).waitFor();

    const before = await whatIsShown(page);
    expect(before.deadline).toBe('13 May 2026, 12:00');
    expect(before.log).toContain(
      'Submission deadline moved from 6 May 2026, 12:00 to 13 May 2026, 12:00',
    );
    expect(before.checklist).toBeGreaterThan(5);
    const saved = await backUp(page, 'backup.json');

    // A new computer: a fresh profile, its demo data removed, so the store is empty.
    const fresh = await startApp({ path: NOW });
    const next = fresh.page;
    await next.getByRole('button', { name: 'Remove demo data' }).click();
    await next.getByRole('heading', { name: 'Your pipeline is empty' }).waitFor();
    await openSettings(next);
    await next.getByLabel('Restore from a backup file').setInputFiles(saved);
    const preview = next.getByRole('region', { name: 'Restore from “backup.json”?' });
    await preview.waitFor();
    const words = await preview.innerText();
    expect(words).toContain('Backup made 20 Apr 2026, 10:00 by Priya Shah.');
    expect(words).toContain('Adds 4 opportunities:');
    expect(words).toContain(STALKING);
    expect(words).toMatch(/Your records: 1 reference document added; \d+ checklist items added\./);
    expect(words).toContain('Settings taken from the backup: your name.');
    await screenshot(next, 'backup-restore-preview');
    await checkAccessibility(next, 'backup-restore-preview');
    // The page is long (Settings above it): the section alone, to read the preview.
    await next
      .getByRole('region', { name: 'Back up and restore' })
      .screenshot({ path: join(screenshotDir, 'backup-restore-preview-section.png') });
    expect(await rows(next).count()).toBe(0);

    await preview.getByRole('button', { name: 'Restore now' }).click();
    await next
      .getByRole('status')
      .filter({ hasText: 'Restored from backup.json: 4 opportunities added' })
      .waitFor();
    await screenshot(next, 'backup-restored');
    await checkAccessibility(next, 'backup-restored');
    expect(await whatIsShown(next)).toEqual(before);

    // Field by field: a backup of the restored store holds exactly the same rows.
    const again = await backUp(next, 'again.json');
    expect(tablesOf(again)).toEqual(tablesOf(saved));
  });

  it('undoes a mistake from an automatic snapshot, after asking', async () => {
    const { page } = await startApp({ path: NOW });
    await expect.poll(() => rows(page).count()).toBe(4);
    await openSettings(page);
    // The app takes its daily snapshot by itself shortly after start-up.
    const restore = page.getByRole('button', {
      name: 'Restore this snapshot',
      description: /\(daily\)/,
    });
    await restore.waitFor();
    await page.getByRole('button', { name: 'Take a snapshot now' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Restore this snapshot' }).count())
      .toBe(2);

    // The mistake: every demo notice removed.
    await page.getByRole('button', { name: 'Remove demo data' }).click();
    await openPipeline(page);
    await page.getByRole('heading', { name: 'Your pipeline is empty' }).waitFor();

    await openSettings(page);
    await restore.click();
    const confirm = page.getByRole('group', { name: /^Replace everything with the snapshot of/ });
    expect(await confirm.innerText()).toContain('4 opportunities, 0 decisions');
    await page
      .getByRole('region', { name: 'Back up and restore' })
      .screenshot({ path: join(screenshotDir, 'backup-snapshot-confirm.png') });
    await confirm.getByRole('button', { name: 'Replace everything' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Restored the snapshot of/ })
      .waitFor();
    await openPipeline(page);
    await expect.poll(() => rows(page).count()).toBe(4);
  });
});
