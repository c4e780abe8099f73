/**
 * The preload: runs sandboxed, isolated from the page, and exposes exactly `BidDeskApi` as
 * `window.bidDesk`. Each member calls one channel of shared/ipc/contract.ts; `ipcRenderer`
 * itself never reaches the page. Only types are imported from the contract so the bundle stays
 * tiny (main validates everything anyway).
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type {
  BidDeskApi,
  ImportUpdate,
  IpcChannel,
  IpcRequest,
  IpcResponse,
  MenuCommand,
} from '../shared/ipc/contract';

function invoke<C extends IpcChannel>(
  channel: C,
  request?: IpcRequest<C>,
): Promise<IpcResponse<C>> {
  return (
    request === undefined ? ipcRenderer.invoke(channel) : ipcRenderer.invoke(channel, request)
  ) as Promise<IpcResponse<C>>;
}

/**
 * Import updates that arrive while nobody listens (a file opened with Bid Desk can finish before
 * React has subscribed) are kept, latest per file, and replayed to the next listener.
 */
const importListeners = new Set<(update: ImportUpdate) => void>();
const unheardImports = new Map<string, ImportUpdate>();
ipcRenderer.on('import:update', (_event: IpcRendererEvent, update: ImportUpdate) => {
  if (importListeners.size === 0) {
    unheardImports.delete(update.jobId);
    unheardImports.set(update.jobId, update);
    return;
  }
  for (const listener of importListeners) listener(update);
});

const menuListeners = new Set<(command: MenuCommand) => void>();
ipcRenderer.on('menu:command', (_event: IpcRendererEvent, command: MenuCommand) => {
  for (const listener of menuListeners) listener(command);
});

const api = {
  chooseFiles: () => invoke('import:choose-files'),
  importPaths: (paths: string[]) => invoke('import:paths', { paths }),
  pathForFile: (file: unknown) => {
    try {
      return webUtils.getPathForFile(file as File);
    } catch {
      // Not a File (or one made in the page, which has no path): the contract says ''.
      return '';
    }
  },
  cancelImport: (jobId: string) => invoke('import:cancel', { jobId }),
  openExternal: (url: string) => invoke('shell:open-external', { url }),
  appInfo: () => invoke('app:info'),
  saveExport: (request: IpcRequest<'export:save'>) => invoke('export:save', request),
  exportPdf: (request: IpcRequest<'export:pdf'>) => invoke('export:pdf', request),
  onImportUpdate: (listener: (update: ImportUpdate) => void) => {
    importListeners.add(listener);
    const unheard = [...unheardImports.values()];
    unheardImports.clear();
    for (const update of unheard) listener(update);
    return () => {
      importListeners.delete(listener);
    };
  },
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    menuListeners.add(listener);
    return () => {
      menuListeners.delete(listener);
    };
  },
} satisfies BidDeskApi;

contextBridge.exposeInMainWorld('bidDesk', api);
