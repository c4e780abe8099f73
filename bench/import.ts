/**
 * `npm run bench:import`: how fast and how lean the import engine is on FTS-sized packages,
 * beside the floor for the same bytes (decode + JSON.parse alone). Every measurement runs in a
 * fresh child process so that peak RSS (the kernel's maxRSS) belongs to that case alone.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, fsyncSync, mkdirSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../scripts/vite-build';
import { STREAM_THRESHOLD_BYTES } from '../shared/import/limits';
import { releasePackageChunks } from './generate-packages';
import type { ChildResult, Mode } from './import-child';

const MB = 1_000_000;
const TARGET_SECONDS = 5;
const TARGET_RATIO = 2.5;
const TARGET_RSS = 3;

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
  // On disk before anything is timed: the kernel writing a fresh file back in the background
  // slows whichever case runs next.
  fsyncSync(fd);
  closeSync(fd);
  return file;
}

/**
 * Bundle the child (and, in chunks of their own, the engine and the reader) the way the app's
 * import worker is bundled: esbuild, Node platform, everything inlined. Returns the entry file.
 */
async function bundleChild(): Promise<string> {
  const outdir = join(repoRoot, 'test-output', 'bench-import');
  rmSync(outdir, { recursive: true, force: true }); // no chunks left over from earlier builds
  await build({
    absWorkingDir: repoRoot,
    entryPoints: ['bench/import-child.ts'],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  return join(outdir, 'import-child.mjs');
}

let child = '';
/** The highest 1-minute load average seen before any measurement (printed with the table). */
let busiest = 0;

function measure(mode: Mode, file: string, repeat: number, defaultLimits = false): ChildResult {
  busiest = Math.max(busiest, loadavg()[0] ?? 0);
  const args = ['--expose-gc', child, mode, file, String(repeat)];
  if (defaultLimits) args.push('--default-limits');
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`${mode} ${file} failed:\n${run.stderr}`);
  return JSON.parse(line.slice(7)) as ChildResult;
}

/**
 * The floor and the engine in turns, `rounds` fresh processes each, best run of all: a busy
 * moment of the machine (other processes, the kernel) then cannot favour one side of the ratio.
 * The engine runs as the app's import worker does (its resource limits for the file's size); the
 * floor runs both so and with Node's defaults, and the faster of the two is the floor, so the
 * worker's settings can only make the ratio stricter, never kinder.
 */
function measurePair(engineMode: Mode, file: string, repeat: number, rounds: number) {
  const floors: ChildResult[] = [];
  const defaultFloors: ChildResult[] = [];
  const engines: ChildResult[] = [];
  for (let round = 0; round < rounds; round++) {
    floors.push(measure('floor', file, repeat));
    engines.push(measure(engineMode, file, repeat));
    defaultFloors.push(measure('floor', file, repeat, true));
  }
  return {
    floor: bestOf([...floors, ...defaultFloors]),
    engine: bestOf(engines),
    floors,
    defaultFloors,
    engines,
  };
}

/** The fastest run, with the highest peak RSS of all of them (memory is judged at its worst). */
function bestOf(results: ChildResult[]): ChildResult {
  const fastest = results.reduce((a, b) => (b.ms < a.ms ? b : a));
  return { ...fastest, peakRssMb: Math.max(...results.map((r) => r.peakRssMb)) };
}

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const num = (n: number, digits = 0): string => n.toFixed(digits);
const mark = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');

async function main(): Promise<void> {
  child = await bundleChild();
  const dir = join(tmpdir(), 'bid-desk-bench');
  mkdirSync(dir, { recursive: true });
  const cases = [
    { label: '1k releases', releases: 1_000, seed: 1, repeat: 5, rounds: 2 },
    // The judged case: more fresh processes, as the engine's time swings more than the floor's
    // here, and the best of few runs overstates it.
    { label: '10k releases', releases: 10_000, seed: 2, repeat: 3, rounds: 5 },
    { label: '24k releases', releases: 24_000, seed: 3, repeat: 1, rounds: 2 },
  ];
  const rows: string[][] = [];
  const checks: string[] = [];
  for (const c of cases) {
    process.stderr.write(`generating ${c.label}... `);
    const file = writePackage(dir, c.releases, c.seed);
    const sizeMb = statSync(file).size / MB;
    const streamed = statSync(file).size > STREAM_THRESHOLD_BYTES;
    process.stderr.write(`${num(sizeMb, 1)} MB, measuring\n`);
    const reader = measure('reader', file, c.repeat);
    const pair = measurePair(streamed ? 'stream' : 'engine', file, c.repeat, c.rounds);
    const { floor, engine } = pair;
    const ratio = engine.ms / floor.ms;
    const rssRatio = engine.peakRssMb / sizeMb;
    // The memory target is for files read as a stream; an in-memory parse holds the
    // whole object graph (the floor alone, many times the file), as the table shows.
    const rssApplies = streamed;
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
      // The issue sets the speed target for the 10k package; the others are shown for scale.
      `${num(ratio, 2)} ${c.releases === 10_000 ? mark(ratio <= TARGET_RATIO) : 'n/a'}`,
      num(floor.peakRssMb),
      `${num(engine.peakRssMb)} (idle ${num(engine.baselineRssMb)})`,
      rssApplies ? `${num(rssRatio, 2)} ${mark(rssRatio < TARGET_RSS)}` : `${num(rssRatio, 1)} n/a`,
      engine.outcome,
    ]);
    if (c.releases === 10_000) {
      const each = (results: ChildResult[], key: 'ms' | 'firstMs' = 'ms'): string =>
        results.map((r) => num(r[key])).join(', ');
      checks.push(
        `10k package in under ${TARGET_SECONDS} s: ${num(engine.ms)} ms ${mark(engine.ms < TARGET_SECONDS * 1000)}; the first run in each fresh worker (nothing compiled yet, as for each import in the app): ${each(pair.engines, 'firstMs')} ms ${mark(Math.max(...pair.engines.map((r) => r.firstMs)) < TARGET_SECONDS * 1000)}`,
        `10k package, best run of each process (ms): floor ${each(pair.floors)} (Node's default limits: ${each(pair.defaultFloors)}); engine ${each(pair.engines)}`,
      );
    }
    if (streamed) {
      const cut = measure('stream-cut', file, 1);
      const cancel = measure('stream-cancel', file, 1);
      checks.push(
        `${c.label} cut at 80%: "${cut.outcome}" in ${num(cut.ms)} ms, peak RSS ${num(cut.peakRssMb)} MB ${mark(cut.outcome === 'truncated-json')}`,
        `${c.label} cancelled at 50%: "${cancel.outcome}" in ${num(cancel.ms)} ms ${mark(cancel.outcome === 'cancelled')}`,
        `${c.label} progress callbacks: ${engine.progressCalls} (one per 256 KiB chunk, two passes) ${mark(engine.progressCalls > 10)}`,
      );
    }
  }
  const head = ['case', 'path', 'MB', 'floor ms', 'floor MB/s', 'reader ms (RSS)', 'engine ms', 'MB/s', 'releases/s',
    `engine/floor (10k: <=${TARGET_RATIO})`, 'floor RSS MB', 'engine RSS MB', `RSS/size (<${TARGET_RSS})`, 'result']; // prettier-ignore
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, widths[i] ?? 0)).join(' | ');
  console.log(
    `\nBid Desk import benchmark (node ${process.version}, best of N runs in fresh processes, floor and engine in turns; RSS: the highest peak)\n`,
  );
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
  console.log('');
  for (const check of checks) console.log(check);
  console.log(
    "\nfloor = TextDecoder + JSON.parse of bytes already in memory (the faster of: with the import worker's limits,\n" +
      'with Node\'s defaults); engine "memory" = importNoticeFile on the same bytes; engine "stream" = importNoticeStream\n' +
      'over 256 KiB chunks read twice, as the app reads a large file. Everything runs in a worker thread of plain Node\n' +
      'with the limits the app gives its import worker for that file size (electron/import/worker-limits.ts), the\n' +
      'engine bundled with esbuild as the app ships it. RSS is the process peak (maxRSS) including Node itself; the\n' +
      'RSS target applies to files read as a stream (over 50 MiB).',
  );
  console.log(
    `\nHighest 1-minute load average seen during the run: ${num(busiest, 1)} on ${cpus().length} cores (run it idle: with other work on the machine the engine's time swings more than the floor's).`,
  );
}

await main();
