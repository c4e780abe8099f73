import type { MenuItemConstructorOptions, OpenDialogOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';

export interface MenuContext {
  platform: NodeJS.Platform;
  /** Not packaged (npm start): adds Reload and the developer tools. */
  isDevelopment: boolean;
}

export interface MenuActions {
  /** File > Import…: main shows the open dialog itself (see `appMenuTemplate`). */
  importFiles: () => void;
  /** Commands the renderer carries out (find, pipeline, about), sent as `menu:command`. */
  sendCommand: (command: MenuCommand) => void;
}

/** The open dialog for File > Import… and the in-app Import button. */
export const IMPORT_DIALOG_OPTIONS: OpenDialogOptions = {
  title: 'Import notices',
  buttonLabel: 'Import',
  properties: ['openFile', 'multiSelections'],
  filters: [
    { name: 'Notice files', extensions: ['json', 'txt'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

/**
 * The native menu. File > Import… opens the open dialog directly in main rather than asking the
 * renderer to: it works even while the page is busy or still loading, and the imports report
 * through `import:update` exactly like drops and open-with, so the renderer has one path to
 * follow whoever started them.
 */
export function appMenuTemplate(
  context: MenuContext,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';
  const appMenu: MenuItemConstructorOptions = {
    label: 'Bid Desk',
    submenu: [
      { role: 'about', label: 'About Bid Desk' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        id: 'import',
        label: 'Import…',
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.importFiles(),
      },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      {
        id: 'find',
        label: 'Find…',
        accelerator: 'CmdOrCtrl+F',
        click: () => actions.sendCommand('find'),
      },
    ],
  };
  const developer: MenuItemConstructorOptions[] = context.isDevelopment
    ? [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ]
    : [];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      {
        id: 'show-pipeline',
        label: 'Pipeline',
        accelerator: 'CmdOrCtrl+1',
        click: () => actions.sendCommand('show-pipeline'),
      },
      { type: 'separator' },
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: '&Window',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [{ id: 'about', label: 'About Bid Desk', click: () => actions.sendCommand('about') }],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, windowMenu, help];
}
