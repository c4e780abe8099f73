/**
 * Nothing a file can do breaks Bid Desk, as a user meets it in real Chromium: a backup whose rows
 * were edited is refused before anything changes, and a screen whose stored data cannot be read
 * says so in words and offers the ways out (Settings, a snapshot, the error for a report).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkAccessibility, damageFirstOpportunity, screenshot, startApp } from './harness';

const NOW = '?now=2026-04-20T09:00:00Z';
const scratch = mkdtempSync(join(tmpdir(), 'bid-desk-damaged-e2e-'));
const rows = (page: Page) => page.getByTestId('pipeline-row');

async function openSettings(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await page.getByRole('heading', { name: 'Back up and restore' }).waitFor();
}

describe('damaged data', () => {
  it('refuses a backup whose rows were edited, naming the row, and changes nothing', async () => {
    const { page } = await startApp({ path: NOW });
    await expect.poll(() => rows(page).count()).toBe(4);
    const pipeline = (await rows(page).allInnerTexts()).sort();
    await openSettings(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Back up everything' }).click();
    const saved = join(scratch, 'backup.json');
    await (await downloading).saveAs(saved);

    // The backup as someone edited it: valid JSON, one buyer name turned into a record.
    const file = JSON.parse(readFileSync(saved, 'utf8')) as {
      tables: { opportunities: Array<Record<string, unknown>> };
    };
    const edited = file.tables.opportunities[1];
    if (!edited) throw new Error('the backup has fewer than two opportunities');
    edited.buyerName = { x: 1 };
    const tampered = join(scratch, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(file));

    await page.getByLabel('Restore from a backup file').setInputFiles(tampered);
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'Could not restore from tampered.json' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain(
      'This Bid Desk backup is damaged (opportunities row 2, field buyerName: expected text, found a record). Nothing has been changed.',
    );
    expect(await page.getByRole('button', { name: 'Restore now' }).count()).toBe(0);
    await screenshot(page, 'damaged-backup-refused');
    await checkAccessibility(page, 'damaged-backup-refused');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Pipeline' })
      .click();
    await expect.poll(() => rows(page).count()).toBe(4);
    expect((await rows(page).allInnerTexts()).sort()).toEqual(pipeline);
  });

  it('a screen that cannot read its data says so, and Settings and snapshots still work', async () => {
    const session = await startApp({ path: NOW });
    let page = session.page;
    await expect.poll(() => rows(page).count()).toBe(4);
    await openSettings(page);
    // The daily snapshot, taken by itself after start-up: the way back.
    await page.getByRole('button', { name: 'Restore this snapshot' }).first().waitFor();

    // A store damaged outside the screens (as the earlier restore let a tampered backup do).
    await damageFirstOpportunity(page);
    page = await session.relaunch();

    const problem = page.getByRole('alert').filter({ hasText: 'The pipeline cannot be shown' });
    await problem.waitFor();
    expect(await problem.innerText()).toContain('Nothing has been changed or deleted.');
    await problem.getByRole('button', { name: 'Copy the error for a report' }).waitFor();
    await problem.getByRole('link', { name: 'Restore a snapshot' }).waitFor();
    await screenshot(page, 'damaged-screen');

    await problem.getByRole('link', { name: 'Go to Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByRole('textbox', { name: 'Your name' }).waitFor();
    await page.getByRole('button', { name: 'Restore this snapshot' }).first().click();
    await page
      .getByRole('group', { name: /^Replace everything with the snapshot of/ })
      .getByRole('button', { name: 'Replace everything' })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Restored the snapshot of/ })
      .waitFor();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Pipeline' })
      .click();
    await expect.poll(() => rows(page).count()).toBe(4);
  });
});
