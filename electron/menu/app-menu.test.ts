import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate, IMPORT_DIALOG_OPTIONS, type MenuContext } from './app-menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function build(context: MenuContext) {
  const actions = { importFiles: vi.fn(), sendCommand: vi.fn() };
  const template = appMenuTemplate(context, actions);
  return { template, actions, all: flatten(template) };
}

const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.();

describe('appMenuTemplate', () => {
  it('has File > Import… on CmdOrCtrl+O, which opens the import dialog', () => {
    const { template, actions } = build({ platform: 'linux', isDevelopment: false });
    const file = template.find((menu) => menu.label === '&File');
    const items = file?.submenu as MenuItemConstructorOptions[];
    const importItem = items.find((item) => item.id === 'import');
    expect(importItem).toMatchObject({ label: 'Import…', accelerator: 'CmdOrCtrl+O' });
    click(importItem);
    expect(actions.importFiles).toHaveBeenCalledTimes(1);
    expect(items.some((item) => item.role === 'quit')).toBe(true);
  });

  it('has the usual menus in order on Windows and Linux', () => {
    const { template } = build({ platform: 'win32', isDevelopment: false });
    expect(template.map((menu) => menu.label)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Window',
      '&Help',
    ]);
  });

  it('adds the app menu with About and Quit on macOS', () => {
    const { template } = build({ platform: 'darwin', isDevelopment: false });
    expect(template.map((menu) => menu.label)).toEqual([
      'Bid Desk',
      '&File',
      '&Edit',
      '&View',
      '&Window',
      '&Help',
    ]);
    const roles = (template[0]?.submenu as MenuItemConstructorOptions[]).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
  });

  it('shows Reload and the developer tools only in development', () => {
    const roles = (context: MenuContext) => build(context).all.map((item) => item.role);
    expect(roles({ platform: 'linux', isDevelopment: false })).not.toEqual(
      expect.arrayContaining(['reload']),
    );
    expect(roles({ platform: 'linux', isDevelopment: false })).not.toContain('toggleDevTools');
    expect(roles({ platform: 'linux', isDevelopment: true })).toEqual(
      expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']),
    );
  });

  it('has zoom, full screen and the edit roles', () => {
    const roles = build({ platform: 'linux', isDevelopment: false }).all.map((item) => item.role);
    expect(roles).toEqual(
      expect.arrayContaining([
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
        'copy',
        'paste',
        'undo',
      ]),
    );
  });

  it('sends Find, Pipeline and About Bid Desk to the renderer', () => {
    const { all, actions } = build({ platform: 'linux', isDevelopment: false });
    click(all.find((item) => item.id === 'find'));
    click(all.find((item) => item.id === 'show-pipeline'));
    const about = all.find((item) => item.id === 'about');
    expect(about?.label).toBe('About Bid Desk');
    click(about);
    expect(actions.sendCommand.mock.calls).toEqual([['find'], ['show-pipeline'], ['about']]);
  });

  it('gives every accelerator to one item only', () => {
    const accelerators = build({ platform: 'darwin', isDevelopment: true })
      .all.map((item) => item.accelerator)
      .filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});

describe('IMPORT_DIALOG_OPTIONS', () => {
  it('lets the user pick several notice files, with an All files escape hatch', () => {
    expect(IMPORT_DIALOG_OPTIONS.properties).toEqual(['openFile', 'multiSelections']);
    expect(IMPORT_DIALOG_OPTIONS.filters).toEqual([
      { name: 'Notice files', extensions: ['json', 'txt'] },
      { name: 'All files', extensions: ['*'] },
    ]);
  });
});
