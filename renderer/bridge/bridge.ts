import type { ImportUpdate, MenuCommand } from '../../shared/ipc/contract';

export type { ImportUpdate, MenuCommand };

/**
 * What the renderer needs from its host. Two implementations: Electron (the preload's
 * `window.bidDesk`) and the browser (file input, a Web Worker for parsing, downloads). The React
 * app never knows which one it runs on, except to show or hide host-only controls.
 */
export interface Bridge {
  readonly kind: 'electron' | 'browser';
  /** Import files the user picked or dropped. Returns one job id per file. */
  importFiles(files: readonly File[]): Promise<string[]>;
  /** Electron: the native open dialog. Browser: null (the page's file input is used instead). */
  readonly chooseFiles: (() => Promise<string[]>) | null;
  cancelImport(jobId: string): void;
  /** Progress and results of imports, from whichever path started them (menu, drop, open-with). */
  onImportUpdate(listener: (update: ImportUpdate) => void): () => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Open an http(s) link in the user's own browser, never inside Bid Desk. */
  openExternal(url: string): void;
  /**
   * Save an export (calendar, spreadsheet). Electron: the native save dialog, written by main;
   * resolves false when the user cancels, rejects (with a sentence) when the file could not be
   * written. Browser: a download, so it always resolves true.
   */
  saveText(name: string, mime: string, text: string): Promise<boolean>;
  /**
   * The current page as a PDF (its print stylesheet, A4 landscape). Electron: printed by main and
   * saved through the save dialog (false when cancelled). Browser: the browser's print dialog,
   * where the user picks "Save as PDF"; resolves true once it closes.
   */
  printToPdf(name: string): Promise<boolean>;
}
