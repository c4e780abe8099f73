/**
 * The pipeline's rows stay where they are shown, so a click lands on the row the user aimed at:
 * nothing that arrives after the rows (a notice of stored files read again at start-up, the
 * header's Imports button during an import in a narrow window) pushes the list down. Watched in
 * every animation frame, as a user's pointer would meet it.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../test/corpus';
import { importFiles, openOpportunity, startApp } from './harness';

const NOW = '?now=2026-06-01T09:00:00Z';
const TITLE = 'Carbine Magnifiers';
const FILE = join(corpusDir ?? '', 'more-notices', 'derived-fts-pcr-midnight-deadline-06872e.json');

/**
 * From now on, note the list's top edge in every frame it is on screen (in the page, so no frame
 * is missed between two of the test's calls); `listTops` reads the distinct values seen.
 */
const WATCH_LIST = `(() => {
  const tops = (window.__listTops = []);
  const frame = () => {
    const list = document.querySelector('[data-testid="pipeline-list"]');
    if (list) {
      const top = Math.round(list.getBoundingClientRect().top);
      if (tops[tops.length - 1] !== top) tops.push(top);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

const listTops = (page: Page): Promise<number[]> =>
  page.evaluate(() => (window as unknown as { __listTops: number[] }).__listTops);

describe.runIf(corpusDir !== null)('a pipeline that stays still under the pointer', () => {
  it('does not move when stored files are read again at start-up', async () => {
    const { page } = await startApp({ path: NOW });
    await importFiles(page, [FILE]);
    await page.getByTestId('pipeline-row').filter({ hasText: TITLE }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'Imported “derived-fts-pcr-midnight-deadline-06872e.json”' })
      .waitFor({ state: 'attached' });
    // Every stored file as an older Bid Desk left it, so the next start reads them all again.
    await page.evaluate(async () => {
      const open = indexedDB.open('bid-desk');
      await new Promise((resolve) => (open.onsuccess = resolve));
      const tx = open.result.transaction('sourceFiles', 'readwrite');
      const files = tx.objectStore('sourceFiles').getAll();
      await new Promise((resolve) => (files.onsuccess = resolve));
      for (const file of files.result as object[]) {
        tx.objectStore('sourceFiles').put({ ...file, engineVersion: 2 });
      }
      await new Promise((resolve) => (tx.oncomplete = resolve));
      open.result.close();
    });

    await page.addInitScript(WATCH_LIST);
    await page.reload();
    await page
      .getByTestId('reread-notice')
      .filter({ hasText: /^Read \d+ stored notice files again/ })
      .waitFor();
    expect(await listTops(page)).toHaveLength(1);
    await openOpportunity(page, TITLE);
  });

  it('does not move in a narrow window when an import starts and ends', async () => {
    const { page } = await startApp({ path: NOW });
    await page.setViewportSize({ width: 800, height: 800 });
    await page.getByTestId('pipeline-row').first().waitFor();
    await page.evaluate(WATCH_LIST);
    await importFiles(page, [FILE]);
    await page.getByTestId('import-job').getByText(/Added/).waitFor();
    await page.getByRole('button', { name: 'Imports', exact: true }).waitFor();
    expect(await listTops(page)).toHaveLength(1);
    await openOpportunity(page, TITLE);
  });
});
