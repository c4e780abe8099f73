/**
 * Hostile text at the command line and in the CSV export, run as a user runs them. The notice
 * is real (FTS 083563-2026, Science Museum Group), edited here to carry bidi overrides and ESC,
 * BEL and NUL in its fields and a garbage submission deadline.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusJson, repoRoot } from '../../test/corpus';
import { importNoticeFile } from '../../shared/import/engine';
import type { Json } from '../../shared/ocds/read';
import { noticeTimeline, toCsv } from '../../shared/timeline';

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** What a terminal or spreadsheet would act on: ESC, BEL, NUL and the other controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const hasCorpus = corpusAvailable('CLI hostile text suite');

describe.runIf(hasCorpus)('hostile text at the command line', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bid-desk-hostile-'));
  const file = join(scratch, 'notice.json');
  const pkg = corpusJson('fts/members/083563-2026.json') as { releases: Json[] };
  const release = pkg.releases[0] as Json;
  const tender = release.tender as Json;
  (release.buyer as Json).name = '\u202Etsurt SHN\u202C Buyer';
  ((release.parties as Json[])[0] as Json).name = '\u202Etsurt SHN\u202C Buyer';
  tender.title = 'Wonderlab\u001b]0;pwned\u0007\u001b[2J\u0000 Interactives';
  tender.enquiryPeriod = { endDate: '9999999-99-99' };
  writeFileSync(file, JSON.stringify(pkg));

  it('prints a text summary with no ESC, BEL or NUL, the hidden characters shown', () => {
    const run = cli('inspect', file);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stdout).toContain(
      'Wonderlab[U+001B]]0;pwned[U+0007][U+001B][2J[U+0000] Interactives',
    );
    expect(run.stdout).toContain('Buyer:        [U+202E]tsurt SHN[U+202C] Buyer');
    expect(run.stdout).toContain(
      'The notice gives the clarification deadline as “9999999-99-99”, which is not a date',
    );
  });

  it('never echoes control characters in a file name back to the terminal', () => {
    const run = cli('inspect', join(scratch, 'missing\u001b[2J\u0007.json'));
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^Error: /);
    expect(run.stdout).not.toMatch(CONTROL);
  });

  it('lists the unreadable deadline in warnings[] of --json', () => {
    const run = cli('inspect', file, '--json');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      opportunities: Array<{ buyer: { name: string }; warnings?: Array<{ code: string }> }>;
      warnings: Array<{ code: string; message: string; ocid: string | null }>;
    };
    expect(doc.opportunities[0]?.buyer.name).toBe('[U+202E]tsurt SHN[U+202C] Buyer');
    expect(doc.opportunities[0]?.warnings?.map((w) => w.code)).toContain('deadline-unreadable');
    expect(doc.warnings).toContainEqual({
      code: 'deadline-unreadable',
      ocid: 'ocds-h6vhtk-06f17d',
      message:
        '“Wonderlab[U+001B]]0;pwned[U+0007][U+001B][2J[U+0000] Interactives”: The notice gives the clarification deadline as “9999999-99-99”, which is not a date Bid Desk can read, so it is missing from the key dates; check the deadline with the buyer.',
    });
  });

  it('exports a CSV timeline whose cells carry no control characters', () => {
    const run = cli('timeline', file, '--format', 'csv');
    expect(run.code).toBe(0);
    // CRLF ends rows; nothing else below U+0020 (nor DEL or C1) may appear.
    expect(run.stdout.replace(/\r\n/g, '')).not.toMatch(CONTROL);
    expect(run.stdout).toContain('[U+202E]tsurt SHN[U+202C] Buyer');
  });

  it('drops control characters from a CSV cell that did not come through the notice reader', () => {
    // Text typed in Bid Desk (a task title, a renamed item) is not read as notice text.
    const result = importNoticeFile({
      name: 'notice.json',
      bytes: new TextEncoder().encode(JSON.stringify(pkg)),
    });
    if (!result.ok) throw new Error(result.error.message);
    const opportunity = result.opportunities[0];
    if (!opportunity) throw new Error('no opportunity');
    const items = noticeTimeline(opportunity, 'x').map((item) => ({
      ...item,
      title: `Bell\u0007 and escape\u001b[31m`,
    }));
    const csv = toCsv(items);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(CONTROL);
    expect(csv).toContain(',Bell and escape[31m,');
  });
});
