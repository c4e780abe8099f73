import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcCalls, type ImportUpdate } from '../shared/ipc/contract';

type Listener = (...args: unknown[]) => unknown;

/** Something with `on`/`once` whose listeners a test can fire. */
class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

/** A stand-in for the parts of Electron main.ts uses, rebuilt for every test. */
function createFakeElectron(userData: string) {
  const windows: FakeWindow[] = [];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  class FakeWebContents extends Emitter {
    readonly sent: [string, unknown][] = [];
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
    isDestroyed() {
      return false;
    }
    setWindowOpenHandler() {}
  }
  class FakeWindow extends Emitter {
    readonly webContents = new FakeWebContents();
    loadedUrl = '';
    maximised = false;
    shown = false;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      windows.push(this);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show() {
      this.shown = true;
    }
    maximize() {
      this.maximised = true;
    }
    isMaximized() {
      return this.maximised;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    getNormalBounds() {
      const { x = 0, y = 0, width = 0, height = 0 } = this.options;
      return { x, y, width, height };
    }
    static fromWebContents() {
      return windows[0] ?? null;
    }
  }
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    lock: true,
    readyNow: false,
    enableSandbox: vi.fn(),
    getAppPath: () => '/opt/bid-desk-app',
    getPath: (name: string) => (name === 'userData' ? userData : tmpdir()),
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: vi.fn(() => app.lock),
    quit: vi.fn(),
    isReady: () => app.readyNow,
    whenReady: () => ready,
    setAboutPanelOptions: vi.fn(),
    becomeReady: async () => {
      app.readyNow = true;
      markReady();
      await ready;
      await Promise.resolve();
    },
  });
  const permissionHandlers = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  return {
    app,
    windows,
    BrowserWindow: FakeWindow,
    FakeWebContents,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: permissionHandlers },
    ipcMain: { handle: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    dialog: {
      showOpenDialog: vi.fn(async () => ({
        canceled: false,
        filePaths: ['/home/sam/picked.json'],
      })),
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
  };
}

const state = vi.hoisted((): { electron: unknown; runs: string[] } => ({
  electron: null,
  runs: [],
}));

// Getters, so main.ts sees each test's fresh fake (vitest keeps the mocked module itself).
vi.mock('electron', () => {
  const names = [
    'app',
    'BrowserWindow',
    'dialog',
    'ipcMain',
    'Menu',
    'protocol',
    'screen',
    'session',
    'shell',
  ];
  const module: Record<string, unknown> = {};
  for (const name of names) {
    Object.defineProperty(module, name, {
      enumerable: true,
      get: () => (state.electron as Record<string, unknown>)[name],
    });
  }
  return module;
});
// The worker is tested for real in import/worker-runner.test.ts; here it only records the file.
vi.mock('./import/worker-runner', () => ({
  importWorkerPath: (appPath: string) => `${appPath}/dist/electron/import-worker.cjs`,
  createWorkerRunner: () => async (job: { path: string; fileName: string }) => {
    state.runs.push(job.path);
    return {
      outcome: { ok: true, format: 'release-package', opportunities: [], warnings: [] },
      sourceText: '{}',
    };
  },
}));

let fake: ReturnType<typeof createFakeElectron>;
let userData = '';
const realArgv = process.argv;

