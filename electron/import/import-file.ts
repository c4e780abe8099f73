import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeText, sniffBytes } from '../../shared/import/decode';
import { importNoticeStream } from '../../shared/import/engine';
import type { ImportOutcome } from '../../shared/ipc/contract';
import type { ImportJobResult, ImportProgress } from './import-jobs';

/** Files up to this size travel back with their text, so a newer engine can re-read them later. */
export const SOURCE_TEXT_LIMIT_BYTES = 20 * 1024 * 1024;

/** Chunk size for reading: big enough to be quick, small enough for smooth progress and cancel. */
export const CHUNK_BYTES = 256 * 1024;

export interface ImportFileOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Defaults to SOURCE_TEXT_LIMIT_BYTES; a parameter so tests need no 20 MB file. */
  sourceTextLimit?: number;
}

/**
 * Read the file at `filePath` in chunks and run the import engine over them. Never throws: a
 * file that cannot be opened or read gives an `unreadable` outcome that says why in plain words.
 * This is what the import worker runs; it is an ordinary function so it can be tested directly.
 */
export async function importFileAtPath(
  filePath: string,
  options: ImportFileOptions = {},
): Promise<ImportJobResult> {
  const fileName = path.basename(filePath);
  const limit = options.sourceTextLimit ?? SOURCE_TEXT_LIMIT_BYTES;
  let size: number;
  try {
    const info = await stat(filePath);
    if (info.isDirectory()) {
      return unreadable(
        `“${fileName}” is a folder, not a file. Import the notice files inside it instead.`,
      );
    }
    if (!info.isFile()) {
      // A device or a pipe (/dev/zero, a FIFO) never ends, or blocks for ever: not a notice.
      return unreadable(
        `“${fileName}” is not an ordinary file (it may be a device or a pipe), so it cannot be a notice.`,
      );
    }
    size = info.size;
  } catch (error: unknown) {
    return unreadable(openFailure(fileName, error));
  }

  const kept: Uint8Array[] = [];
  let keptBytes = 0;
  let keep = size <= limit;
  let readError: unknown = null;
  const streams: ReadStream[] = [];
  // A large package is read twice (see StreamSource.reopen); only the first read keeps text.
  async function* chunks(first: boolean): AsyncGenerator<Uint8Array> {
    const stream = createReadStream(filePath, { highWaterMark: CHUNK_BYTES });
    streams.push(stream);
    try {
      for await (const chunk of stream) {
        const bytes = chunk as Buffer;
        if (first && keep) {
          keptBytes += bytes.length;
          // The file grew after it was measured: stop keeping its text rather than hold a giant.
          keep = keptBytes <= limit;
          if (keep) kept.push(bytes);
          else kept.length = 0;
        }
        yield bytes;
      }
    } catch (error: unknown) {
      readError = error;
      throw error;
    }
  }

  let outcome: ImportOutcome;
  try {
    outcome = await importNoticeStream(
      { name: fileName, size, chunks: chunks(true), reopen: () => chunks(false) },
      { signal: options.signal, onProgress: options.onProgress },
    );
  } finally {
    for (const stream of streams) stream.destroy();
  }
  if (readError !== null) return unreadable(openFailure(fileName, readError));
  const cancelled = !outcome.ok && outcome.error.code === 'cancelled';
  return { outcome, sourceText: keep && !cancelled ? textOf(kept, fileName) : null };
}

/** The decoded text of a file, or null when it is not text (PDF, binary, empty). */
function textOf(parts: Uint8Array[], fileName: string): string | null {
  const first = parts[0];
  if (!first || sniffBytes(first.subarray(0, 4096)) !== 'text') return null;
  try {
    return decodeText(Buffer.concat(parts), fileName);
  } catch {
    return null;
  }
}

function unreadable(message: string): ImportJobResult {
  return {
    outcome: {
      ok: false,
      error: { code: 'unreadable', message: `${message} Nothing was imported.`, details: {} },
    },
    sourceText: null,
  };
}

function openFailure(fileName: string, error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return `“${fileName}” could not be found. It may have been moved, renamed or deleted.`;
    case 'EACCES':
    case 'EPERM':
      return `Bid Desk is not allowed to open “${fileName}”. Check that you can open it yourself, or copy it somewhere you can.`;
    case 'EISDIR':
      return `“${fileName}” is a folder, not a file. Import the notice files inside it instead.`;
    default:
      return `“${fileName}” could not be read${code ? ` (${code})` : ''}. If it is on a network drive or USB stick, copy it to your computer and try again.`;
  }
}
