/**
 * `bid-desk timeline <notice file> [--format ics|csv|json]`: the notice's own dates (the command
 * line has no bid plan) as JSON, an iCalendar file or CSV, on stdout.
 */
import type { Opportunity } from '../../shared/notice/model';
import { noticeTimeline, sortTimeline, toCsv, toIcs } from '../../shared/timeline';
import type { CliIo } from './inspect';
import { readNoticeFile } from './notice-file';

export const TIMELINE_USAGE = 'Usage: bid-desk timeline <notice file> [--format ics|csv|json]';

const FORMATS = ['json', 'ics', 'csv'] as const;
type Format = (typeof FORMATS)[number];

/** The command's options, or the sentence saying what is wrong with them. */
function parseArgs(args: string[]): { file: string; format: Format } | { problem: string } {
  const files: string[] = [];
  let format: string = 'json';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--format') {
      const value = args[++i];
      if (value === undefined) return { problem: 'Say which format after --format.' };
      format = value;
    } else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg.startsWith('-') && arg !== '-') return { problem: `“${arg}” is not an option.` };
    else files.push(arg);
  }
  if (!(FORMATS as readonly string[]).includes(format)) {
    return { problem: `“${format}” is not a format: use ics, csv or json.` };
  }
  if (files.length !== 1) return { problem: 'Give the path of one notice file.' };
  return { file: files[0] as string, format: format as Format };
}

/**
 * The id prefix of a notice's items: its ocid, so the same notice always gives the same calendar
 * UIDs; a notice without one (a saved page without its OCDS) is named by a hash of its title
 * and buyer instead.
 */
export function timelinePrefix(opportunity: Opportunity): string {
  if (opportunity.ocid) return opportunity.ocid;
  let hash = 0x811c9dc5;
  for (const char of `${opportunity.buyer.name}\n${opportunity.title}`) {
    hash = Math.imul(hash ^ (char.codePointAt(0) as number), 0x01000193) >>> 0;
  }
  return `notice-${hash.toString(16).padStart(8, '0')}`;
}

/**
 * Run `timeline`. Output: `{"items": TimelineItem[], "warnings": [...]}` (json), or the .ics / .csv
 * text as the app exports it (the .ics without reminders and at SEQUENCE 0: the command line keeps
 * no settings and no record of earlier exports). Errors, whatever the format, are the JSON error document
 * `{"error": {"code", "message"}}` on stdout with exit code 2, as with `inspect --json`.
 */
export async function runTimeline(args: string[], io: CliIo, now = new Date()): Promise<number> {
  const fail = (code: string, message: string): number => {
    io.out(JSON.stringify({ error: { code, message } }));
    return 2;
  };
  if (args[0] === '--help' || args[0] === '-h') {
    io.out(TIMELINE_USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if ('problem' in parsed) return fail('usage', `${parsed.problem} ${TIMELINE_USAGE}`);
  const result = await readNoticeFile(parsed.file);
  if (!result.ok) return fail(result.error.code, result.error.message);

  const items = sortTimeline(
    result.opportunities.flatMap((opportunity) =>
      noticeTimeline(opportunity, timelinePrefix(opportunity)),
    ),
  );
  const write = io.write ?? ((text: string) => io.out(text.replace(/\r?\n$/, '')));
  if (parsed.format === 'json') {
    io.out(JSON.stringify({ items, warnings: result.warnings }, null, 2));
  } else if (parsed.format === 'csv') {
    write(toCsv(items));
  } else {
    const [only] = result.opportunities;
    const calendarName =
      result.opportunities.length === 1 && only ? only.title : 'Bid Desk: notice dates';
    write(toIcs(items, { calendarName, now }));
  }
  return 0;
}
