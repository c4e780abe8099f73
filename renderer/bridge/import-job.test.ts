import { describe, expect, it } from 'vitest';
import { ImportUpdate } from '../../shared/ipc/contract';
import { SEEDS, seedBytes } from '../../test/corpus';
import {
  PROGRESS_INTERVAL_MS,
  SOURCE_TEXT_LIMIT_BYTES,
  createImportJobHost,
  runImportJob,
  type ImportableFile,
  type JobUpdate,
} from './import-job';

function seedFile(name: string): File {
  return new File([new Uint8Array(seedBytes(name))], name, { type: 'text/plain' });
}

/** A file whose stream hands out `bytes` in `chunkSize` pieces, with a hook before each read. */
function chunkedFile(
  name: string,
  bytes: Uint8Array,
  chunkSize: number,
  onPull: (index: number) => Promise<void> | void = () => undefined,
): ImportableFile & { cancelled: boolean } {
  const file = {
    name,
    size: bytes.length,
    cancelled: false,
    stream: () => {
      let index = 0;
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          await onPull(index);
          const start = index * chunkSize;
          index++;
          if (start >= bytes.length) controller.close();
          else controller.enqueue(bytes.slice(start, start + chunkSize));
        },
        cancel() {
          file.cancelled = true;
        },
      });
    },
  };
  return file;
}

function collect(): { updates: JobUpdate[]; post: (update: JobUpdate) => void } {
  const updates: JobUpdate[] = [];
  return { updates, post: (update) => updates.push(update) };
}

