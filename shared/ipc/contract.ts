/**
 * The one IPC contract between Electron's main process and the renderer. Both sides import it:
 * main validates every request and response against these schemas (`electron/ipc/handle.ts`),
 * and the preload exposes exactly these calls and events, nothing else.
 */
import { z } from 'zod';
import { ImportWarning, Opportunity } from '../notice/model';

/** A short id the renderer and main use to talk about one file being imported. */
export const JobId = z.string().min(1).max(100);

/** The outcome of importing one file, as the engine returns it (see shared/import/engine.ts). */
export const ImportOutcome = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    format: z.string(),
    opportunities: z.array(Opportunity),
    warnings: z.array(ImportWarning),
  }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.object({
        buyerName: z.string().nullable().optional(),
        title: z.string().nullable().optional(),
      }),
    }),
  }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

/** Progress and result of one file, pushed from main to the renderer. */
export const ImportUpdate = z.object({
  jobId: JobId,
  fileName: z.string(),
  phase: z.enum(['reading', 'done']),
  bytesRead: z.number().nonnegative(),
  totalBytes: z.number().nonnegative().nullable(),
  /** Present when `phase` is `done`. */
  outcome: ImportOutcome.optional(),
  /**
   * The file's text, kept so a newer engine can re-read it: only for a notice (or a commissioning
   * strategy, kept as a reference document), never for any other file, and absent for very large
   * files. Of a file that is not a notice the renderer learns only its name and why.
   */
  sourceText: z.string().nullable().optional(),
});
export type ImportUpdate = z.infer<typeof ImportUpdate>;

/** Commands the native menu sends to the renderer. */
export const MenuCommand = z.enum(['import', 'find', 'show-pipeline', 'about']);
export type MenuCommand = z.infer<typeof MenuCommand>;

function hasControl(text: string): boolean {
  // A control character is one UTF-16 unit, never half of a pair, so units answer as well.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return true;
  return false;
}

/**
 * A file name the renderer suggests for an export (the user can change it in the save dialog):
 * one name, no folders, nothing Windows or macOS would refuse.
 */
export const ExportFileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/:*?"<>|]/.test(name) && !hasControl(name) && !/^\.+$/.test(name), {
    message: 'Give a file name without folders or the characters \\ / : * ? " < > |',
  });

/** Where an export went: `saved: false` and no path when the user cancelled the dialog. */
export const ExportSaved = z.object({ saved: z.boolean(), path: z.string().nullable() });
export type ExportSaved = z.infer<typeof ExportSaved>;

/** Renderer → main calls (invoke/handle), with request and response schemas. */
export const ipcCalls = {
  /** Show the open dialog (multiple files); imports start and report through `import:update`. */
  'import:choose-files': { request: z.void(), response: z.object({ jobIds: z.array(JobId) }) },
  /**
   * Import files the user dropped on the window, by path. Only the preload calls it, with paths
   * it took from the dropped `File`s (`webUtils.getPathForFile`): the page itself never names a
   * path, so it cannot ask main to read a file the user did not give Bid Desk.
   */
  'import:paths': {
    request: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(200) }),
    response: z.object({ jobIds: z.array(JobId) }),
  },
  'import:cancel': {
    request: z.object({ jobId: JobId }),
    response: z.object({ cancelled: z.boolean() }),
  },
  /** Open an http(s) link in the user's browser; anything else is refused. */
  'shell:open-external': {
    request: z.object({ url: z.url({ protocol: /^https?$/ }) }),
    response: z.object({ opened: z.boolean() }),
  },
  'app:info': {
    request: z.void(),
    response: z.object({ version: z.string(), platform: z.string() }),
  },
  /** Save an export the renderer made (calendar, spreadsheet): main shows the save dialog and writes it. */
  'export:save': {
    request: z.object({
      defaultName: ExportFileName,
      mime: z
        .string()
        .max(100)
        .regex(/^[a-z]+\/[a-z0-9.+-]+(;\s*charset=[a-z0-9-]+)?$/i),
      /**
       * Written as UTF-8 (a leading U+FEFF becomes the byte-order mark). At most 200 million
       * characters: one IPC message holds the whole text, and V8 strings stop at about 512M.
       */
      text: z.string().max(200_000_000),
    }),
    response: ExportSaved,
  },
  /** Save the page that asked as a PDF (A4 landscape, its print stylesheet) where the user chooses. */
  'export:pdf': {
    request: z.object({ defaultName: ExportFileName }),
    response: ExportSaved,
  },
} as const;
export type IpcChannel = keyof typeof ipcCalls;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcCalls)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof ipcCalls)[C]['response']>;

/** Main → renderer events, with payload schemas. */
export const ipcEvents = {
  'import:update': ImportUpdate,
  'menu:command': MenuCommand,
} as const;
export type IpcEvent = keyof typeof ipcEvents;
export type IpcEventPayload<E extends IpcEvent> = z.infer<(typeof ipcEvents)[E]>;

/** What became of one dropped file: the id of its import, or why none was started. */
export type DroppedFileStart =
  | { jobId: string }
  | {
      jobId: null;
      /** `no-path`: not a file saved on this computer; `not-started`: main would not start it. */
      problem: 'no-path' | 'not-started';
    };

/**
 * The API the preload exposes as `window.bidDesk`. Small and fixed: each member maps to one
 * channel above.
 */
export interface BidDeskApi {
  chooseFiles(): Promise<IpcResponse<'import:choose-files'>>;
  /**
   * Import files the user dropped, one answer per file in the same order. Takes the `File`s
   * themselves, never paths: the preload finds each one's path (`webUtils.getPathForFile`), so the
   * page can only import files the user dropped, and never learns where they are.
   */
  importFiles(files: readonly unknown[]): Promise<DroppedFileStart[]>;
  cancelImport(jobId: string): Promise<IpcResponse<'import:cancel'>>;
  openExternal(url: string): Promise<IpcResponse<'shell:open-external'>>;
  appInfo(): Promise<IpcResponse<'app:info'>>;
  /** Save text through the native save dialog; `saved: false` when the user cancelled. */
  saveExport(request: IpcRequest<'export:save'>): Promise<IpcResponse<'export:save'>>;
  /** Print the current page to PDF and save it through the native save dialog. */
  exportPdf(request: IpcRequest<'export:pdf'>): Promise<IpcResponse<'export:pdf'>>;
  onImportUpdate(listener: (update: ImportUpdate) => void): () => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
