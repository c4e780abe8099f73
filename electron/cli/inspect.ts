import { withoutControlCharacters } from '../../shared/notice/hidden-characters';
import { formatSummary } from './summary';
import { readNoticeFile } from './notice-file';
import { runTimeline, TIMELINE_USAGE } from './timeline';

export interface CliIo {
  /** Print one answer followed by a line break. */
  out: (text: string) => void;
  /** Print text exactly as given (calendar and CSV output carry their own CRLF line ends). */
  write?: (text: string) => void;
}

const USAGE = 'Usage: bid-desk inspect <notice file> [--json]';

/**
 * The command line: `inspect <file> [--json]` runs the import engine on one file; `timeline
 * <file> [--format ics|csv|json]` prints its timeline. Returns the exit code.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'timeline') return runTimeline(argv.slice(1), io);
  const json = argv.includes('--json');
  const args = argv.filter((a) => a !== '--json');
  // JSON escapes C0 controls itself; plain text for a terminal never carries ESC, BEL or NUL
  // (a file name or notice text could otherwise drive the terminal).
  const print = (text: string): void => io.out(json ? text : withoutControlCharacters(text));
  const fail = (code: string, message: string): number => {
    print(json ? JSON.stringify({ error: { code, message } }) : `Error: ${message}`);
    return 2;
  };
  if (args[0] === '--help' || args[0] === '-h') {
    print(`${USAGE}\n${TIMELINE_USAGE}`);
    return 0;
  }
  if (args[0] !== 'inspect' || args.length !== 2)
    return fail('usage', `${USAGE}\n${TIMELINE_USAGE}`);
  const result = await readNoticeFile(args[1] as string);
  if (!result.ok) return fail(result.error.code, result.error.message);
  print(
    json
      ? JSON.stringify({ opportunities: result.opportunities, warnings: result.warnings }, null, 2)
      : formatSummary(result.opportunities, result.warnings),
  );
  return 0;
}
