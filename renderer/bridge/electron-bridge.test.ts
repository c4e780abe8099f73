// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  BidDeskApi,
  DroppedFileStart,
  ImportUpdate,
  MenuCommand,
} from '../../shared/ipc/contract';
import { createElectronBridge } from './electron-bridge';

/**
 * The preload API as main would answer it, recording every call. `dropped` holds the files that
 * have a path on disk (the preload finds it; the page never sees it).
 */
/** What main answers to a save: later calls in a test answer "not saved" (no path). */
interface Saved {
  saved: boolean;
  path: string | null;
}

function fakeApi(dropped: Set<File>) {
  const importListeners = new Set<(update: ImportUpdate) => void>();
  const menuListeners = new Set<(command: MenuCommand) => void>();
  let nextId = 0;
  const api = {
    chooseFiles: vi.fn(async () => ({ jobIds: ['main-a', 'main-b'] })),
    importFiles: vi.fn(async (files: readonly unknown[]): Promise<DroppedFileStart[]> =>
      files.map((file) =>
        dropped.has(file as File)
          ? { jobId: `main-${++nextId}` }
          : { jobId: null, problem: 'no-path' },
      ),
    ),
    cancelImport: vi.fn(async () => ({ cancelled: true })),
    openExternal: vi.fn(async () => ({ opened: true })),
    appInfo: vi.fn(async () => ({ version: '0.1.0', platform: 'linux' })),
    saveExport: vi.fn(
      async (_request: { defaultName: string; mime: string; text: string }): Promise<Saved> => ({
        saved: true,
        path: '/home/me/Documents/bid.ics',
      }),
    ),
    exportPdf: vi.fn(async (_request: { defaultName: string }): Promise<Saved> => ({
      saved: true,
      path: '/home/me/Documents/bid.pdf',
    })),
    onImportUpdate: vi.fn((listener: (update: ImportUpdate) => void) => {
      importListeners.add(listener);
      return () => importListeners.delete(listener);
    }),
    onMenuCommand: vi.fn((listener: (command: MenuCommand) => void) => {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    }),
  } satisfies BidDeskApi;
  return { api, importListeners, menuListeners };
}

function file(name: string): File {
  return new File(['{}'], name, { type: 'application/json' });
}

function localIds(): () => string {
  let n = 0;
  return () => `local-${++n}`;
}

/** Updates the bridge reports itself arrive on a later task; wait for `count` of them. */
function collectDone(bridge: ReturnType<typeof createElectronBridge>, count: number) {
  const updates: ImportUpdate[] = [];
  const all = new Promise<ImportUpdate[]>((resolve) => {
    bridge.onImportUpdate((update) => {
      updates.push(update);
      if (updates.length === count) resolve(updates);
    });
  });
  return { updates, all };
}

afterEach(() => vi.restoreAllMocks());

