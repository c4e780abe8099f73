/**
 * The command-line contract, run as a user runs it (`npm run -s cli -- inspect <file> [--json]`):
 * exit codes, one JSON document on stdout, plain-sentence errors, no stack traces.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusDir, repoRoot, SEEDS, seedsDir } from '../../test/corpus';

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'bid-desk-cli-'));

describe('bid-desk inspect --json', () => {
  it('prints the opportunity of a seed notice with the documented fields', () => {
    const run = cli('inspect', join(seedsDir, SEEDS.staffordshireStalking), '--json');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      opportunities: Array<Record<string, unknown>>;
      warnings: unknown[];
    };
    expect(Object.keys(doc).sort()).toEqual(['opportunities', 'warnings']);
    const [o] = doc.opportunities;
    expect(o).toMatchObject({
      ocid: 'ocds-h6vhtk-0659dc',
      source: 'fts',
      title: 'Provision of a Stalking Service in Staffordshire & Stoke-on-Trent',
      buyer: { name: 'Police, Fire & Crime Commissioner for Staffordshire' },
      noticeType: 'UK4',
      stage: 'tender',
      value: { amount: 1265000, amountGross: 1518000, currency: 'GBP' },
    });
    const lots = o?.lots as Array<{
      id: string;
      derived: boolean;
      criteria: Array<{ name: string; type: string; weight: number | null }>;
    }>;
    expect(lots[0]?.derived).toBe(false);
    expect(lots[0]?.criteria[0]).toMatchObject({
      name: 'Q1 - Vision',
      type: 'quality',
      weight: null,
    });
    expect(o?.keyDates).toContainEqual(
      expect.objectContaining({
        kind: 'submissionDeadline',
        at: '2026-05-06T12:00:00+01:00',
        allDay: false,
        lotId: null,
        label: 'Submission deadline',
        derived: false,
      }),
    );
    expect(o?.changes).toEqual([]);
    expect(Array.isArray(doc.warnings)).toBe(true);
  });

  it('refuses the commissioning strategy with exit code 2 and a JSON error', () => {
    const run = cli('inspect', join(seedsDir, SEEDS.strategy), '--json');
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout) as { error: { code: string; message: string } };
    expect(doc.error.code).toBe('commissioning-strategy');
    expect(doc.error.message).toMatch(/commissioning strategy, not a procurement notice/);
  });

  it.each([
    ['empty.json', '', 'empty-file'],
    [
      'cut.json',
      '{"releases":[{"ocid":"ocds-h6vhtk-000001","tender":{"title":"Half',
      'truncated-json',
    ],
    ['other.json', '{"name":"not a notice"}', 'not-ocds'],
    ['login.html', '<!DOCTYPE html><html><body><form>Sign in</form></body></html>', 'html-page'],
    ['scan.pdf', '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'pdf'],
  ])('%s: exit 2, a specific error code and a sentence, no stack trace', (name, content, code) => {
    const path = join(scratch, name);
    writeFileSync(path, content);
    const run = cli('inspect', path, '--json');
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout) as { error: { code: string; message: string } };
    expect(doc.error.code).toBe(code);
    expect(doc.error.message).toMatch(/^.{20,}\.$/s);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('200 MB of `[`: refused as too deep, exit 2, without the memory to build it', () => {
    // The CLI's peak resident memory, reported by the child itself as it exits.
    const report =
      "data:text/javascript,process.on('exit',()=>process.stderr.write('maxRSS='+process.resourceUsage().maxRSS))";
    const path = join(scratch, 'brackets.json');
    const chunk = Buffer.alloc(1024 * 1024, '[');
    const fd = openSync(path, 'w');
    try {
      for (let i = 0; i < 200; i++) writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    try {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', '--import', report, 'electron/cli/main.ts', 'inspect', path, '--json'],
        { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 },
      );
      expect(run.status).toBe(2);
      const doc = JSON.parse(run.stdout) as { error: { code: string; message: string } };
      expect(doc.error.code).toBe('too-deep');
      expect(doc.error.message).toMatch(/^“brackets\.json” nests its data far deeper/);
      const maxRssKb = Number(/maxRSS=(\d+)/.exec(run.stderr)?.[1]);
      // Node and tsx alone take about 100 MB; the file once took over a gigabyte.
      expect(maxRssKb).toBeGreaterThan(0);
      expect(maxRssKb).toBeLessThan(300 * 1024);
    } finally {
      rmSync(path, { force: true });
    }
  });

  it('a missing file is an error, not a crash', () => {
    const run = cli('inspect', join(scratch, 'nope.json'), '--json');
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'file-not-found' } });
  });

  it('wrong usage prints the usage with exit code 2', () => {
    const run = cli('frobnicate');
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Usage: bid-desk inspect <notice file> [--json]');
  });
});

describe('bid-desk inspect (readable summary)', () => {
  it('shows the deadline, lots and derived facts in words', () => {
    const run = cli('inspect', join(seedsDir, SEEDS.staffordshireHateCrime));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'The Provision of a Hate Crime, Antisocial Behaviour and Mediation Service',
    );
    expect(run.stdout).toContain('A. Hate Crime Service — £704,000 (from the description)');
    expect(run.stdout).toContain('Sign up for market engagement');
    expect(run.stdout).toMatch(/14 Jul 2026, 17:00\s+Sign up for market engagement/);
  });

  it('a file of six releases of one notice: what the earlier ones changed, with their dates', () => {
    if (!corpusAvailable('cli history')) return;
    const file = 'ocds-examples/sample-data-fictional-1.1/ocds-213czf-000-00001.json';
    const run = cli('inspect', join(corpusDir as string, file));
    expect(run.code).toBe(0);
    const earlier = run.stdout.slice(
      run.stdout.indexOf('Changed by earlier releases in this file:'),
    );
    expect(earlier).toMatch(
      /Published 20 Mar 2010, 09:45:\n(?: {4}.*\n)*? {4}Submission deadline: 1 Apr 2010, 19:00 → 8 Apr 2010, 19:00\n/,
    );
    // The newest release (the implementation) changed nothing the change log compares.
    expect(earlier).not.toContain('Changed in the latest release:');
  });
});

describe.runIf(corpusAvailable('cli contradictions'))('contradictions in a real notice', () => {
  const page = join(
    corpusDir ?? '',
    'more-notices',
    'fts-page20-pcr-contract-notices-2026-05-30.json',
  );

  it('--json lists them in the top-level warnings with a code and the ocid', () => {
    const run = cli('inspect', page, '--json');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      warnings: Array<{ code: string; message: string; ocid: string | null }>;
    };
    const found = doc.warnings.filter((w) =>
      ['weights-read-as-two-levels', 'lot-values-exceed-total'].includes(w.code),
    );
    expect(found.map((w) => [w.code, w.ocid])).toEqual([
      ['lot-values-exceed-total', 'ocds-h6vhtk-06a936'],
      ['weights-read-as-two-levels', 'ocds-h6vhtk-06a668'],
    ]);
    expect(found[1]?.message).toContain('Bid Desk read them as shares of the 70% for quality');
  });

  it('the summary shows them and each weight as read and as stated', () => {
    const run = cli('inspect', page);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '- Proposed Solution (quality, 35%, stated as 50 out of 100 for quality)',
    );
    expect(run.stdout).toContain(
      '! “Framework Agreement for Fish Tracking Equipment”: The quality weights (50%, 20%, 15%, 10%, 5%) add up to 100 beside price 30%, 130% in all.',
    );
    expect(run.stdout).toContain(
      '! “Holiday Activities and Food (HAF) services DPS (SC240025)”: The values of the 4 lots add up to £16,000,000, more than the £4,000,000 given for the whole contract.',
    );
  });
});

describe.runIf(corpusDir !== null)(
  'bid-desk inspect on a deadline at midnight (real PCR notice)',
  () => {
    const file = join(
      corpusDir ?? '',
      'more-notices/derived-fts-pcr-midnight-deadline-06872e.json',
    );

    it('says the deadline is the end of the day before, never "27 Jun 2026" as a day', () => {
      const run = cli('inspect', file);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /27 Jun 2026, 00:00\s+Submission deadline \(midnight at the start of Saturday 27 June: submit by the end of Friday 26 June\)/,
      );
      expect(run.stdout).not.toMatch(/27 Jun 2026\s+Submission deadline/);
      expect(run.stdout).not.toContain('Award decision');
      expect(run.stdout).toMatch(/27 Jun 2026, 00:00\s+Tenders opened/);
    });

    it('gives the deadline in --json as a moment (allDay false) and no award decision', () => {
      const run = cli('inspect', file, '--json');
      expect(run.code).toBe(0);
      const doc = JSON.parse(run.stdout) as {
        opportunities: Array<{ keyDates: Array<{ kind: string; at: string; allDay: boolean }> }>;
      };
      const dates = doc.opportunities[0]?.keyDates ?? [];
      expect(dates.find((d) => d.kind === 'submissionDeadline')).toMatchObject({
        at: '2026-06-27T00:00:00+01:00',
        allDay: false,
      });
      expect(dates.map((d) => d.kind)).not.toContain('awardDecision');
    });
  },
);
