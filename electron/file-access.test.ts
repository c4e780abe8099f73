/**
 * What the page can make main read, end to end: the real preload over the real IPC handlers, the
 * real import queue and the real file import, with only Electron's modules mocked (no Electron
 * runs here). A script in the page, however it got there, must not be able to read a file the
 * user did not give Bid Desk, nor see the text of a file that is not a notice.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BidDeskApi, ImportUpdate } from '../shared/ipc/contract';
import { corpusDir, SEEDS, seedsDir } from '../test/corpus';
import { APP_START_URL } from './app-origin';
import { importFileAtPath } from './import/import-file';
import { ImportJobs } from './import/import-jobs';
import { send } from './ipc/handle';
import { registerIpcHandlers } from './ipc/register-handlers';

type MainListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  /** Main's handlers, by channel (ipcMain.handle). */
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
  /** The preload's listeners for events from main (ipcRenderer.on). */
  listeners: new Map<string, (event: unknown, payload: unknown) => void>(),
  /** Files the user dropped, with the paths Electron knows for them. */
  dropped: new WeakMap<object, string>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    // As Electron does: the call reaches main's handler with the page's frame as the sender.
    invoke: async (channel: string, ...args: unknown[]) => {
      const handler = electron.handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return handler({ senderFrame: { url: APP_START_URL }, sender: {} }, ...args);
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      electron.listeners.set(channel, listener);
    },
  },
  webUtils: {
    // Electron knows a path only for a File the user dropped or picked; a File the page made
    // has none, and anything that is not a File is refused.
    getPathForFile: (file: unknown) => {
      if (!(file instanceof File)) throw new TypeError('Expected a File');
      return electron.dropped.get(file) ?? '';
    },
  },
}));

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bid-desk-file-access-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Main as main.ts wires it, reading files in this process instead of a worker. */
function startMain() {
  electron.handlers.clear();
  const read: string[] = [];
  const jobs = new ImportJobs({
    run: (job, { signal, onProgress }) => {
      read.push(job.path);
      return importFileAtPath(job.path, { signal, onProgress });
    },
    emit: (update) => {
      const page = {
        isDestroyed: () => false,
        send: (channel: string, payload: unknown) => electron.listeners.get(channel)?.({}, payload),
      };
      send(page, 'import:update', update);
    },
  });
  const start = vi.spyOn(jobs, 'start');
  registerIpcHandlers({
    ipcMain: {
      handle: (channel: string, listener: MainListener) =>
        electron.handlers.set(channel, listener as never),
    },
    jobs,
    chooseFiles: async () => [],
    openExternal: async () => undefined,
    appInfo: { version: '0.1.0', platform: 'linux' },
    exports: { chooseSavePath: async () => null, printToPdf: async () => new Uint8Array() },
  });
  return { read, start };
}

/** The page's `window.bidDesk`, from the real preload. */
async function loadPage(): Promise<BidDeskApi> {
  vi.resetModules();
  electron.exposed.clear();
  electron.listeners.clear();
  await import('./preload');
  return electron.exposed.get('bidDesk') as BidDeskApi;
}

/** A File as a drop onto the window gives it: Electron knows where it is saved. */
function drop(filePath: string): File {
  const file = new File(['(read by main, not the page)'], path.basename(filePath));
  electron.dropped.set(file, filePath);
  return file;
}

/** Every finished import the page is told about. */
function doneUpdates(api: BidDeskApi, count: number): Promise<ImportUpdate[]> {
  const done: ImportUpdate[] = [];
  return new Promise((resolve) => {
    api.onImportUpdate((update) => {
      if (update.phase !== 'done') return;
      done.push(update);
      if (done.length === count) resolve(done);
    });
  });
}

describe('what the page can make main read', () => {
  let api: BidDeskApi;
  let main: ReturnType<typeof startMain>;
  beforeEach(async () => {
    main = startMain();
    api = await loadPage();
  });

  it('offers the page no way to name a path', () => {
    expect(Object.keys(api)).not.toContain('importPaths');
    for (const name of Object.keys(api)) expect(name).not.toMatch(/path/i);
  });

  it('imports nothing when the page passes paths, path-like objects or Files it made itself', async () => {
    const attempts: unknown[] = [
      '/etc/passwd',
      path.join(dir, 'id_rsa'),
      { path: '/etc/passwd', name: 'passwd' },
      new File(['x'], '/etc/passwd'),
      new File(['x'], 'passwd', { type: 'text/plain' }),
    ];
    const starts = await api.importFiles(attempts);
    expect(starts).toEqual(attempts.map(() => ({ jobId: null, problem: 'no-path' })));
    await expect(api.importFiles('/etc/passwd' as never)).resolves.toEqual([]);
    expect(main.start).not.toHaveBeenCalled();
    expect(main.read).toEqual([]);
  });

  it('imports a file the user dropped and gives its text back, as a notice needs', async () => {
    const notice = path.join(seedsDir, SEEDS.westMidlands);
    const done = doneUpdates(api, 1);
    const [start] = await api.importFiles([drop(notice)]);
    expect(start?.jobId).toEqual(expect.any(String));
    const [update] = await done;
    expect(main.read).toEqual([notice]);
    expect(update).toMatchObject({ jobId: start?.jobId, fileName: SEEDS.westMidlands });
    expect(update?.outcome?.ok).toBe(true);
    expect(update?.sourceText).toContain('West Midlands');
    // The page learns the file's name, never where it is saved.
    expect(JSON.stringify(update)).not.toContain(seedsDir);
  });

  it('gives back the text of a commissioning strategy, which Bid Desk keeps for the buyer', async () => {
    const done = doneUpdates(api, 1);
    await api.importFiles([drop(path.join(seedsDir, SEEDS.strategy))]);
    const [update] = await done;
    expect(update?.outcome).toMatchObject({
      ok: false,
      error: { code: 'commissioning-strategy' },
    });
    expect(update?.sourceText).toMatch(/Commissioning Strategy/i);
  });

  it('tells the page only the name and the reason for a dropped file that is not a notice', async () => {
    const secret = path.join(dir, 'id_rsa');
    writeFileSync(secret, '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n');
    const passwords = path.join(dir, 'passwd');
    writeFileSync(passwords, 'root:x:0:0:root:/root:/bin/bash\nsam:x:1000:1000::/home/sam:\n');
    const dropped = [secret, passwords];
    // A real JSON file that is not a notice: the OCDS release schema itself.
    if (corpusDir) dropped.push(path.join(corpusDir, 'ocds-schema', '1__1__5-release-schema.json'));

    const done = doneUpdates(api, dropped.length);
    await api.importFiles(dropped.map(drop));
    const updates = await done;
    expect(updates.map((update) => update.fileName).sort()).toEqual(
      dropped.map((file) => path.basename(file)).sort(),
    );
    for (const update of updates) {
      expect(update.outcome?.ok).toBe(false);
      expect(update.sourceText ?? null).toBeNull();
      const told = JSON.stringify(update);
      expect(told).not.toMatch(/OPENSSH|b3BlbnNzaC1rZXk|root:x:0|\/bin\/bash|"\$schema"/);
      expect(told).not.toContain(dir);
    }
  });
});
