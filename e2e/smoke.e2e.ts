import { describe, expect, it } from 'vitest';
import { screenshot, startApp } from './harness';

describe('Bid Desk in the browser', () => {
  it('opens with its title and no errors', async () => {
    const app = await startApp();
    const { page } = app;

    expect(await page.title()).toBe('Bid Desk');
    await page.locator('#root > *').first().waitFor();
    expect(await page.locator('#root').innerText()).toContain('Bid Desk');
    await screenshot(page, 'smoke-first-open');
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  it('keeps what the page stored when the browser is restarted on the same profile', async () => {
    const app = await startApp();
    const profile = app.userDataDir;
    await app.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('e2e-harness-check', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('notes');
          open.onerror = () => reject(open.error ?? new Error('IndexedDB failed'));
          open.onsuccess = () => {
            const tx = open.result.transaction('notes', 'readwrite');
            tx.objectStore('notes').put('kept across restarts', 'note');
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error ?? new Error('IndexedDB failed'));
          };
        }),
    );

    const page = await app.relaunch();
    expect(app.userDataDir).toBe(profile);
    const stored = await page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('e2e-harness-check', 1);
          open.onerror = () => reject(open.error ?? new Error('IndexedDB failed'));
          open.onsuccess = () => {
            const request = open.result.transaction('notes').objectStore('notes').get('note');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error ?? new Error('IndexedDB failed'));
          };
        }),
    );
    expect(stored).toBe('kept across restarts');
    expect(await page.title()).toBe('Bid Desk');
  });
});
