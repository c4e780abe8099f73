/**
 * The one place the renderer learns which host it runs in. Everything else asks `getBridge()`.
 */
import type { BidDeskApi } from '../../shared/ipc/contract';
import type { Bridge } from './bridge';
import { createBrowserBridge } from './browser-bridge';
import { createElectronBridge } from './electron-bridge';

export type { Bridge, ImportUpdate, MenuCommand } from './bridge';
export { downloadFile } from './download-file';
export { createStoredFileReader } from './stored-file-reader';
export { isWebUrl } from './web-url';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a plain browser. */
    readonly bidDesk?: BidDeskApi;
  }
}

let current: Bridge | null = null;

/**
 * The host bridge: Electron's when the preload exposed `window.bidDesk`, else the browser's.
 * Created once, because the browser bridge owns the import worker.
 */
export function getBridge(): Bridge {
  current ??= window.bidDesk ? createElectronBridge(window.bidDesk) : createBrowserBridge();
  return current;
}
