import { describe, expect, it } from 'vitest';
import type { ImportUpdate } from '../../shared/ipc/contract';
import {
  ImportJobs,
  type ImportJob,
  type ImportJobResult,
  type ImportProgress,
} from './import-jobs';

const OK: ImportJobResult = {
  outcome: { ok: true, format: 'release-package', opportunities: [], warnings: [] },
  sourceText: '{}',
};

interface Running {
  job: ImportJob;
  signal: AbortSignal;
  progress: (progress: ImportProgress) => void;
  finish: (result: ImportJobResult) => void;
  fail: (error: unknown) => void;
}

/** Jobs with a runner the test drives by hand, a hand-moved clock and predictable ids. */
function setup(concurrency = 2) {
  const updates: ImportUpdate[] = [];
  const running: Running[] = [];
  let time = 0;
  let id = 0;
  const jobs = new ImportJobs({
    concurrency,
    progressIntervalMs: 100,
    now: () => time,
    newId: () => `job-${++id}`,
    emit: (update) => updates.push(update),
    run: (job, { signal, onProgress }) =>
      new Promise((resolve, reject) => {
        running.push({ job, signal, progress: onProgress, finish: resolve, fail: reject });
      }),
  });
  return {
    jobs,
    updates,
    running,
    tick: (ms: number) => {
      time += ms;
    },
    done: () => updates.filter((update) => update.phase === 'done'),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ImportJobs', () => {
  it('gives each file an id and tells the renderer its name straight away', () => {
    const { jobs, updates } = setup();
    expect(jobs.start(['/home/sam/Downloads/notice.json', 'C:/x/page.txt'])).toEqual([
      'job-1',
      'job-2',
    ]);
    expect(updates).toEqual([
      { jobId: 'job-1', fileName: 'notice.json', phase: 'reading', bytesRead: 0, totalBytes: null },
      { jobId: 'job-2', fileName: 'page.txt', phase: 'reading', bytesRead: 0, totalBytes: null },
    ]);
  });

  it('runs at most `concurrency` files at once and starts the next as one finishes', async () => {
    const { jobs, running } = setup(2);
    jobs.start(['/a.json', '/b.json', '/c.json']);
    expect(running.map((r) => r.job.path)).toEqual(['/a.json', '/b.json']);
    running[0]?.finish(OK);
    await settle();
    expect(running.map((r) => r.job.path)).toEqual(['/a.json', '/b.json', '/c.json']);
    expect(jobs.pending).toBe(2);
  });

  it('sends at most one progress update per 100 ms per file, and always the final result', async () => {
    const { jobs, running, updates, tick } = setup();
    jobs.start(['/big.json']);
    const job = running[0] as Running;
    for (let i = 1; i <= 50; i++) {
      job.progress({ bytesRead: i * 1000, totalBytes: 50_000 });
      tick(10); // 50 chunks in 500 ms
    }
    const reading = updates.filter((update) => update.phase === 'reading').slice(1);
    expect(reading.length).toBe(5);
    expect(reading.map((update) => update.bytesRead)).toEqual([1000, 11000, 21000, 31000, 41000]);
    job.finish(OK);
    await settle();
    expect(updates.at(-1)).toMatchObject({
      phase: 'done',
      bytesRead: 50_000,
      totalBytes: 50_000,
      outcome: OK.outcome,
    });
  });

  it('cancels a waiting file at once, without ever running it', async () => {
    const { jobs, running, done } = setup(1);
    const [, second] = jobs.start(['/a.json', '/b.json']);
    expect(jobs.cancel(second as string)).toBe(true);
    expect(done()).toEqual([
      expect.objectContaining({
        jobId: second,
        outcome: expect.objectContaining({
          ok: false,
          error: expect.objectContaining({ code: 'cancelled' }),
        }),
        sourceText: null,
      }),
    ]);
    running[0]?.finish(OK);
    await settle();
    expect(running).toHaveLength(1);
  });

  it('asks a running file to stop, and reports it cancelled even if the parse finished anyway', async () => {
    const { jobs, running, done } = setup();
    const [id] = jobs.start(['/a.json']);
    expect(jobs.cancel(id as string)).toBe(true);
    expect(running[0]?.signal.aborted).toBe(true);
    running[0]?.finish(OK);
    await settle();
    expect(done()).toHaveLength(1);
    expect(done()[0]?.outcome).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('says false for ids it does not know or files already finished', async () => {
    const { jobs, running } = setup();
    const [id] = jobs.start(['/a.json']);
    running[0]?.finish(OK);
    await settle();
    expect(jobs.cancel(id as string)).toBe(false);
    expect(jobs.cancel('nonsense')).toBe(false);
  });

  it('ends every file in exactly one done, even when the runner breaks its promise', async () => {
    const { jobs, running, done } = setup();
    jobs.start(['/a.json', '/b.json']);
    running[0]?.fail(new Error('worker vanished'));
    running[1]?.finish(OK);
    await settle();
    expect(done().map((update) => update.outcome?.ok)).toEqual([false, true]);
    expect(done()[0]?.outcome).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(jobs.pending).toBe(0);
  });

  it('cancelAll stops waiting and running files (the window closed)', async () => {
    const { jobs, running, done } = setup(1);
    jobs.start(['/a.json', '/b.json', '/c.json']);
    jobs.cancelAll();
    expect(running[0]?.signal.aborted).toBe(true);
    running[0]?.finish(OK);
    await settle();
    expect(
      done().map((update) => update.outcome?.ok === false && update.outcome.error.code),
    ).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(running).toHaveLength(1);
  });

  it('makes fresh ids by default', () => {
    const jobs = new ImportJobs({ run: () => new Promise(() => undefined), emit: () => undefined });
    const ids = jobs.start(['/a', '/b', '/c']);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
