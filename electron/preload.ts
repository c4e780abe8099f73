/**
 * The preload: runs sandboxed, isolated from the page, and exposes exactly `BidDeskApi` as
 * `window.bidDesk`. Each member calls one channel of shared/ipc/contract.ts; `ipcRenderer`
 * itself never reaches the page. Only types are imported from the contract so the bundle stays
 * tiny (main validates everything anyway).
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type {
  BidDeskApi,
  DroppedFileStart,
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

/** The contract accepts at most this many paths per call (see `import:paths`). */
const PATHS_PER_CALL = 200;

/** A dropped File's path, or '' when it has none (not a File, or one the page made itself). */
function pathOf(file: unknown): string {
  try {
    return webUtils.getPathForFile(file as File);
  } catch {
    return '';
  }
}

/**
 * Import dropped files by the paths Electron knows for them. The page hands over `File`s, never
 * strings, so the only paths main is asked to read are those of files the user dropped; the page
 * gets back job ids, not the paths.
 */
async function importFiles(files: readonly unknown[]): Promise<DroppedFileStart[]> {
  const list: readonly unknown[] = Array.isArray(files) ? files : [];
  const starts: DroppedFileStart[] = list.map(() => ({ jobId: null, problem: 'no-path' }));
  const withPaths: { index: number; path: string }[] = [];
  list.forEach((file, index) => {
    const path = pathOf(file);
    if (path) withPaths.push({ index, path });
  });
  for (let start = 0; start < withPaths.length; start += PATHS_PER_CALL) {
    const batch = withPaths.slice(start, start + PATHS_PER_CALL);
    let jobIds: string[] | null = null;
    try {
      ({ jobIds } = await invoke('import:paths', { paths: batch.map((entry) => entry.path) }));
    } catch (error: unknown) {
      console.error('Bid Desk: main could not start the import', error);
    }
    batch.forEach(({ index }, i) => {
      const jobId = jobIds?.length === batch.length ? jobIds[i] : undefined;
      starts[index] = jobId ? { jobId } : { jobId: null, problem: 'not-started' };
    });
  }
  return starts;
}

/**
 * Whether the user has just clicked or pressed a key in the page (the browser's transient user
 * activation, which a script cannot fake). A link is opened only then, so a script in the page
 * cannot send the user's browser somewhere on its own.
 */
function userJustActed(): boolean {
  const page = globalThis as { navigator?: { userActivation?: { isActive?: boolean } } };
  return page.navigator?.userActivation?.isActive === true;
}

const api = {
  chooseFiles: () => invoke('import:choose-files'),
  importFiles,
  cancelImport: (jobId: string) => invoke('import:cancel', { jobId }),
  openExternal: async (url: string) =>
    userJustActed() ? invoke('shell:open-external', { url }) : { opened: false },
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
