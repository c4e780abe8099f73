import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { InitialWindow, WindowState } from './window-state';

/**
 * The options of Bid Desk's one window. The web preferences are the security boundary: the
 * page gets no Node, runs sandboxed and isolated from the preload, and keeps the same-origin
 * policy; the preload's small `window.bidDesk` API is all it can reach.
 */
export function mainWindowOptions(
  preloadPath: string,
  initial: InitialWindow,
): BrowserWindowConstructorOptions {
  return {
    ...initial.bounds,
    minWidth: 720,
    minHeight: 480,
    title: 'Bid Desk',
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

/** The window's state as it should be remembered (its restored bounds even when maximised). */
export function windowStateOf(
  window: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>,
): WindowState {
  const { x, y, width, height } = window.getNormalBounds();
  return { x, y, width, height, maximised: window.isMaximized() };
}
