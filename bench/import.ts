/**
 * `npm run bench:import`: how fast and how lean the import engine is on FTS-sized packages,
 * beside the floor for the same bytes (decode + JSON.parse alone). Every measurement runs in a
 * fresh child process so that peak RSS (the kernel's maxRSS) belongs to that case alone.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  createReadStream,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { releasePackageChunks } from './generate-packages';

const MB = 1_000_000;
const TARGET_SECONDS = 5;
const TARGET_RATIO = 2.5;
const TARGET_RSS = 3;
const STREAMED_FROM = 50 * 1024 * 1024; // the engine's STREAM_THRESHOLD_BYTES

type Mode = 'floor' | 'reader' | 'engine' | 'stream' | 'stream-cut' | 'stream-cancel';

interface ChildResult {
  ms: number;
  baselineRssMb: number;
  peakRssMb: number;
  outcome: string;
  progressCalls: number;
}

// ---------------------------------------------------------------- child: one measurement

async function runChild(mode: Mode, file: string, repeat: number): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const size = statSync(file).size;
  // Loaded only where needed, so that the floor's RSS does not include the engine.
  const reader = mode === 'reader' ? await import('../shared/import/json-stream') : null;
  const engine = mode === 'floor' || reader ? null : await import('../shared/import/engine');
  gc();
  const baselineRssMb = process.memoryUsage.rss() / MB;
  let best = Infinity;
  let outcome = '';
  let progressCalls = 0;
  for (let run = 0; run < repeat; run++) {
    const bytes = mode === 'floor' || mode === 'engine' ? readFileSync(file) : null;
    const started = performance.now();
    if (mode === 'floor' && bytes) {
      const parsed = JSON.parse(new TextDecoder().decode(bytes)) as { releases: unknown[] };
      outcome = `${parsed.releases.length} releases`;
    } else if (reader) {
      const chunks = createReadStream(file, { highWaterMark: 1 << 20 });
      const onItem = (): void => undefined;
      const head = await reader.readJsonPackageStream(chunks, { fileName: 'bench.json', onItem });
      outcome = `${head.items} releases`;
    } else if (!engine) {
      throw new Error('unreachable');
    } else if (mode === 'engine' && bytes) {
      const result = engine.importNoticeFile({ name: 'bench.json', bytes });
      outcome = result.ok ? `${result.opportunities.length} opportunities` : result.error.code;
    } else {
      const cut = mode === 'stream-cut' ? Math.floor(size * 0.8) : undefined;
      const controller = new AbortController();
      progressCalls = 0;
      const result = await engine.importNoticeStream(
        {
          name: 'bench.json',
          size: cut ?? size,
          chunks: createReadStream(file, { highWaterMark: 1 << 20, end: cut }),
        },
        {
          signal: controller.signal,
          onProgress: ({ bytesRead }) => {
            progressCalls++;
            if (mode === 'stream-cancel' && bytesRead >= size / 2) controller.abort();
          },
        },
      );
      outcome = result.ok ? `${result.opportunities.length} opportunities` : result.error.code;
    }
    best = Math.min(best, performance.now() - started);
    gc();
  }
  const peakRssMb = (process.resourceUsage().maxRSS * 1024) / MB;
  const result: ChildResult = { ms: best, baselineRssMb, peakRssMb, outcome, progressCalls };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

// ---------------------------------------------------------------- parent: cases and table

function writePackage(dir: string, releases: number, seed: number): string {
  const file = join(dir, `fts-like-${releases}-${seed}.json`);
  const fd = openSync(file, 'w');
  let pending = '';
  for (const piece of releasePackageChunks(releases, seed)) {
    pending += piece;
    if (pending.length > 1 << 20) {
      writeSync(fd, pending);
      pending = '';
    }
  }
  writeSync(fd, pending);
  closeSync(fd);
  return file;
}

function measure(mode: Mode, file: string, repeat: number): ChildResult {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--child', mode, file, String(repeat)],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`${mode} ${file} failed:\n${child.stderr}`);
  return JSON.parse(line.slice(7)) as ChildResult;
}

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const num = (n: number, digits = 0): string => n.toFixed(digits);
const mark = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');

async function main(): Promise<void> {
  const dir = join(tmpdir(), 'bid-desk-bench');
  mkdirSync(dir, { recursive: true });
  const cases = [
    { label: '1k releases', releases: 1_000, seed: 1, repeat: 5 },
    { label: '10k releases', releases: 10_000, seed: 2, repeat: 3 },
    { label: '24k releases', releases: 24_000, seed: 3, repeat: 1 },
  ];
  const rows: string[][] = [];
  const checks: string[] = [];
  for (const c of cases) {
    process.stderr.write(`generating ${c.label}... `);
    const file = writePackage(dir, c.releases, c.seed);
    const sizeMb = statSync(file).size / MB;
    const streamed = statSync(file).size > STREAMED_FROM;
    process.stderr.write(`${num(sizeMb, 1)} MB, measuring\n`);
    const floor = measure('floor', file, c.repeat);
    const reader = measure('reader', file, c.repeat);
    const engine = measure(streamed ? 'stream' : 'engine', file, c.repeat);
    const ratio = engine.ms / floor.ms;
    const rssRatio = engine.peakRssMb / sizeMb;
    const rssApplies = sizeMb >= 50;
    rows.push([
      c.label,
      streamed ? 'stream' : 'memory',
      num(sizeMb, 1),
      num(floor.ms),
      num(sizeMb / (floor.ms / 1000), 1),
      `${num(reader.ms)} (${num(reader.peakRssMb)} MB)`,
      num(engine.ms),
      num(sizeMb / (engine.ms / 1000), 1),
      num(c.releases / (engine.ms / 1000)),
      `${num(ratio, 2)} ${mark(ratio <= TARGET_RATIO)}`,
      num(floor.peakRssMb),
      `${num(engine.peakRssMb)} (idle ${num(engine.baselineRssMb)})`,
      rssApplies ? `${num(rssRatio, 2)} ${mark(rssRatio < TARGET_RSS)}` : `${num(rssRatio, 1)} n/a`,
      engine.outcome,
    ]);
    if (c.releases === 10_000) {
      checks.push(
        `10k package in under ${TARGET_SECONDS} s: ${num(engine.ms)} ms ${mark(engine.ms < TARGET_SECONDS * 1000)}`,
      );
    }
    if (streamed) {
      const cut = measure('stream-cut', file, 1);
      const cancel = measure('stream-cancel', file, 1);
      checks.push(
        `${c.label} cut at 80%: "${cut.outcome}" in ${num(cut.ms)} ms, peak RSS ${num(cut.peakRssMb)} MB ${mark(cut.outcome === 'truncated-json')}`,
        `${c.label} cancelled at 50%: "${cancel.outcome}" in ${num(cancel.ms)} ms ${mark(cancel.outcome === 'cancelled')}`,
        `${c.label} progress callbacks: ${engine.progressCalls} (one per 1 MiB chunk) ${mark(engine.progressCalls > 10)}`,
      );
    }
  }
  const head = ['case', 'path', 'MB', 'floor ms', 'floor MB/s', 'reader ms (RSS)', 'engine ms', 'MB/s', 'releases/s',
    `engine/floor (<=${TARGET_RATIO})`, 'floor RSS MB', 'engine RSS MB', `RSS/size (<${TARGET_RSS})`, 'result']; // prettier-ignore
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, widths[i] ?? 0)).join(' | ');
  console.log(
    `\nBid Desk import benchmark (node ${process.version}, best of N runs, fresh process per case)\n`,
  );
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
  console.log('');
  for (const check of checks) console.log(check);
  console.log(
    '\nfloor = TextDecoder + JSON.parse of bytes already in memory; engine "memory" = importNoticeFile on the same bytes;\n' +
      'engine "stream" = importNoticeStream from a 1 MiB-chunk file stream (file reading included). RSS is the\n' +
      'process peak (maxRSS) including Node itself; the RSS target applies to files of 50 MB and more.',
  );
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  await runChild(args[1] as Mode, args[2] as string, Number(args[3] ?? 1));
} else {
  await main();
}
