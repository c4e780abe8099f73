/**
 * Running Bid Desk in real Chromium for the E2E suite: the built renderer served from
 * 127.0.0.1, a fresh browser profile per test, every console and page error collected. A test
 * fails by itself if the page threw; nothing here sleeps, everything waits on the page.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { startStaticServer, type StaticServer } from '../scripts/static-server';
import { repoRoot, webRoot } from './build';
import { CHROMIUM_ARGS, CHROMIUM_PATH, closeAndRemoveProfile } from './chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH };
export { checkAccessibility } from './accessibility';

export const screenshotDir = join(repoRoot, 'test-output', 'screenshots');

export interface StartAppOptions {
  /** The folder to serve; the built renderer unless a test serves something else. */
  root?: string;
  /** Path and query to open, relative to the server, e.g. `?now=2026-05-01T09:00:00Z`. */
  path?: string;
  /**
   * Wait for the app's ready signal (`<html data-ready="true">`, set by main.tsx once the data
   * is open). On by default when serving the app; pages without that signal turn it off.
   */
  waitForReady?: boolean;
}

/** One running app: a server, a Chromium profile and the page showing Bid Desk. */
export interface AppSession {
  /** The current page; replaced by `relaunch()`. */
  readonly page: Page;
  readonly context: BrowserContext;
  /** The address the page was opened at. */
  readonly url: string;
  readonly userDataDir: string;
  /** Console errors in order; Chromium reports failed loads and CSP refusals there too. */
  readonly consoleErrors: string[];
  /** Uncaught exceptions in the page; any of these fails the test. */
  readonly pageErrors: string[];
  /** Close the browser and open it again on the same profile, as a user restarting Bid Desk. */
  relaunch(): Promise<Page>;
}

/**
 * Serve the app, launch Chromium on a fresh profile and open the app. Call inside a test: the
 * browser, server and profile are cleaned up when the test finishes, and the test fails if the
 * page threw an uncaught error at any point.
 */
export async function startApp(options: StartAppOptions = {}): Promise<AppSession> {
  const root = options.root ?? webRoot;
  const waitForReady = options.waitForReady ?? root === webRoot;
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root} has no build; the E2E global setup builds it (npm run test:e2e).`);
  }
  const server: StaticServer = await startStaticServer({ root, port: 0 });
  const userDataDir = await mkdtemp(join(tmpdir(), 'bid-desk-e2e-'));
  const url = new URL(options.path ?? '', server.url).href;
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  let context: BrowserContext | null = null;
  let page: Page | null = null;

  onTestFinished(async () => {
    await closeAndRemoveProfile(userDataDir, context);
    await server.close();
    if (pageErrors.length > 0) {
      throw new Error(`The page threw ${pageErrors.length} error(s):\n${pageErrors.join('\n')}`);
    }
  });

  const open = async (): Promise<Page> => {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      // As a UK user's machine: date pickers in dd/mm/yyyy, "today" in London time.
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
    const opened = context.pages()[0] ?? (await context.newPage());
    opened.on('console', (message) => {
      if (message.type() === 'error' && !isKnownNoise(message.text(), message.location().url)) {
        consoleErrors.push(message.text());
      }
    });
    opened.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
    await opened.goto(url, { waitUntil: 'load' });
    if (waitForReady) await waitForAppReady(opened);
    page = opened;
    return opened;
  };
  await open();

  return {
    get page() {
      return page as Page;
    },
    get context() {
      return context as BrowserContext;
    },
    url,
    userDataDir,
    consoleErrors,
    pageErrors,
    relaunch: async () => {
      await context?.close();
      return open();
    },
  };
}

/**
 * Wait until the app says it is ready. If it never does, fail with what the page shows instead
 * (a start-up error, say) rather than a bare timeout.
 */
export async function waitForAppReady(page: Page, timeout = 20_000): Promise<void> {
  try {
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached', timeout });
  } catch (error: unknown) {
    const shown = await page
      .locator('body')
      .innerText()
      .catch(() => '');
    throw new Error(`Bid Desk did not become ready. The page shows:\n${shown.slice(0, 2000)}`, {
      cause: error,
    });
  }
}

/**
 * Console errors that say nothing about Bid Desk: Chromium's automatic favicon request when a page
 * declares no icon, and its note that a <meta> CSP cannot carry frame-ancestors (the server sends
 * that directive as a header, where it works).
 */
function isKnownNoise(text: string, url: string): boolean {
  if (text.startsWith('Failed to load resource') && new URL(url).pathname === '/favicon.ico') {
    return true;
  }
  return text.includes(
    "directive 'frame-ancestors' is ignored when delivered via a <meta> element",
  );
}

/** Save a full-page PNG as test-output/screenshots/<name>.png and return its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Open an opportunity from the pipeline by clicking its row once, as a user would, and wait for
 * its page; nothing to do when its page is already showing. One click is enough: the pipeline
 * shows its rows once their data is read, and nothing moves them under the pointer after that.
 */
export async function openOpportunity(page: Page, title: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name: title });
  if (await heading.isVisible()) return; // already on its page (another of its tabs)
  await page.getByTestId('pipeline-row').filter({ hasText: title }).click();
  await heading.waitFor();
}

/** The opportunity's tabs, in the order they are shown. */
export const OPPORTUNITY_TABS = [
  'Notice',
  'Go/no-go',
  'Engagement',
  'Checklist',
  'Response plan',
  'Timeline',
] as const;

/** Click one of the open opportunity's tabs and wait for its content's first heading. */
/**
 * The name box of the go/no-go form: "Your name (used to sign your decisions)" until the user's
 * name is known, then "Decided by", filled in with it.
 */
export function decidedBy(decision: Locator): Locator {
  return decision.getByRole('textbox', {
    name: /^(Decided by|Your name \(used to sign your decisions\))$/,
  });
}

export async function openTab(page: Page, tab: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Opportunity sections' })
    .getByRole('link', { name: tab })
    .click();
  await page.locator(`.tabs a[aria-current="page"]`).filter({ hasText: tab }).waitFor();
  await page.locator('#main').getByRole('heading').nth(1).waitFor();
}

/** Import files as a user would, through the page's "Import notice files" file input. */
export async function importFiles(page: Page, paths: readonly string[]): Promise<void> {
  await page.getByLabel('Import notice files').setInputFiles([...paths]);
}

/**
 * Damages the store outside the screens, as a tampered backup could before restores were
 * checked: the first opportunity's buyer name becomes a record, which no screen can show.
 */
export async function damageFirstOpportunity(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('bid-desk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB failed'));
    });
    await new Promise<void>((resolve, reject) => {
      const store = db.transaction('opportunities', 'readwrite').objectStore('opportunities');
      const all = store.getAll();
      all.onsuccess = () => {
        const [first] = all.result as Array<Record<string, unknown>>;
        store.put({ ...first, buyerName: { x: 1 } });
      };
      store.transaction.oncomplete = () => resolve();
      store.transaction.onerror = () =>
        reject(store.transaction.error ?? new Error('IndexedDB failed'));
    });
    db.close();
  });
}