/** Start main.ts afresh against a fresh fake Electron, with `argv` as its command line. */
async function startMain(argv: string[] = ['/repo/node_modules/electron/dist/electron', '.']) {
  vi.resetModules();
  fake = createFakeElectron(userData);
  state.electron = fake;
  state.runs = [];
  process.argv = argv;
  await import('./main');
  return fake;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

function importUpdates(window: { webContents: { sent: [string, unknown][] } }): ImportUpdate[] {
  return window.webContents.sent
    .filter(([channel]) => channel === 'import:update')
    .map(([, u]) => u as ImportUpdate);
}

beforeEach(() => {
  userData = mkdtempSync(path.join(tmpdir(), 'bid-desk-user-data-'));
});
afterEach(() => {
  process.argv = realArgv;
  rmSync(userData, { recursive: true, force: true });
});

describe('main process', () => {
  it('registers the app scheme as privileged and forces the sandbox before ready', async () => {
    const electron = await startMain();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
  });

  it('opens one secure window on app://bid-desk with the bundled preload', async () => {
    const electron = await startMain();
    await electron.app.becomeReady();
    expect(electron.windows).toHaveLength(1);
    const window = electron.windows[0];
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: path.join('/opt/bid-desk-app', 'dist', 'electron', 'preload.cjs'),
    });
    expect(window?.loadedUrl).toBe('app://bid-desk/index.html');
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('registers a handler for every IPC channel', async () => {
    const electron = await startMain();
    await electron.app.becomeReady();
    const channels = electron.ipcMain.handle.mock.calls.map((call) => (call as unknown[])[0]);
    expect(channels.sort()).toEqual(Object.keys(ipcCalls).sort());
  });

  it('guards every web contents: navigation prevented, https to the browser, javascript: dropped', async () => {
    const electron = await startMain();
    const contents = new electron.FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    const preventDefault = vi.fn();
    contents.emit('will-navigate', { preventDefault }, 'https://www.find-tender.service.gov.uk/');
    contents.emit('will-navigate', { preventDefault }, 'javascript:alert(1)');
    expect(preventDefault).toHaveBeenCalledTimes(2);
    expect(electron.shell.openExternal.mock.calls).toEqual([
      ['https://www.find-tender.service.gov.uk/'],
    ]);
  });

  it('quits at once when Bid Desk is already running (the first one gets the files)', async () => {
    vi.resetModules();
    fake = createFakeElectron(userData);
    fake.app.lock = false;
    state.electron = fake;
    await import('./main');
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.app.listeners.has('second-instance')).toBe(false);
  });

  it('imports a file given on the first launch once the page has loaded', async () => {
    const electron = await startMain(['/opt/Bid Desk/bid-desk', '.', '/home/sam/notice.json']);
    await electron.app.becomeReady();
    await settle();
    expect(state.runs).toEqual([]);
    const window = electron.windows[0];
    window?.webContents.emit('did-finish-load');
    await settle();
    expect(state.runs).toEqual(['/home/sam/notice.json']);
    const updates = importUpdates(window as never);
    expect(updates.map((u) => [u.fileName, u.phase])).toEqual([
      ['notice.json', 'reading'],
      ['notice.json', 'done'],
    ]);
  });

  it('queues macOS open-file and second-instance files until the window is ready', async () => {
    const electron = await startMain();
    const event = { preventDefault: vi.fn() };
    electron.app.emit('open-file', event, '/Users/sam/Downloads/early.json');
    expect(event.preventDefault).toHaveBeenCalled();
    await electron.app.becomeReady();
    electron.app.emit(
      'second-instance',
      {},
      ['/opt/Bid Desk/bid-desk', '.', 'later.txt'],
      '/Users/sam/Desktop',
    );
    await settle();
    expect(state.runs).toEqual([]);
    electron.windows[0]?.webContents.emit('did-finish-load');
    await settle();
    expect(state.runs).toEqual([
      '/Users/sam/Downloads/early.json',
      path.resolve('/Users/sam/Desktop', 'later.txt'),
    ]);
    // Once loaded, files go straight through.
    electron.app.emit('open-file', { preventDefault: vi.fn() }, '/Users/sam/third.json');
    await settle();
    expect(state.runs.at(-1)).toBe('/Users/sam/third.json');
    expect(electron.windows).toHaveLength(1);
  });

  it('File > Import… shows the open dialog and imports what was picked', async () => {
    const electron = await startMain();
    await electron.app.becomeReady();
    const window = electron.windows[0];
    window?.webContents.emit('did-finish-load');
    const template = electron.Menu.buildFromTemplate.mock
      .calls[0]?.[0] as MenuItemConstructorOptions[];
    const file = template.find((menu) => menu.label === '&File');
    const importItem = (file?.submenu as MenuItemConstructorOptions[]).find(
      (item) => item.id === 'import',
    );
    (importItem?.click as () => void)();
    await settle();
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ properties: ['openFile', 'multiSelections'] }),
    );
    expect(state.runs).toEqual(['/home/sam/picked.json']);
  });

  it('remembers the window on close and restores it next time', async () => {
    let electron = await startMain();
    await electron.app.becomeReady();
    let window = electron.windows[0];
    const firstBounds = window?.getNormalBounds();
    window?.emit('close');
    const saved = JSON.parse(readFileSync(path.join(userData, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ ...firstBounds, maximised: false });

    electron = await startMain();
    await electron.app.becomeReady();
    window = electron.windows[0];
    expect(window?.options).toMatchObject({ width: saved.width, height: saved.height });
    window?.emit('ready-to-show');
    expect(window?.shown).toBe(true);
  });
});
