/**
 * Markup and script in every text field of a real notice (FTS 083563-2026, Science Museum
 * Group), and `javascript:`, `data:` and `file:` addresses in every link it has. On every screen
 * the notice reaches, none of it runs and no address that is not http(s) becomes a link: prose
 * fields are read from HTML to their words (the title ends "… Makers click"), other text (a
 * contact's name) shows the markup as the characters it is.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusJson } from '../test/corpus';
import { importFiles, screenshot, startApp } from './harness';

const MARKUP =
  ' <img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>' +
  '<a href="javascript:window.__pwned=1">click</a>';
const ADDRESSES = [
  'javascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'file:///etc/passwd',
  'JaVaScRiPt:window.__pwned=1',
];
const TITLE = 'Science and Industry Museum Wonderlab Group 2 Interactives Makers';
const TABS = ['Notice', 'Go/no-go', 'Engagement', 'Checklist', 'Response plan', 'Timeline'];

/** Every prose string (one with a space) gets the markup; every url/uri a hostile address. */
function poison(value: unknown, key: string, counts: { text: number; links: number }): unknown {
  if (Array.isArray(value)) return value.map((v) => poison(v, key, counts));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, poison(v, k, counts)] as const),
    );
  }
  if (typeof value !== 'string') return value;
  if (key === 'url' || key === 'uri') {
    return ADDRESSES[counts.links++ % ADDRESSES.length];
  }
  if (!value.includes(' ')) return value;
  counts.text++;
  return value + MARKUP;
}

function hostileFile(): { path: string; text: number; links: number } {
  const pkg = corpusJson('fts/members/083563-2026.json') as { releases: unknown[] };
  const counts = { text: 0, links: 0 };
  const poisoned = { ...pkg, releases: pkg.releases.map((r) => poison(r, '', counts)) };
  const path = join(mkdtempSync(join(tmpdir(), 'bid-desk-markup-')), 'markup.json');
  writeFileSync(path, JSON.stringify(poisoned));
  return { path, ...counts };
}

/** What ran or was built from the notice's markup on the page now showing. */
function injected(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned ?? null,
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    scripts: [...document.scripts].filter((s) => s.textContent.includes('__pwned')).length,
    links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => !/^(https?:|#|mailto:)/i.test(href)),
  }));
}

const CLEAN = { pwned: null, images: 0, scripts: 0, links: [] };

describe.runIf(corpusAvailable('hostile markup e2e'))('markup and script in a notice', () => {
  it('is shown as text on every screen, never run, and no hostile address becomes a link', async () => {
    const file = hostileFile();
    expect(file.text).toBeGreaterThan(10);
    expect(file.links).toBeGreaterThan(2);
    const { page } = await startApp({ path: '?now=2026-06-01T09:00:00Z' });
    await page.getByRole('button', { name: 'Remove demo data' }).click();
    await page.getByRole('heading', { name: 'Your pipeline is empty' }).waitFor();
    await importFiles(page, [file.path]);
    await page.getByTestId('pipeline-row').filter({ hasText: TITLE }).waitFor();
    expect(await injected(page)).toEqual(CLEAN);

    await page.getByTestId('pipeline-row').filter({ hasText: TITLE }).click();
    const heading = page.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: TITLE }).waitFor();
    expect(await heading.innerText()).toBe(`${TITLE} click`);
    for (const tab of TABS) {
      await page
        .getByRole('navigation', { name: 'Opportunity sections' })
        .getByRole('link', { name: tab })
        .click();
      await page.locator('.tabs a[aria-current="page"]').filter({ hasText: tab }).waitFor();
      await page.locator('#main').getByRole('heading').nth(1).waitFor();
      expect(await injected(page), tab).toEqual(CLEAN);
    }
    await page
      .getByRole('navigation', { name: 'Opportunity sections' })
      .getByRole('link', { name: 'Notice' })
      .click();
    // The buyer's contact name shows the markup as the characters it is.
    await page
      .locator('#main')
      .getByText('<img src=x onerror="window.__pwned=1">')
      .first()
      .waitFor();
    await screenshot(page, 'hostile-markup');

    for (const screen of ['This week', 'Calendar', 'Buyers']) {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: screen, exact: true })
        .click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await injected(page), screen).toEqual(CLEAN);
    }
  });
});
