import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { importNoticeStream } from '../../shared/import/engine';
import { formatSummary } from './summary';

export interface CliIo {
  out: (text: string) => void;
}

const USAGE = 'Usage: bid-desk inspect <notice file> [--json]';

/** `inspect <file> [--json]`: run the import engine on one file. Returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const json = argv.includes('--json');
  const args = argv.filter((a) => a !== '--json');
  const fail = (code: string, message: string): number => {
    io.out(json ? JSON.stringify({ error: { code, message } }) : `Error: ${message}`);
    return 2;
  };
  if (args[0] === '--help' || args[0] === '-h') {
    io.out(USAGE);
    return 0;
  }
  if (args[0] !== 'inspect' || args.length !== 2) return fail('usage', `${USAGE}`);
  const path = args[1] as string;
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile())
      return fail(
        'not-a-file',
        `“${path}” is a folder, not a file. Give the path of one notice file.`,
      );
    size = info.size;
  } catch {
    return fail('file-not-found', `There is no file at “${path}”. Check the path and try again.`);
  }
  const result = await importNoticeStream({
    name: basename(path),
    size,
    chunks: createReadStream(path, { highWaterMark: 1024 * 1024 }),
  });
  if (!result.ok) return fail(result.error.code, result.error.message);
  io.out(
    json
      ? JSON.stringify({ opportunities: result.opportunities, warnings: result.warnings }, null, 2)
      : formatSummary(result.opportunities, result.warnings),
  );
  return 0;
}
