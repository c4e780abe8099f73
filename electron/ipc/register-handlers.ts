import path from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ImportJobs } from '../import/import-jobs';
import { isExternalHttpUrl } from '../security/navigation';
import { registerExportHandlers, type ExportDeps } from './export-handlers';
import { handle, IpcRefusedError } from './handle';

export interface IpcHandlerDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  jobs: Pick<ImportJobs, 'start' | 'cancel'>;
  /** Show the open dialog for the window that asked; the chosen paths, or [] when cancelled. */
  chooseFiles: (event: IpcMainInvokeEvent) => Promise<string[]>;
  openExternal: (url: string) => Promise<void>;
  appInfo: { version: string; platform: string };
  /** The save dialog, printing and writing for `export:save` and `export:pdf`. */
  exports: Omit<ExportDeps, 'ipcMain'>;
}

/** Every channel of the contract gets exactly one handler, registered through `handle()`. */
export function registerIpcHandlers(deps: IpcHandlerDeps): void {
  const { ipcMain, jobs } = deps;
  handle(ipcMain, 'import:choose-files', async (_request, event) => ({
    jobIds: jobs.start(await deps.chooseFiles(event)),
  }));
  handle(ipcMain, 'import:paths', ({ paths }) => {
    // Dropped files always have full paths; anything else did not come from a drop.
    const relative = paths.find((filePath) => !path.isAbsolute(filePath));
    if (relative !== undefined) {
      throw new IpcRefusedError(
        `Bid Desk refused “import:paths”: “${relative}” is not a full path to a file.`,
      );
    }
    return { jobIds: jobs.start(paths) };
  });
  handle(ipcMain, 'import:cancel', ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }));
  handle(ipcMain, 'shell:open-external', async ({ url }) => {
    if (!isExternalHttpUrl(url)) return { opened: false };
    try {
      await deps.openExternal(url);
      return { opened: true };
    } catch {
      return { opened: false };
    }
  });
  handle(ipcMain, 'app:info', () => deps.appInfo);
  registerExportHandlers({ ipcMain, ...deps.exports });
}
