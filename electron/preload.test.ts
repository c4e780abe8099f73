import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
  electron.invoke.mockReset();
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

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
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
        'importFiles',
        'onImportUpdate',
        'onMenuCommand',
        'openExternal',
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
    vi.stubGlobal('navigator', { userActivation: { isActive: true } });
    await api.chooseFiles();
    await api.importFiles([{ path: '/home/sam/notice.json' }]);
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

  it('imports dropped files by the paths webUtils.getPathForFile gives, one answer per file', async () => {
    electron.invoke.mockImplementationOnce(async () => ({ jobIds: ['job-a', 'job-b'] }));
    const starts = await api.importFiles([
      { path: '/home/sam/Downloads/a.json' },
      {},
      'not a file',
      { path: '/home/sam/Downloads/b.txt' },
    ]);
    expect(starts).toEqual([
      { jobId: 'job-a' },
      { jobId: null, problem: 'no-path' },
      { jobId: null, problem: 'no-path' },
      { jobId: 'job-b' },
    ]);
    expect(electron.invoke.mock.calls).toEqual([
      ['import:paths', { paths: ['/home/sam/Downloads/a.json', '/home/sam/Downloads/b.txt'] }],
    ]);
  });

  it('does not call main when no dropped file has a path, nor for anything but a list', async () => {
    await expect(api.importFiles([{}, '/etc/passwd'])).resolves.toEqual([
      { jobId: null, problem: 'no-path' },
      { jobId: null, problem: 'no-path' },
    ]);
    await expect(api.importFiles('/etc/passwd' as never)).resolves.toEqual([]);
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('sends paths in batches the contract accepts', async () => {
    let next = 0;
    electron.invoke.mockImplementation(async (_channel: unknown, request: unknown) => ({
      jobIds: (request as { paths: string[] }).paths.map(() => `job-${++next}`),
    }));
    const files = Array.from({ length: 450 }, (_, i) => ({ path: `/n/${i}.json` }));
    const starts = await api.importFiles(files);
    expect(
      electron.invoke.mock.calls.map(
        ([, request]) => (request as { paths: string[] }).paths.length,
      ),
    ).toEqual([200, 200, 50]);
    expect(starts[449]).toEqual({ jobId: 'job-450' });
    expect(new Set(starts.map((start) => start.jobId)).size).toBe(450);
  });

  it('says which files main would not start, without rejecting', async () => {
    electron.invoke.mockRejectedValueOnce(new Error('Bid Desk refused “import:paths”'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(api.importFiles([{ path: '/a.json' }, {}])).resolves.toEqual([
      { jobId: null, problem: 'not-started' },
      { jobId: null, problem: 'no-path' },
    ]);
  });

  it('opens a link only straight after the user clicked or pressed a key', async () => {
    vi.stubGlobal('navigator', { userActivation: { isActive: false } });
    await expect(api.openExternal('https://example.org/upload?d=secret')).resolves.toEqual({
      opened: false,
    });
    vi.stubGlobal('navigator', {});
    await expect(api.openExternal('https://example.org/')).resolves.toEqual({ opened: false });
    expect(electron.invoke).not.toHaveBeenCalled();

    vi.stubGlobal('navigator', { userActivation: { isActive: true } });
    await api.openExternal('https://www.find-tender.service.gov.uk/');
    expect(electron.invoke.mock.calls).toEqual([
      ['shell:open-external', { url: 'https://www.find-tender.service.gov.uk/' }],
    ]);
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
