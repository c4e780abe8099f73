/**
 * One file's import as the browser runs it: read the file's stream in chunks, feed the engine,
 * report progress and the outcome. Plain module (no worker globals) so tests can run it directly;
 * `browser-import-worker.ts` only wires it to `postMessage`.
 */
import { decodeText } from '../../shared/import/decode';
import { importNoticeStream } from '../../shared/import/engine';
import { importError } from '../../shared/import/errors';
import type { ImportOutcome, ImportUpdate } from '../../shared/ipc/contract';

/** Files up to this size keep their text beside the import, so a newer engine can re-read them. */
export const SOURCE_TEXT_LIMIT_BYTES = 20 * 1024 * 1024;

/** About ten progress updates a second: a smooth bar without flooding the page with messages. */
export const PROGRESS_INTERVAL_MS = 100;

/** The part of a `File` an import needs; a `Blob` with a name, or a test double. */
export interface ImportableFile {
  readonly name: string;
  readonly size: number;
  stream(): ReadableStream<Uint8Array>;
}

/** An update about one job, before the job id is attached by whoever runs the job. */
export type JobUpdate = Omit<ImportUpdate, 'jobId'>;

export interface ImportJobOptions {
  /** Milliseconds clock for throttling progress; a parameter so tests control time. */
  now?: () => number;
}

/**
 * Import one file. Posts `reading` updates (the first at once, then at most one per
 * `PROGRESS_INTERVAL_MS`) and finally exactly one `done` update, which it also returns.
 * Never throws: a cancelled job ends with the engine's `cancelled` error.
 */
export async function runImportJob(
  file: ImportableFile,
  post: (update: JobUpdate) => void,
  signal: AbortSignal,
  options: ImportJobOptions = {},
): Promise<JobUpdate> {
  const now = options.now ?? (() => performance.now());
  const base = { fileName: file.name, totalBytes: file.size };
  let bytesRead = 0;
  let lastPosted = Number.NEGATIVE_INFINITY;
  const kept: Uint8Array[] | null = file.size <= SOURCE_TEXT_LIMIT_BYTES ? [] : null;
  const chunks = readChunks(file, signal, kept);

  const outcome: ImportOutcome = await importNoticeStream(
    // A large package is read twice (see StreamSource.reopen); only the first read keeps text.
    { name: file.name, size: file.size, chunks, reopen: () => readChunks(file, signal, null) },
    {
      signal,
      onProgress: (progress) => {
        bytesRead = progress.bytesRead;
        const time = now();
        if (time - lastPosted < PROGRESS_INTERVAL_MS) return;
        lastPosted = time;
        post({ ...base, phase: 'reading', bytesRead });
      },
    },
  );
  // The engine stops pulling once it has an answer; release the file either way.
  await chunks.return(undefined);

  // A commissioning strategy is refused as a notice, but the user may keep it as a reference.
  const keepText = outcome.ok || outcome.error.code === 'commissioning-strategy';
  const sourceText = keepText && kept ? textOf(kept, file.name) : null;
  const done: JobUpdate = { ...base, phase: 'done', bytesRead, outcome, sourceText };
  post(done);
  return done;
}

async function* readChunks(
  file: ImportableFile,
  signal: AbortSignal,
  kept: Uint8Array[] | null,
): AsyncGenerator<Uint8Array, void, undefined> {
  const reader = file.stream().getReader();
  // A read can wait on the disk for a while; cancelling the reader ends that wait promptly.
  const onAbort = (): void => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', onAbort, { once: true });
  let keptBytes = 0;
  // A call, not an inline check: `signal.aborted` changes while a read waits.
  const throwIfCancelled = (): void => {
    if (signal.aborted) throw importError('cancelled', file.name);
  };
  try {
    for (;;) {
      throwIfCancelled();
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch {
        throwIfCancelled();
        // The browser refuses to go on reading a file that changed or went away after it was
        // chosen (NotReadableError).
        throw importError('changed-while-reading', file.name);
      }
      const { done, value } = next;
      // Checked after the final read too, so a cancel during the last read is never lost.
      throwIfCancelled();
      if (done) return;
      if (kept) {
        keptBytes += value.length;
        // `size` is what the file claimed; stop keeping text if it turns out to be bigger.
        if (keptBytes <= SOURCE_TEXT_LIMIT_BYTES) kept.push(value);
        else kept.length = 0;
      }
      yield value;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    await reader.cancel().catch(() => undefined);
  }
}

function textOf(parts: Uint8Array[], name: string): string | null {
  if (parts.length === 0) return null;
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  try {
    return decodeText(bytes, name);
  } catch {
    return null;
  }
}

/** Messages the page sends to the import worker. */
export type ImportWorkerRequest =
  { type: 'start'; jobId: string; file: ImportableFile } | { type: 'cancel'; jobId: string };

/**
 * The worker's side of the protocol: starts a job per `start` message, each with its own
 * AbortController, and aborts it on `cancel`. Returns the message handler.
 */
export function createImportJobHost(
  post: (update: ImportUpdate) => void,
  options: ImportJobOptions = {},
): (request: ImportWorkerRequest) => Promise<void> {
  const running = new Map<string, AbortController>();
  return async (request) => {
    if (request.type === 'cancel') {
      running.get(request.jobId)?.abort();
      return;
    }
    const { jobId, file } = request;
    const controller = new AbortController();
    running.set(jobId, controller);
    try {
      await runImportJob(file, (update) => post({ jobId, ...update }), controller.signal, options);
    } finally {
      running.delete(jobId);
    }
  };
}
