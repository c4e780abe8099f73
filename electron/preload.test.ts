import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BidDeskApi, ImportUpdate } from '../shared/ipc/contract';

const electron = vi.hoisted(() => {
  const channels = new Map<string, (event: unknown, payload: unknown) => void>();
  return {
    channels,
    exposed: new Map<string, unknown>(),
    invoke: vi.fn(async (..._args: unknown[]) => ({ jobIds: ['job-1'] })),
    getPathForFile: vi.fn((file: { path?: string }) => {
      if (file.path === undefined) throw new TypeError('not a File');
      return file.path;
    }),
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      electron.channels.set(channel, listener);
    },
  },
  webUtils: { getPathForFile: electron.getPathForFile },
}));

/** Load the preload afresh (it keeps state per page) and return what it exposed. */
async function loadPreload(): Promise<BidDeskApi> {
  vi.resetModules();
  electron.exposed.clear();
  electron.channels.clear();
  electron.invoke.mockClear();
  await import('./preload');
  return electron.exposed.get('bidDesk') as BidDeskApi;
}

/** Main sending an event to the page. */
function fromMain(channel: string, payload: unknown): void {
  electron.channels.get(channel)?.({ sender: 'ipc' }, payload);
}

const update = (jobId: string, phase: ImportUpdate['phase'], bytesRead = 0): ImportUpdate => ({
  jobId,
  fileName: `${jobId}.json`,
  phase,
  bytesRead,
  totalBytes: 100,
});

describe('the preload', () => {
  let api: BidDeskApi;
  beforeEach(async () => {
    api = await loadPreload();
  });

  it('exposes exactly the BidDeskApi as window.bidDesk, and never ipcRenderer', () => {
    expect([...electron.exposed.keys()]).toEqual(['bidDesk']);
    expect(Object.keys(api).sort()).toEqual(
      [
        'appInfo',
        'cancelImport',
        'chooseFiles',
        'importPaths',
        'onImportUpdate',
        'onMenuCommand',
        'openExternal',
        'pathForFile',
        'saveExport',
        'exportPdf',
      ].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    const exposedValues = Object.values(api) as unknown[];
    expect(exposedValues).not.toContain(electron.invoke);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|send|invoke|require/i);
  });

  it('maps each call to its one channel with the request the contract expects', async () => {
    await api.chooseFiles();
    await api.importPaths(['/home/sam/notice.json']);
    await api.cancelImport('job-3');
    await api.openExternal('https://www.find-tender.service.gov.uk/');
    await api.appInfo();
    await api.saveExport({ defaultName: 'bid.ics', mime: 'text/calendar', text: 'BEGIN' });
    await api.exportPdf({ defaultName: 'bid.pdf' });
    expect(electron.invoke.mock.calls).toEqual([
      ['import:choose-files'],
      ['import:paths', { paths: ['/home/sam/notice.json'] }],
      ['import:cancel', { jobId: 'job-3' }],
      ['shell:open-external', { url: 'https://www.find-tender.service.gov.uk/' }],
      ['app:info'],
      ['export:save', { defaultName: 'bid.ics', mime: 'text/calendar', text: 'BEGIN' }],
      ['export:pdf', { defaultName: 'bid.pdf' }],
    ]);
  });

  it('gets a dropped file’s path from webUtils.getPathForFile, or "" when it has none', () => {
    expect(api.pathForFile({ path: '/home/sam/Downloads/notice.json' })).toBe(
      '/home/sam/Downloads/notice.json',
    );
    expect(electron.getPathForFile).toHaveBeenCalled();
    expect(api.pathForFile({})).toBe('');
    expect(api.pathForFile('not a file')).toBe('');
  });

  it('passes import updates to listeners until they unsubscribe', () => {
    const listener = vi.fn();
    const unsubscribe = api.onImportUpdate(listener);
    fromMain('import:update', update('a', 'reading', 10));
    unsubscribe();
    fromMain('import:update', update('a', 'done', 100));
    expect(listener.mock.calls).toEqual([[update('a', 'reading', 10)]]);
  });

  it('keeps updates that arrive before anyone listens (a file opened with Bid Desk) and replays the latest per file', () => {
    fromMain('import:update', update('a', 'reading', 10));
    fromMain('import:update', update('b', 'reading', 5));
    fromMain('import:update', update('a', 'done', 100));
    const listener = vi.fn();
    api.onImportUpdate(listener);
    expect(listener.mock.calls).toEqual([[update('b', 'reading', 5)], [update('a', 'done', 100)]]);
    const late = vi.fn();
    api.onImportUpdate(late);
    expect(late).not.toHaveBeenCalled();
  });

  it('passes menu commands to listeners', () => {
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    fromMain('menu:command', 'import');
    unsubscribe();
    fromMain('menu:command', 'find');
    expect(listener.mock.calls).toEqual([['import']]);
  });
});
