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
}
