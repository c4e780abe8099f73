import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleElectron, ELECTRON_BUNDLES } from './bundle-electron';

const root = path.resolve(__dirname, '..', '..');
let out = '';
let files: string[] = [];

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'bid-desk-bundle-'));
  files = await bundleElectron({ root, outDir: out });
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Every module a CommonJS bundle still requires at run time. */
function requires(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [
    ...new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1] as string)),
  ].sort();
}

const isBuiltin = (name: string) => name.startsWith('node:') || builtinModules.includes(name);

describe('bundleElectron', () => {
  it('builds main, preload and the import worker as CommonJS files', () => {
    expect(files.map((file) => path.basename(file))).toEqual([
      'main.cjs',
      'preload.cjs',
      'import-worker.cjs',
    ]);
    expect(ELECTRON_BUNDLES.map((bundle) => bundle.outfile)).toEqual([
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/electron/import-worker.cjs',
    ]);
  });

  it('leaves the sandboxed preload needing nothing but electron', () => {
    expect(requires(path.join(out, 'preload.cjs'))).toEqual(['electron']);
  });

  it('inlines every npm package into main and the worker, so the packaged app needs no node_modules', () => {
    const main = requires(path.join(out, 'main.cjs'));
    expect(main).toContain('electron');
    expect(main.filter((name) => name !== 'electron' && !isBuiltin(name))).toEqual([]);
    const worker = requires(path.join(out, 'import-worker.cjs'));
    expect(worker).not.toContain('electron');
    expect(worker.filter((name) => !isBuiltin(name))).toEqual([]);
  });

  it('puts the import engine in the worker, not in the window’s main thread path', () => {
    const worker = readFileSync(path.join(out, 'import-worker.cjs'), 'utf8');
    expect(worker).toContain('importNoticeStream');
    expect(readFileSync(path.join(out, 'main.cjs'), 'utf8')).not.toContain('importNoticeStream');
  });
});

describe('the bundled main process', () => {
  it('loads as CommonJS and opens its window against a stand-in Electron', async () => {
    const windows: { options: { webPreferences?: { preload?: string } }; url: string }[] = [];
    let ready: () => void = () => undefined;
    const whenReady = new Promise<void>((resolve) => {
      ready = resolve;
    });
    const on = function (this: unknown) {
      return this;
    };
    class BrowserWindow {
      webContents = { on, send: () => undefined, isDestroyed: () => false };
      url = '';
      constructor(readonly options: { webPreferences?: { preload?: string } }) {
        windows.push(this);
      }
      on = on;
      once = on;
      loadURL(url: string) {
        this.url = url;
        return Promise.resolve();
      }
    }
    const stub = () => undefined;
    const electron = {
      app: {
        isPackaged: true,
        enableSandbox: stub,
        getAppPath: () => '/opt/Bid Desk/resources/app.asar',
        getPath: () => out,
        getVersion: () => '0.1.0',
        requestSingleInstanceLock: () => true,
        on,
        whenReady: () => whenReady,
        isReady: () => true,
        setAboutPanelOptions: stub,
        quit: stub,
      },
      BrowserWindow,
      protocol: { registerSchemesAsPrivileged: stub, handle: stub },
      session: {
        defaultSession: {
          setPermissionRequestHandler: stub,
          setPermissionCheckHandler: stub,
          setDevicePermissionHandler: stub,
        },
      },
      ipcMain: { handle: stub },
      Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: stub },
      screen: {
        getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1280, height: 800 } }),
        getAllDisplays: () => [],
      },
      dialog: {},
      shell: {},
    };
    // Answer `require('electron')` from the bundle with the stand-in, only while it loads.
    const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const load = loader._load;
    loader._load = function (request: string, ...rest: unknown[]) {
      return request === 'electron' ? electron : load.call(this, request, ...rest);
    };
    try {
      createRequire(import.meta.url)(path.join(out, 'main.cjs'));
    } finally {
      loader._load = load;
    }
    ready();
    await whenReady;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(windows).toHaveLength(1);
    expect(windows[0]?.url).toBe('app://bid-desk/index.html');
    expect(windows[0]?.options.webPreferences?.preload).toBe(
      path.join('/opt/Bid Desk/resources/app.asar', 'dist', 'electron', 'preload.cjs'),
    );
  });
});
