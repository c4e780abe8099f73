/**
 * Bid Desk's main process: one window on the app:// protocol, the native menu, the IPC
 * handlers, and imports run in worker threads. The decisions live in the small modules it
 * wires together (each tested without Electron); this file only connects them to Electron.
 */
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type FileFilter,
} from 'electron';
import { APP_START_URL } from './app-origin';
import { ImportJobs, internalOutcome } from './import/import-jobs';
import { createWorkerRunner, importWorkerPath } from './import/worker-runner';
import { send } from './ipc/handle';
import { registerIpcHandlers } from './ipc/register-handlers';
import { appMenuTemplate, IMPORT_DIALOG_OPTIONS } from './menu/app-menu';
import { filePathsFromArgv, PendingFiles } from './open-with/pending-files';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol/app-protocol';
import { guardNavigation, isExternalHttpUrl } from './security/navigation';
import { denyPermissions } from './security/permissions';
import { mainWindowOptions, windowStateOf } from './window/main-window';
import { loadWindowState, restoreWindow, saveWindowState } from './window/window-state';
import type { ImportUpdate } from '../shared/ipc/contract';

// Both must happen before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

const unpackaged = !app.isPackaged;
const appPath = app.getAppPath();
const paths = {
  renderer: path.join(appPath, 'dist', 'renderer'),
  preload: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
  worker: importWorkerPath(appPath),
  windowState: path.join(app.getPath('userData'), 'window-state.json'),
};

let mainWindow: BrowserWindow | null = null;
const pending = new PendingFiles();
const jobs = new ImportJobs({
  run: createWorkerRunner({
    workerPath: paths.worker,
    onCrash: (job, error) => console.error(`Import worker failed on ${job.fileName}:`, error),
  }),
  emit: sendImportUpdate,
});

if (app.requestSingleInstanceLock()) {
  wireApp();
} else {
  // Bid Desk is already open: the first instance gets our files through `second-instance`.
  app.quit();
}

function wireApp(): void {
  pending.add(filePathsFromArgv(process.argv, { unpackaged, workingDirectory: process.cwd() }));
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    pending.add([filePath]);
    if (app.isReady()) showWindow();
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    pending.add(filePathsFromArgv(argv, { unpackaged, workingDirectory }));
    showWindow();
  });
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, openInBrowser));
  app.on('window-all-closed', () => {
    // macOS apps stay open with no window; the Dock icon or File > Import brings one back.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady()) showWindow();
  });
  app.on('before-quit', () => jobs.cancelAll());
  void app.whenReady().then(onReady);
}

function onReady(): void {
  registerAppProtocol(protocol, paths.renderer);
  denyPermissions(session.defaultSession);
  app.setAboutPanelOptions({ applicationName: 'Bid Desk', applicationVersion: app.getVersion() });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate(
        { platform: process.platform, isDevelopment: unpackaged },
        {
          importFiles: () => void importFromMenu(),
          sendCommand: (command) => send(mainWindow?.webContents, 'menu:command', command),
        },
      ),
    ),
  );
  registerIpcHandlers({
    ipcMain,
    jobs,
    chooseFiles: (event) => chooseFiles(BrowserWindow.fromWebContents(event.sender)),
    openExternal: (url) => shell.openExternal(url),
    appInfo: { version: app.getVersion(), platform: process.platform },
    exports: {
      chooseSavePath: (event, options) =>
        chooseSavePath(BrowserWindow.fromWebContents(event.sender), options),
      printToPdf: (event, options) => event.sender.printToPDF(options),
    },
  });
  showWindow();
}

/** Bring the one window forward, creating it when there is none (first start, macOS Dock). */
function showWindow(): BrowserWindow {
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return mainWindow;
  }
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  const initial = restoreWindow(
    loadWindowState(paths.windowState),
    [primary, ...others].map((display) => display.workArea),
  );
  const window = new BrowserWindow(mainWindowOptions(paths.preload, initial));
  mainWindow = window;
  window.once('ready-to-show', () => {
    if (initial.maximised) window.maximize();
    window.show();
  });
  window.on('close', () => saveWindowState(paths.windowState, windowStateOf(window)));
  window.on('closed', () => {
    mainWindow = null;
    pending.pause();
    jobs.cancelAll();
  });
  // The page is loaded (and the preload listening) before opened files are imported.
  window.webContents.on('did-finish-load', () => pending.ready((files) => jobs.start(files)));
  void window.loadURL(APP_START_URL);
  return window;
}

async function chooseFiles(parent: BrowserWindow | null): Promise<string[]> {
  const result = parent
    ? await dialog.showOpenDialog(parent, IMPORT_DIALOG_OPTIONS)
    : await dialog.showOpenDialog(IMPORT_DIALOG_OPTIONS);
  return result.canceled ? [] : result.filePaths;
}

/** The save dialog for an export, starting in Documents with the suggested name. */
async function chooseSavePath(
  parent: BrowserWindow | null,
  { defaultName, filters }: { defaultName: string; filters: FileFilter[] },
): Promise<string | null> {
  const options = { defaultPath: path.join(app.getPath('documents'), defaultName), filters };
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** File > Import…: the same queue as open-with, so it also works with no window open (macOS). */
async function importFromMenu(): Promise<void> {
  const files = await chooseFiles(mainWindow);
  pending.add(files);
  if (files.length > 0) showWindow();
}

function openInBrowser(url: string): void {
  if (!isExternalHttpUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => console.error(`Could not open ${url}:`, error));
}

function sendImportUpdate(update: ImportUpdate): void {
  try {
    send(mainWindow?.webContents, 'import:update', update);
  } catch (error: unknown) {
    console.error(error);
    // The renderer waits for `done`: give it an answer it can show rather than nothing.
    if (update.phase === 'done') {
      const outcome = internalOutcome(update.fileName);
      send(mainWindow?.webContents, 'import:update', { ...update, outcome, sourceText: null });
    }
  }
}
