/**
 * The browser bridge's import worker in real Chromium, through the probe page (e2e/probe): the
 * worker bundle loads under the app's CSP, reads File streams, and the page gets the same answer
 * the engine gives in Node.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importNoticeFile } from '../shared/import/engine';
import type { ImportUpdate } from '../shared/ipc/contract';
import { SEEDS, seedBytes, seedsDir } from '../test/corpus';
import type { ProbeState } from './probe/probe';
import { probeRoot } from './build';
import { importFiles, screenshot, startApp } from './harness';

const MB = 1024 * 1024;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bid-desk-worker-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** An OCDS release package of about `size` bytes: one small release and a long padding field. */
async function largePackage(name: string, size: number): Promise<string> {
  const release = {
    ocid: 'ocds-h6vhtk-0a0b0c',
    id: 'r1',
    date: '2026-01-05T09:00:00Z',
    tag: ['tender'],
    initiationType: 'tender',
    tender: { id: 't1', title: 'Community transport for older people', status: 'active' },
  };
  const head = JSON.stringify({ uri: 'https://example.org/p', releases: [release] }).slice(0, -1);
  const path = join(dir, name);
  await writeFile(path, `${head},"padding":"${'a'.repeat(size - head.length - 14)}"}`);
  return path;
}

async function waitForDone(page: Page, count: number): Promise<ProbeState> {
  await page.waitForFunction(
    (n) => document.getElementById('done-count')?.textContent === String(n),
    count,
  );
  return page.evaluate(() => window.probe);
}

function doneFor(state: ProbeState, fileName: string): ImportUpdate {
  const done = state.updates.find((u) => u.fileName === fileName && u.phase === 'done');
  if (!done) throw new Error(`no result for ${fileName}`);
  return done;
}

describe('import worker in Chromium', () => {
  it('imports seed notices and gets the same opportunities as the engine in Node', async () => {
    const app = await startApp({ root: probeRoot });
    const names = [SEEDS.westMidlands, SEEDS.cleveland, SEEDS.strategy];
    await importFiles(
      app.page,
      names.map((name) => join(seedsDir, name)),
    );
    const state = await waitForDone(app.page, names.length);
    await screenshot(app.page, 'import-worker-seeds');

    expect(state.jobIds).toHaveLength(3);
    for (const id of state.jobIds) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    for (const name of [SEEDS.westMidlands, SEEDS.cleveland]) {
      const bytes = seedBytes(name);
      const updates = state.updates.filter((u) => u.fileName === name);
      expect(updates[0]).toMatchObject({ phase: 'reading', totalBytes: bytes.length });
      const done = doneFor(state, name);
      expect(done.bytesRead).toBe(bytes.length);
      expect(done.outcome).toEqual(importNoticeFile({ name, bytes }));
      expect(done.sourceText).toBe(new TextDecoder().decode(bytes).replace(/\r\n?/g, '\n'));
    }
    expect(doneFor(state, SEEDS.strategy).outcome).toMatchObject({
      ok: false,
      error: { code: 'commissioning-strategy' },
    });
    expect(app.consoleErrors).toEqual([]);
  });

  it('reads a large package in chunks with throttled progress and keeps no text above 20 MB', async () => {
    const path = await largePackage('large-package.json', 24 * MB);
    const app = await startApp({ root: probeRoot });
    await importFiles(app.page, [path]);
    const state = await waitForDone(app.page, 1);

    const reading = state.updates.filter((u) => u.phase === 'reading').map((u) => u.bytesRead);
    expect(reading.length).toBeGreaterThanOrEqual(1);
    // Chromium hands out a 24 MB file in hundreds of chunks; progress must not echo each one.
    expect(reading.length).toBeLessThan(60);
    expect(reading).toEqual([...reading].sort((a, b) => a - b));
    const done = doneFor(state, 'large-package.json');
    expect(done.bytesRead).toBe(24 * MB);
    expect(done.outcome?.ok && done.outcome.opportunities.map((o) => o.title)).toEqual([
      'Community transport for older people',
    ]);
    expect(done.sourceText).toBeNull();
    expect(app.consoleErrors).toEqual([]);
  });

  it('cancels a running import', async () => {
    const path = await largePackage('cancel-me.json', 40 * MB);
    const app = await startApp({ root: probeRoot, path: '?cancel=first-progress' });
    await importFiles(app.page, [path]);
    const state = await waitForDone(app.page, 1);

    const done = doneFor(state, 'cancel-me.json');
    expect(done.outcome).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(done.bytesRead).toBeLessThan(40 * MB);
    expect(done.sourceText).toBeNull();
    expect(state.updates.filter((u) => u.phase === 'done')).toHaveLength(1);
  });
});
