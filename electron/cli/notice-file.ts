/** Reading one notice file for a command: the file checks both commands share, then the engine. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { importNoticeStream, type ImportResult } from '../../shared/import/engine';

/** What a command prints when it fails: the `{"error": {code, message}}` contract. */
export interface CliFailure {
  ok: false;
  error: { code: string; message: string };
}

/**
 * Run the import engine on the file at `path` (streamed, so large packages stay lean). A missing
 * file or a folder is a failure with a sentence, like every engine error.
 */
export async function readNoticeFile(path: string): Promise<ImportResult | CliFailure> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      return failure(
        'not-a-file',
        `“${path}” is a folder, not a file. Give the path of one notice file.`,
      );
    }
    size = info.size;
  } catch {
    return failure(
      'file-not-found',
      `There is no file at “${path}”. Check the path and try again.`,
    );
  }
  return importNoticeStream({
    name: basename(path),
    size,
    chunks: createReadStream(path, { highWaterMark: 1024 * 1024 }),
    reopen: () => createReadStream(path, { highWaterMark: 1024 * 1024 }),
  });
}

function failure(code: string, message: string): CliFailure {
  return { ok: false, error: { code, message } };
}
