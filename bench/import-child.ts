/**
 * One measurement of `npm run bench:import`, in a fresh process: bench/import.ts bundles this file
 * with esbuild (as the app's import worker is bundled) and runs it in plain Node, so that the peak
 * RSS is the engine's and Node's, not a TypeScript loader's. As in the app, the import runs in a
 * worker thread with the import worker's resource limits for the file's size (worker-limits.ts);
 * `--default-limits` runs it with Node's defaults instead. Prints one `RESULT {json}` line.
 *
 *   node --expose-gc import-child.js <mode> <file> <repeat> [--default-limits]
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { CHUNK_BYTES } from '../electron/import/import-file';
import { importWorkerLimits } from '../electron/import/worker-limits';

export type Mode = 'floor' | 'reader' | 'engine' | 'stream' | 'stream-cut' | 'stream-cancel';

export interface ChildResult {
  /** The best of the runs. */
  ms: number;
  /** The first run, in a worker that has run nothing yet (as each import in the app does). */
  firstMs: number;
  baselineRssMb: number;
  peakRssMb: number;
  outcome: string;
  progressCalls: number;
}

const MB = 1_000_000;

async function runChild(mode: Mode, file: string, repeat: number): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const size = statSync(file).size;
  // Loaded only where needed (separate chunks), so that the floor's RSS does not include the engine.
  const reader = mode === 'reader' ? await import('../shared/import/json-stream') : null;
  const engine = mode === 'floor' || reader ? null : await import('../shared/import/engine');
  gc();
  const baselineRssMb = process.memoryUsage.rss() / MB;
  let best = Infinity;
  let firstMs = 0;
  let outcome = '';
  let progressCalls = 0;
  for (let run = 0; run < repeat; run++) {
    const bytes = mode === 'floor' || mode === 'engine' ? readFileSync(file) : null;
    const started = performance.now();
    if (mode === 'floor' && bytes) {
      const parsed = JSON.parse(new TextDecoder().decode(bytes)) as { releases: unknown[] };
      outcome = `${parsed.releases.length} releases`;
    } else if (reader) {
      const chunks = createReadStream(file, { highWaterMark: CHUNK_BYTES });
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
          // Read as the app's import worker reads: its chunk size, and twice for a large file.
          chunks: createReadStream(file, { highWaterMark: CHUNK_BYTES, end: cut }),
          reopen: () => createReadStream(file, { highWaterMark: CHUNK_BYTES, end: cut }),
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
    const ms = performance.now() - started;
    if (run === 0) firstMs = ms;
    best = Math.min(best, ms);
    gc();
  }
  const peakRssMb = (process.resourceUsage().maxRSS * 1024) / MB;
  const result: ChildResult = {
    ms: best,
    firstMs,
    baselineRssMb,
    peakRssMb,
    outcome,
    progressCalls,
  };
  parentPort?.postMessage(`RESULT ${JSON.stringify(result)}\n`);
}

interface ChildArgs {
  mode: Mode;
  file: string;
  repeat: number;
}

if (isMainThread) {
  const [mode, file, repeat, limits] = process.argv.slice(2);
  if (mode && file) {
    const args: ChildArgs = { mode: mode as Mode, file, repeat: Number(repeat ?? 1) };
    const worker = new Worker(new URL(import.meta.url), {
      workerData: args,
      resourceLimits: limits === '--default-limits' ? {} : importWorkerLimits(statSync(file).size),
    });
    worker.on('message', (line: string) => process.stdout.write(line));
    worker.on('error', (error) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    });
  }
} else {
  const { mode, file, repeat } = workerData as ChildArgs;
  await runChild(mode, file, repeat);
}
