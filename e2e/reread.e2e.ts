/**
 * A notice stored by an older Bid Desk (its midnight deadline kept as the day "27 Jun 2026", a day
 * late, and no "Tenders opened") is read again when the app starts: the opportunity page then
 * says to submit by the end of Friday 26 June, and that Bid Desk now reads the notice differently
 * (not that the buyer changed it).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../test/corpus';
import { checkAccessibility, importFiles, openOpportunity, screenshot, startApp } from './harness';

const NOW = '?now=2026-06-01T09:00:00Z';
const TITLE = 'Carbine Magnifiers';
const FILE = 'derived-fts-pcr-midnight-deadline-06872e.json';

describe.runIf(corpusDir !== null)('stored notices read again at start-up', () => {
  it('reads a midnight deadline an older version stored as a day again, as Bid Desk’s reading', async () => {
    const app = await startApp({ path: NOW });
    await importFiles(app.page, [join(corpusDir as string, 'more-notices', FILE)]);
    await app.page.getByTestId('pipeline-row').filter({ hasText: TITLE }).waitFor();
    await app.page
      .getByRole('status')
      .filter({ hasText: `Imported “${FILE}”` })
      .waitFor({ state: 'attached' });

    // Turn the stored notice back into what Bid Desk 2 stored: only its midnight dates as days,
    // no "Tenders opened", and the file marked as read by engine 2. Straight in IndexedDB, as the
    // older version left it (its key dates live in the notice record since store version 5).
    await app.page.evaluate(
      async ([dbName, ocid]) => {
        const done = (request: IDBRequest | IDBTransaction) =>
          new Promise<void>((resolve, reject) => {
            if (request instanceof IDBTransaction) request.oncomplete = () => resolve();
            else request.onsuccess = () => resolve();
            request.onerror = () => reject(request.error ?? new Error('IndexedDB failed'));
          });
        const open = indexedDB.open(dbName);
        await done(open);
        const db = open.result;
        const tx = db.transaction(['notices', 'sourceFiles'], 'readwrite');
        type Dated = { id: string; kind: string; at: string; allDay: boolean };
        const old = (dates: Dated[]) =>
          dates
            .filter((d) => d.kind !== 'tendersOpened')
            .map((d) => (!d.allDay && d.at.includes('T00:00:00') ? { ...d, allDay: true } : d));
        const notices = tx.objectStore('notices').getAll();
        const files = tx.objectStore('sourceFiles').getAll();
        await Promise.all([done(notices), done(files)]);
        type Snapshot = { id: string; notice: { ocid: string; keyDates: Dated[] } };
        const row = (notices.result as Snapshot[]).find((n) => n.notice.ocid === ocid);
        if (!row) throw new Error(`${ocid} is not stored`);
        row.notice.keyDates = old(row.notice.keyDates);
        tx.objectStore('notices').put(row);
        for (const file of files.result as Array<{ opportunityIds: string[] }>) {
          if (file.opportunityIds.includes(row.id)) {
            tx.objectStore('sourceFiles').put({ ...file, engineVersion: 2 });
          }
        }
        await done(tx);
        db.close();
      },
      ['bid-desk', 'ocds-h6vhtk-06872e'] as const,
    );

    const page = await app.relaunch();
    await page
      .getByTestId('reread-notice')
      .filter({ hasText: 'Read a stored notice file again' })
      .waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('reread-notice').innerText()).resolves.toContain(
      'it now reads one notice differently',
    );
    await openOpportunity(page, TITLE);

    const banner = page.getByRole('alert').filter({ hasText: 'Bid Desk now reads this notice' });
    await expect(banner.getByRole('heading').innerText()).resolves.toBe(
      'Bid Desk now reads this notice differently',
    );
    await expect(banner.innerText()).resolves.toContain('The buyer has not changed it');
    await expect(banner.innerText()).resolves.toContain(
      'Submission deadline: 27 Jun 2026 → 27 Jun 2026, 00:00 (midnight at the start of Saturday 27 June: submit by the end of Friday 26 June)',
    );
    await expect(page.getByText('This notice has changed').count()).resolves.toBe(0);
    const summary = page.getByRole('region', { name: 'Summary' });
    await expect(summary.innerText()).resolves.toContain('submit by the end of Friday 26 June');
    await screenshot(page, 'opportunity-read-again');
    await checkAccessibility(page, 'opportunity-read-again');

    // Read once: the next start says nothing and the entry stays as it was.
    const again = await app.relaunch();
    await openOpportunity(again, TITLE);
    await again
      .getByRole('heading', { name: 'Bid Desk now reads this notice differently' })
      .waitFor();
    await expect(again.getByTestId('reread-notice').count()).resolves.toBe(0);
  });
});
