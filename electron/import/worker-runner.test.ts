import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ImportUpdate } from '../../shared/ipc/contract';
import { STREAM_THRESHOLD_BYTES } from '../../shared/import/engine';
import { SEEDS, seedsDir } from '../../test/corpus';
import { bundleElectron } from '../launcher/bundle-electron';
import { ImportJobs } from './import-jobs';
import { IN_ONE_PIECE_YOUNG_GENERATION_MB } from './worker-limits';
import { createWorkerRunner, importWorkerPath } from './worker-runner';

const root = path.resolve(__dirname, '..', '..');
let out = '';
let workerPath = '';

// The real worker, built the way `npm start` and `npm run dist` build it.
beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'bid-desk-worker-'));
  await bundleElectron({ root, outDir: out });
  workerPath = path.join(out, 'import-worker.cjs');
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Import files through ImportJobs and the worker runner; resolves with every update once all are done. */
function importAll(
  paths: string[],
  options: { cancelAfterFirstProgress?: boolean; grace?: number } = {},
) {
  return new Promise<{ ids: string[]; updates: ImportUpdate[] }>((resolve) => {
    const updates: ImportUpdate[] = [];
    let ids: string[] = [];
    const jobs = new ImportJobs({
      run: createWorkerRunner({ workerPath, cancelGraceMs: options.grace }),
      progressIntervalMs: 0,
      emit: (update) => {
        updates.push(update);
        if (
          options.cancelAfterFirstProgress &&
          update.phase === 'reading' &&
          update.bytesRead > 0
        ) {
          jobs.cancel(update.jobId);
        }
        if (update.phase === 'done' && jobs.pending === 0) resolve({ ids, updates });
      },
    });
    ids = jobs.start(paths);
  });
}

describe('the import worker', () => {
  it('imports real notices off the main thread and streams progress then the result', async () => {
    const files = [SEEDS.westMidlands, SEEDS.staffordshireStalking].map((name) =>
      path.join(seedsDir, name),
    );
    const { ids, updates } = await importAll(files);
    for (const [index, id] of ids.entries()) {
      const mine = updates.filter((update) => update.jobId === id);
      const size = readFileSync(files[index] as string).length;
      expect(mine[0]).toMatchObject({ phase: 'reading', bytesRead: 0 });
      expect(mine.some((update) => update.phase === 'reading' && update.totalBytes === size)).toBe(
        true,
      );
      const done = mine.at(-1);
      expect(done).toMatchObject({ phase: 'done', outcome: { ok: true } });
      expect(done?.outcome?.ok && done.outcome.opportunities.length).toBe(1);
      expect(done?.sourceText?.length).toBeGreaterThan(5000);
    }
  }, 30_000);

  it('cancels a file being read: the result is `cancelled` and nothing is imported', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bid-desk-cancel-'));
    try {
      const file = path.join(dir, 'large.txt');
      writeFileSync(
        file,
        Buffer.concat([
          readFileSync(path.join(seedsDir, SEEDS.cleveland)),
          Buffer.alloc(8 * 1024 * 1024, 0x0a),
        ]),
      );
      // A long grace period: the worker must stop by itself, not be terminated.
      const { updates } = await importAll([file], {
        cancelAfterFirstProgress: true,
        grace: 20_000,
      });
      const furthest = Math.max(...updates.map((update) => update.bytesRead));
      expect(furthest).toBeLessThan(readFileSync(file).length);
      expect(updates.at(-1)).toMatchObject({
        phase: 'done',
        outcome: { ok: false, error: { code: 'cancelled' } },
      });
      expect(updates.at(-1)?.sourceText).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('reports a worker that cannot start as a problem in Bid Desk, not a hang', async () => {
    const onCrash = vi.fn();
    const run = createWorkerRunner({ workerPath: path.join(out, 'missing-worker.cjs'), onCrash });
    const result = await run(
      { jobId: 'j', path: path.join(seedsDir, SEEDS.cleveland), fileName: 'c.txt' },
      { signal: new AbortController().signal, onProgress: () => undefined },
    );
    expect(result.outcome).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(onCrash).toHaveBeenCalled();
  });

  it('starts the worker of a file read in one piece with a larger young generation, and of a streamed file with the defaults', async () => {
    // A stand-in worker that answers with the resource limits it was started with.
    const probe = path.join(out, 'limits-probe.cjs');
    writeFileSync(
      probe,
      `const { parentPort, resourceLimits } = require('node:worker_threads');
       parentPort.postMessage({ type: 'done', outcome: { ok: false, error: { code: 'internal', message: '', details: {} } }, sourceText: JSON.stringify(resourceLimits) });`,
    );
    const dir = mkdtempSync(path.join(tmpdir(), 'bid-desk-limits-'));
    try {
      // Just over the size that is read as a stream, without writing 50 MB (a sparse file).
      const large = path.join(dir, 'large.json');
      writeFileSync(large, '');
      truncateSync(large, STREAM_THRESHOLD_BYTES + 1);
      const run = createWorkerRunner({ workerPath: probe });
      const limitsOf = async (file: string) => {
        const result = await run(
          { jobId: file, path: file, fileName: path.basename(file) },
          { signal: new AbortController().signal, onProgress: () => undefined },
        );
        return JSON.parse(result.sourceText ?? '{}') as { maxYoungGenerationSizeMb: number };
      };
      const small = await limitsOf(path.join(seedsDir, SEEDS.cleveland));
      const streamed = await limitsOf(large);
      expect(small.maxYoungGenerationSizeMb).toBe(IN_ONE_PIECE_YOUNG_GENERATION_MB);
      expect(streamed.maxYoungGenerationSizeMb).toBeLessThan(IN_ONE_PIECE_YOUNG_GENERATION_MB);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('importWorkerPath', () => {
  it('points inside app.asar.unpacked when packaged, since the worker is unpacked', () => {
    expect(importWorkerPath('/opt/Bid Desk/resources/app.asar')).toBe(
      path.join(
        '/opt/Bid Desk/resources/app.asar.unpacked',
        'dist',
        'electron',
        'import-worker.cjs',
      ),
    );
    expect(importWorkerPath('/work/main')).toBe(
      path.join('/work/main', 'dist', 'electron', 'import-worker.cjs'),
    );
  });
});