describe('runImportJob', () => {
  it('imports a seed notice from a File, with progress, outcome and its text', async () => {
    const { updates, post } = collect();
    const bytes = seedBytes(SEEDS.westMidlands);
    const done = await runImportJob(
      seedFile(SEEDS.westMidlands),
      post,
      new AbortController().signal,
    );

    expect(updates.at(-1)).toBe(done);
    const reading = updates.filter((u) => u.phase === 'reading');
    expect(reading.length).toBeGreaterThanOrEqual(1);
    expect(reading[0]).toMatchObject({ fileName: SEEDS.westMidlands, totalBytes: bytes.length });
    expect(done).toMatchObject({
      phase: 'done',
      bytesRead: bytes.length,
      totalBytes: bytes.length,
    });
    if (!done.outcome?.ok) throw new Error(`import failed: ${JSON.stringify(done.outcome)}`);
    expect(done.outcome.opportunities.length).toBeGreaterThan(0);
    expect(done.outcome.opportunities[0]?.title).toMatch(/\S/);
    const text = new TextDecoder().decode(bytes).replace(/\r\n?/g, '\n');
    expect(done.sourceText).toBe(text);
    // What the worker posts must pass the contract the page checks it against.
    for (const update of updates) ImportUpdate.parse({ jobId: 'job-1', ...update });
  });

  it('reports a commissioning strategy as a failed outcome, with its text so it can be kept as a reference', async () => {
    const { post } = collect();
    const done = await runImportJob(seedFile(SEEDS.strategy), post, new AbortController().signal);
    expect(done.outcome).toMatchObject({ ok: false, error: { code: 'commissioning-strategy' } });
    expect(done.sourceText).toContain(
      'This commissioning strategy sets out a formal statement of plans',
    );
  });

  it('reads a Blob in chunks and throttles progress to one update per interval', async () => {
    const bytes = seedBytes(SEEDS.cleveland);
    const file = chunkedFile('cleveland.txt', bytes, 512);
    const chunks = Math.ceil(bytes.length / 512);
    let clock = 0;
    const times: number[] = [];
    const { updates, post } = collect();
    const done = await runImportJob(
      file,
      (update) => {
        if (update.phase === 'reading') times.push(clock);
        post(update);
      },
      new AbortController().signal,
      { now: () => (clock += 30) },
    );

    expect(done.outcome?.ok).toBe(true);
    // 30 ms per chunk and at most one update per 100 ms: every fourth chunk is reported.
    expect(times).toHaveLength(Math.ceil(chunks / 4));
    for (let i = 1; i < times.length; i++) {
      expect((times[i] as number) - (times[i - 1] as number)).toBeGreaterThanOrEqual(
        PROGRESS_INTERVAL_MS,
      );
    }
    const read = updates.filter((u) => u.phase === 'reading').map((u) => u.bytesRead);
    expect(read).toEqual([...read].sort((a, b) => a - b));
    expect(done.bytesRead).toBe(bytes.length);
    expect(done.sourceText).toBe(new TextDecoder().decode(bytes).replace(/\r\n?/g, '\n'));
  });

  it('ends with the cancelled error when aborted between chunks, and releases the file', async () => {
    const controller = new AbortController();
    const file = chunkedFile('west.txt', seedBytes(SEEDS.westMidlands), 1024, (index) => {
      if (index === 3) controller.abort();
    });
    const { updates, post } = collect();
    const done = await runImportJob(file, post, controller.signal);

    expect(done.outcome).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(done.sourceText).toBeNull();
    expect(done.bytesRead).toBeLessThan(file.size);
    expect(updates.filter((u) => u.phase === 'done')).toHaveLength(1);
    expect(file.cancelled).toBe(true);
  });

  it('cancels promptly while a read is still waiting', async () => {
    const controller = new AbortController();
    const file = chunkedFile('slow.txt', seedBytes(SEEDS.westMidlands), 1024, (index) => {
      if (index === 1) {
        queueMicrotask(() => controller.abort());
        return new Promise<void>(() => undefined); // this read never completes by itself
      }
      return undefined;
    });
    const done = await runImportJob(file, () => undefined, controller.signal);
    expect(done.outcome).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('treats a cancel that arrives during the final read as cancelled', async () => {
    const controller = new AbortController();
    const bytes = seedBytes(SEEDS.westMidlands);
    const file = chunkedFile('late.txt', bytes, bytes.length, (index) => {
      if (index === 1) controller.abort();
    });
    const done = await runImportJob(file, () => undefined, controller.signal);
    expect(done.outcome).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('says the file changed when the browser stops reading it part-way, and imports nothing', async () => {
    const { updates, post } = collect();
    const bytes = seedBytes(SEEDS.westMidlands);
    const file = chunkedFile('moved.txt', bytes, 1024, (index) => {
      // What Chromium does when the file is edited or deleted after it was picked.
      if (index === 3) throw new DOMException('The file could not be read.', 'NotReadableError');
    });
    const done = await runImportJob(file, post, new AbortController().signal);
    const outcome = done.outcome;
    if (!outcome || outcome.ok) throw new Error('expected a refusal');
    expect(outcome.error.code).toBe('changed-while-reading');
    expect(outcome.error.message).toMatch(
      /^“moved\.txt” changed while Bid Desk was reading it .* Nothing was imported\./,
    );
    expect(updates.filter((u) => u.phase === 'done')).toHaveLength(1);
  });

  it('keeps no text for a file above the source-text limit', async () => {
    const bytes = seedBytes(SEEDS.westMidlands);
    const big: ImportableFile = {
      name: 'big.txt',
      size: SOURCE_TEXT_LIMIT_BYTES + 1,
      stream: () => new Blob([new Uint8Array(bytes)]).stream(),
    };
    const done = await runImportJob(big, () => undefined, new AbortController().signal);
    expect(done.outcome?.ok).toBe(true);
    expect(done.sourceText).toBeNull();
  });
});

describe('createImportJobHost', () => {
  it('runs jobs side by side, tags updates with their job id and cancels one by id', async () => {
    const posted: ImportUpdate[] = [];
    let releaseSlow: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (releaseSlow = resolve));
    const handle = createImportJobHost((update) => posted.push(update));
    const slow = chunkedFile('slow.txt', seedBytes(SEEDS.cleveland), 1024, (index) =>
      index === 2 ? gate : undefined,
    );

    const slowJob = handle({ type: 'start', jobId: 'slow', file: slow });
    const fastJob = handle({ type: 'start', jobId: 'fast', file: seedFile(SEEDS.westMidlands) });
    await fastJob;
    await handle({ type: 'cancel', jobId: 'slow' });
    releaseSlow();
    await slowJob;

    const done = new Map(posted.filter((u) => u.phase === 'done').map((u) => [u.jobId, u]));
    expect(done.get('fast')?.outcome?.ok).toBe(true);
    expect(done.get('slow')?.outcome).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    for (const update of posted) {
      expect(update.fileName).toBe(update.jobId === 'slow' ? 'slow.txt' : SEEDS.westMidlands);
    }
    // A cancel for a job that has finished is harmless.
    await handle({ type: 'cancel', jobId: 'fast' });
  });
});
