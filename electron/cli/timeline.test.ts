/**
 * `npm run -s cli -- timeline <file> [--format ics|csv|json]`, run as a user runs it: exit
 * codes, the output on stdout exactly as the app exports it, the JSON error contract.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { repoRoot, SEEDS, seedsDir } from '../../test/corpus';
import { importNoticeFile } from '../../shared/import/engine';
import { noticeTimeline, TimelineItem } from '../../shared/timeline';
import { runCli } from './inspect';
import { timelinePrefix } from './timeline';

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const stalking = join(seedsDir, SEEDS.staffordshireStalking);

describe('bid-desk timeline', () => {
  it('prints the notice’s timeline as JSON by default: notice dates only, with stable ids', () => {
    const run = cli('timeline', stalking);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { items: TimelineItem[]; warnings: unknown[] };
    expect(Object.keys(doc).sort()).toEqual(['items', 'warnings']);
    for (const item of doc.items) expect(TimelineItem.parse(item)).toEqual(item);
    expect(doc.items.every((item) => item.source === 'notice')).toBe(true);
    expect(doc.items.map((item) => item.kind)).toEqual([
      'engagement',
      'published',
      'clarificationDeadline',
      'submissionDeadline',
      'awardDecision',
      'standstillEnd',
      'contractStart',
      'contractEnd',
      'contractMaxEnd',
    ]);
    expect(doc.items.find((item) => item.kind === 'submissionDeadline')).toMatchObject({
      id: 'ocds-h6vhtk-0659dc/notice/submissionDeadline/all',
      at: '2026-05-06T12:00:00+01:00',
      url: 'https://www.find-tender.service.gov.uk/Notice/032024-2026',
    });
    // The same ids the app gives the notice's dates, so calendars fed by either agree.
    const result = importNoticeFile({ name: 'n', bytes: readFileSync(stalking) });
    if (!result.ok) throw new Error(result.error.message);
    const [opportunity] = result.opportunities;
    if (!opportunity) throw new Error('no opportunity');
    const ids = noticeTimeline(opportunity, timelinePrefix(opportunity)).map((item) => item.id);
    expect(doc.items.map((item) => item.id)).toEqual(ids);
  });

  it('--format ics prints a calendar with CRLF line ends that ical.js reads', () => {
    const run = cli('timeline', join(seedsDir, SEEDS.staffordshireHateCrime), '--format', 'ics');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(run.stdout.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(run.stdout.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const calendar = new ICAL.Component(ICAL.parse(run.stdout));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toContain(
      'ocds-h6vhtk-06bae5/engagement/market-engagement-0/sign-up@biddesk.app',
    );
    expect(events.find((e) => e.summary.startsWith('Sign up'))?.summary).toBe(
      'Sign up for market engagement – The Provision of a Hate Crime, Antisocial Behaviour and Mediation Service',
    );
  });

  it('--format=csv prints the spreadsheet with its byte-order mark', () => {
    const run = cli('timeline', stalking, '--format=csv');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\uFEFFOpportunity,Buyer,Lot,What,Date,Time,')).toBe(true);
    // The buyer's deadline: no owner and no status (it is not the team's to do).
    expect(run.stdout).toContain(',Submission deadline,06/05/2026,12:00,,,Notice,Notice,,');
    expect(run.stdout.split('\r\n')).toHaveLength(11); // header, 9 dates, and the final CRLF
  });

  it('a bad file is exit 2 and the JSON error on stdout, even with --format ics', () => {
    const run = cli('timeline', join(seedsDir, SEEDS.strategy), '--format', 'ics');
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      error: {
        code: 'commissioning-strategy',
        message: expect.stringMatching(/commissioning strategy/),
      },
    });
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  // The same contract in-process (each spawn costs two seconds).
  it.each([
    [['timeline'], 'usage', /Give the path of one notice file\. Usage: bid-desk timeline/],
    [['timeline', stalking, '--format', 'pdf'], 'usage', /“pdf” is not a format: use ics, csv or json/],
    [['timeline', stalking, '--format'], 'usage', /Say which format after --format/],
    [['timeline', stalking, '--json'], 'usage', /“--json” is not an option/],
    [['timeline', stalking, stalking], 'usage', /one notice file/],
    [['timeline', join(seedsDir, 'nope.json'), '--format', 'ics'], 'file-not-found', /There is no file at/],
    [['timeline', seedsDir], 'not-a-file', /is a folder, not a file/],
    [['timeline', join(seedsDir, SEEDS.strategy), '--format', 'csv'], 'commissioning-strategy', /commissioning strategy/],
  ])('%j: exit 2 and one JSON error, whatever the format', async (args, code, message) => {
    const printed: string[] = [];
    const write = (text: string) => void printed.push(text);
    expect(await runCli(args, { out: write, write })).toBe(2);
    expect(printed).toHaveLength(1);
    expect(JSON.parse(printed[0] as string)).toEqual({
      error: { code, message: expect.stringMatching(message) },
    });
  }); // prettier-ignore

  it('is listed in the usage', () => {
    const run = cli('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: bid-desk timeline <notice file> [--format ics|csv|json]');
  });
});
