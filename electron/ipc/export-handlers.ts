/**
 * Exports leave Bid Desk only here: main asks the user where to save (the native save dialog,
 * for the window that asked) and writes the file. The renderer never names a path.
 */
import { writeFile as writeFileToDisk } from 'node:fs/promises';
import path from 'node:path';
import type { FileFilter, IpcMain, IpcMainInvokeEvent, PrintToPDFOptions } from 'electron';
import { handle } from './handle';

/** A one-page bid timeline for trustees: A4 landscape, with the page's own colours. */
export const PDF_OPTIONS: PrintToPDFOptions = {
  landscape: true,
  pageSize: 'A4',
  printBackground: true,
};

export interface ExportDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  /** Show the save dialog for the window that asked: the chosen path, or null when cancelled. */
  chooseSavePath: (
    event: IpcMainInvokeEvent,
    options: { defaultName: string; filters: FileFilter[] },
  ) => Promise<string | null>;
  /** The page that asked, printed to PDF (Electron's `webContents.printToPDF`). */
  printToPdf: (event: IpcMainInvokeEvent, options: PrintToPDFOptions) => Promise<Uint8Array>;
  /** Defaults to `fs.promises.writeFile`. */
  writeFile?: (filePath: string, data: string | Uint8Array) => Promise<void>;
}

const FILTERS: Record<string, FileFilter> = {
  ics: { name: 'Calendar (iCalendar)', extensions: ['ics'] },
  csv: { name: 'Spreadsheet (CSV)', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

/** The save dialog's filters for a suggested name: its own type first, then any file. */
export function filtersFor(defaultName: string): FileFilter[] {
  const ext = path.extname(defaultName).slice(1).toLowerCase();
  const own =
    FILTERS[ext] ?? (ext ? { name: `${ext.toUpperCase()} file`, extensions: [ext] } : null);
  return [...(own ? [own] : []), { name: 'All files', extensions: ['*'] }];
}

/** The chosen path, with the suggested name's extension added when the user typed none. */
function withExtension(chosen: string, defaultName: string): string {
  const ext = path.extname(defaultName);
  return ext && !path.extname(chosen) ? `${chosen}${ext}` : chosen;
}

async function save(
  deps: ExportDeps,
  event: IpcMainInvokeEvent,
  defaultName: string,
  data: () => Promise<string | Uint8Array>,
): Promise<{ saved: boolean; path: string | null }> {
  const write = deps.writeFile ?? ((filePath, content) => writeFileToDisk(filePath, content));
  // The content is made before the dialog opens, so it is what the user saw when they asked.
  const content = await data();
  const chosen = await deps.chooseSavePath(event, {
    defaultName,
    filters: filtersFor(defaultName),
  });
  if (!chosen) return { saved: false, path: null };
  const filePath = withExtension(chosen, defaultName);
  try {
    await write(filePath, content);
  } catch (error: unknown) {
    const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
    throw new Error(
      `Bid Desk could not save “${path.basename(filePath)}” in ${path.dirname(filePath)}${reason}. Choose another folder and try again.`,
    );
  }
  return { saved: true, path: filePath };
}

/** `export:save` and `export:pdf`, registered through `handle()` like every channel. */
export function registerExportHandlers(deps: ExportDeps): void {
  handle(deps.ipcMain, 'export:save', ({ defaultName, text }, event) =>
    save(deps, event, defaultName, async () => text),
  );
  handle(deps.ipcMain, 'export:pdf', ({ defaultName }, event) =>
    save(deps, event, defaultName, () => deps.printToPdf(event, PDF_OPTIONS)),
  );
}