describe('createElectronBridge', () => {
  it('hands the dropped files themselves to the preload and returns main’s job ids in order', async () => {
    const a = file('a.json');
    const b = file('b.json');
    const { api } = fakeApi(new Set([a, b]));
    const bridge = createElectronBridge(api);

    expect(await bridge.importFiles([a, b])).toEqual(['main-1', 'main-2']);
    expect(api.importFiles).toHaveBeenCalledWith([a, b]);
  });

  it('reports a file with no path as failed, after the ids are returned', async () => {
    const saved = file('saved.json');
    const dragged = file('from-email.json');
    const { api } = fakeApi(new Set([saved]));
    const bridge = createElectronBridge(api, { newJobId: localIds() });
    const { updates, all } = collectDone(bridge, 1);

    const ids = await bridge.importFiles([dragged, saved]);
    expect(ids).toEqual(['local-1', 'main-1']);
    expect(updates).toEqual([]);
    const [failed] = await all;
    expect(failed).toMatchObject({
      jobId: 'local-1',
      fileName: 'from-email.json',
      phase: 'done',
      outcome: { ok: false, error: { code: 'no-path' } },
      sourceText: null,
    });
    expect(failed?.outcome?.ok === false && failed.outcome.error.message).toMatch(
      /“from-email\.json”.*not saved on this computer/,
    );
  });

  it('reports files main would not start as failed, each with its own reason', async () => {
    const a = file('a.json');
    const b = file('b.json');
    const { api } = fakeApi(new Set());
    api.importFiles.mockResolvedValueOnce([
      { jobId: null, problem: 'not-started' },
      { jobId: null, problem: 'no-path' },
    ]);
    const bridge = createElectronBridge(api, { newJobId: localIds() });
    const { all } = collectDone(bridge, 2);

    expect(await bridge.importFiles([a, b])).toEqual(['local-1', 'local-2']);
    expect((await all).map((u) => u.outcome?.ok === false && u.outcome.error.code)).toEqual([
      'not-started',
      'no-path',
    ]);
  });

  it('reports every file as failed when the call itself fails', async () => {
    const a = file('a.json');
    const { api } = fakeApi(new Set([a]));
    api.importFiles.mockRejectedValueOnce(new Error('invalid request'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bridge = createElectronBridge(api, { newJobId: localIds() });
    const { all } = collectDone(bridge, 1);

    expect(await bridge.importFiles([a])).toEqual(['local-1']);
    expect((await all)[0]?.outcome).toMatchObject({ ok: false, error: { code: 'not-started' } });
  });

  it('passes main’s updates and menu commands through, and unsubscribes from both', async () => {
    const { api, importListeners, menuListeners } = fakeApi(new Set());
    const bridge = createElectronBridge(api);
    const updates: ImportUpdate[] = [];
    const commands: MenuCommand[] = [];
    const stopUpdates = bridge.onImportUpdate((update) => updates.push(update));
    const stopMenu = bridge.onMenuCommand((command) => commands.push(command));

    const update: ImportUpdate = {
      jobId: 'main-7',
      fileName: 'n.json',
      phase: 'reading',
      bytesRead: 10,
      totalBytes: 20,
    };
    for (const listener of importListeners) listener(update);
    for (const listener of menuListeners) listener('find');
    expect(updates).toEqual([update]);
    expect(commands).toEqual(['find']);

    stopUpdates();
    stopMenu();
    expect(importListeners.size).toBe(0);
    expect(menuListeners.size).toBe(0);
  });

  it('uses the native dialog, cancels through main and opens only web links', async () => {
    const { api } = fakeApi(new Set());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const bridge = createElectronBridge(api);

    expect(bridge.kind).toBe('electron');
    expect(await bridge.chooseFiles?.()).toEqual(['main-a', 'main-b']);
    bridge.cancelImport('main-3');
    expect(api.cancelImport).toHaveBeenCalledWith('main-3');
    bridge.openExternal('https://www.contractsfinder.service.gov.uk/notice/abc');
    bridge.openExternal('file:///etc/passwd');
    expect(api.openExternal.mock.calls).toEqual([
      ['https://www.contractsfinder.service.gov.uk/notice/abc'],
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('does not let a failed cancel or link escape as an unhandled rejection', async () => {
    const { api } = fakeApi(new Set());
    api.cancelImport.mockRejectedValueOnce(new Error('gone'));
    api.openExternal.mockRejectedValueOnce(new Error('refused'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bridge = createElectronBridge(api);
    bridge.cancelImport('x');
    bridge.openExternal('https://example.org/');
    await vi.waitFor(() => expect(errors).toHaveBeenCalledTimes(2));
  });

  it('saves exports and PDFs through main, and says false when the user cancelled', async () => {
    const { api } = fakeApi(new Set());
    const bridge = createElectronBridge(api);
    await expect(
      bridge.saveText('Bid timeline.ics', 'text/calendar', 'BEGIN:VCALENDAR'),
    ).resolves.toBe(true);
    expect(api.saveExport).toHaveBeenCalledWith({
      defaultName: 'Bid timeline.ics',
      mime: 'text/calendar',
      text: 'BEGIN:VCALENDAR',
    });
    await expect(bridge.printToPdf('Bid timeline.pdf')).resolves.toBe(true);
    expect(api.exportPdf).toHaveBeenCalledWith({ defaultName: 'Bid timeline.pdf' });

    api.saveExport.mockResolvedValueOnce({ saved: false, path: null });
    api.exportPdf.mockResolvedValueOnce({ saved: false, path: null });
    await expect(bridge.saveText('a.csv', 'text/csv', 'x')).resolves.toBe(false);
    await expect(bridge.printToPdf('a.pdf')).resolves.toBe(false);
  });

  it('passes on main’s sentence when the file could not be written', async () => {
    const { api } = fakeApi(new Set());
    api.saveExport.mockRejectedValueOnce(new Error('Bid Desk could not save “a.csv” in /ro.'));
    await expect(createElectronBridge(api).saveText('a.csv', 'text/csv', 'x')).rejects.toThrow(
      /could not save “a\.csv”/,
    );
  });
});
