// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { corpusBytes, corpusDir, SEEDS, seedBytes } from '../../test/corpus';
import type { ImportUpdate } from './bridge';
import { createBrowserBridge, type ImportWorkerPort } from './browser-bridge';
import { createImportJobHost, type ImportWorkerRequest } from './import-job';
import { createStoredFileReader } from './stored-file-reader';

/**
 * The real job host run in-process behind a fake port. Messages go through structuredClone both
 * ways, as they would across a real worker boundary.
 */
function inProcessWorker(): { start: () => ImportWorkerPort; sent: ImportWorkerRequest[] } {
  const sent: ImportWorkerRequest[] = [];
  const start = (): ImportWorkerPort => {
    let deliver: (data: unknown) => void = () => undefined;
    const host = createImportJobHost((update) => deliver(structuredClone(update)));
    return {
      send: (request) => {
        sent.push(request);
        if (request.type === 'cancel') return void host(request);
        // jsdom's File has no stream(); hand the worker the same bytes as a web stream.
        const file = request.file as unknown as File;
        void file.arrayBuffer().then((buffer) =>
          host({
            ...request,
            file: {
              name: file.name,
              size: file.size,
              stream: () => new Response(buffer).body as ReadableStream<Uint8Array>,
            },
          }),
        );
      },
      listen: (onMessage) => {
        deliver = onMessage;
      },
    };
  };
  return { start, sent };
}

/** A port the test drives by hand. */
interface ManualPort {
  sent: ImportWorkerRequest[];
  /** Deliver a message as if the worker posted it. */
  message: (data: unknown) => void;
  /** Fail the whole worker. */
  fail: (reason: string) => void;
}

function manualWorker() {
  const ports: ManualPort[] = [];
  const start = (): ImportWorkerPort => {
    const port: ManualPort = { sent: [], message: () => undefined, fail: () => undefined };
    ports.push(port);
    return {
      send: (request) => port.sent.push(request),
      listen: (onMessage, onFailure) => {
        port.message = onMessage;
        port.fail = onFailure;
      },
    };
  };
  return { start, ports };
}

function seedFile(name: string): File {
  return new File([new Uint8Array(seedBytes(name))], name, { type: 'text/plain' });
}

function sequentialIds(): () => string {
  let n = 0;
  return () => `job-${++n}`;
}

function doneOf(updates: ImportUpdate[], jobId: string): ImportUpdate | undefined {
  return updates.find((u) => u.jobId === jobId && u.phase === 'done');
}

function waitForDone(
  bridge: ReturnType<typeof createBrowserBridge>,
  count: number,
): Promise<ImportUpdate[]> {
  const updates: ImportUpdate[] = [];
  return new Promise((resolve) => {
    const stop = bridge.onImportUpdate((update) => {
      updates.push(update);
      if (updates.filter((u) => u.phase === 'done').length === count) {
        stop();
        resolve(updates);
      }
    });
  });
}

afterEach(() => vi.restoreAllMocks());

describe('createBrowserBridge', () => {
  it('imports seed files through the worker and reports progress then the outcome', async () => {
    const worker = inProcessWorker();
    const bridge = createBrowserBridge({ startWorker: worker.start, newJobId: sequentialIds() });
    const finished = waitForDone(bridge, 2);

    const ids = await bridge.importFiles([seedFile(SEEDS.westMidlands), seedFile(SEEDS.strategy)]);
    const updates = await finished;

    expect(ids).toEqual(['job-1', 'job-2']);
    const first = updates.filter((u) => u.jobId === 'job-1');
    expect(first[0]).toMatchObject({ phase: 'reading', fileName: SEEDS.westMidlands });
    const done = doneOf(updates, 'job-1');
    expect(done?.outcome?.ok).toBe(true);
    expect(done?.sourceText).toContain('West Midlands');
    expect(doneOf(updates, 'job-2')?.outcome).toMatchObject({
      ok: false,
      error: { code: 'commissioning-strategy' },
    });
  });

  it('starts the worker only when the first file is imported, and only once', async () => {
    const worker = manualWorker();
    const bridge = createBrowserBridge({ startWorker: worker.start });
    expect(await bridge.importFiles([])).toEqual([]);
    expect(worker.ports).toHaveLength(0);
    await bridge.importFiles([seedFile(SEEDS.cleveland)]);
    await bridge.importFiles([seedFile(SEEDS.westMidlands)]);
    expect(worker.ports).toHaveLength(1);
    expect(worker.ports[0]?.sent.map((r) => r.type)).toEqual(['start', 'start']);
  });

  it('sends a cancel for a running job, which ends with the cancelled error', async () => {
    const worker = manualWorker();
    const bridge = createBrowserBridge({ startWorker: worker.start, newJobId: sequentialIds() });
    const updates: ImportUpdate[] = [];
    bridge.onImportUpdate((update) => updates.push(update));
    const [jobId] = await bridge.importFiles([seedFile(SEEDS.cleveland)]);
    const port = worker.ports[0];
    if (!port || !jobId) throw new Error('no worker');

    bridge.cancelImport(jobId);
    expect(port.sent.at(-1)).toEqual({ type: 'cancel', jobId });
    // What the real worker answers (see import-job.test.ts), delivered as a message.
    port.message({
      jobId,
      fileName: SEEDS.cleveland,
      phase: 'done',
      bytesRead: 0,
      totalBytes: 10,
      outcome: { ok: false, error: { code: 'cancelled', message: 'Cancelled.', details: {} } },
      sourceText: null,
    });
    expect(updates.map((u) => u.outcome?.ok === false && u.outcome.error.code)).toEqual([
      'cancelled',
    ]);
    // Once done, a second cancel is not sent.
    bridge.cancelImport(jobId);
    expect(port.sent.filter((r) => r.type === 'cancel')).toHaveLength(1);
  });

  it('checks worker messages against the contract', async () => {
    const worker = manualWorker();
    const bridge = createBrowserBridge({ startWorker: worker.start, newJobId: sequentialIds() });
    const updates: ImportUpdate[] = [];
    bridge.onImportUpdate((update) => updates.push(update));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await bridge.importFiles([seedFile(SEEDS.cleveland)]);
    const port = worker.ports[0];
    if (!port) throw new Error('no worker');

    // Foreign or stale jobs are ignored, whatever they say.
    port.message({ jobId: 'job-99', fileName: 'x', phase: 'reading', bytesRead: 1, totalBytes: 2 });
    port.message('nonsense');
    expect(updates).toEqual([]);

    port.message({ jobId: 'job-1', fileName: 'a', phase: 'reading', bytesRead: 5, totalBytes: 9 });
    // A malformed update for a real job ends it clearly rather than leaving it hanging.
    port.message({ jobId: 'job-1', fileName: 'a', phase: 'done', bytesRead: -1, totalBytes: 9 });
    expect(updates).toHaveLength(2);
    expect(updates[1]).toMatchObject({
      jobId: 'job-1',
      phase: 'done',
      bytesRead: 5,
      outcome: { ok: false, error: { code: 'internal' } },
    });
    expect(updates[1]?.outcome?.ok === false && updates[1].outcome.error.message).toContain(
      SEEDS.cleveland,
    );
    expect(errors).toHaveBeenCalled();
  });

  it('fails every running job when the worker crashes, then starts a new worker', async () => {
    const worker = manualWorker();
    const bridge = createBrowserBridge({ startWorker: worker.start, newJobId: sequentialIds() });
    const updates: ImportUpdate[] = [];
    const unsubscribe = bridge.onImportUpdate((update) => updates.push(update));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await bridge.importFiles([seedFile(SEEDS.cleveland), seedFile(SEEDS.westMidlands)]);

    worker.ports[0]?.fail('Uncaught SyntaxError');
    expect(updates.map((u) => [u.jobId, u.phase, u.outcome?.ok])).toEqual([
      ['job-1', 'done', false],
      ['job-2', 'done', false],
    ]);

    unsubscribe();
    await bridge.importFiles([seedFile(SEEDS.cleveland)]);
    expect(worker.ports).toHaveLength(2);
    worker.ports[1]?.fail('again');
    expect(updates).toHaveLength(2);
  });

  it('opens only http(s) links, in a new tab without opener or referrer', () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const bridge = createBrowserBridge();
    bridge.openExternal('https://www.find-tender.service.gov.uk/Notice/012345-2026');
    bridge.openExternal('http://example.org/');
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', '/relative', 'data:,x', ''])
      bridge.openExternal(bad);

    expect(open.mock.calls).toEqual([
      [
        'https://www.find-tender.service.gov.uk/Notice/012345-2026',
        '_blank',
        'noopener,noreferrer',
      ],
      ['http://example.org/', '_blank', 'noopener,noreferrer'],
    ]);
    expect(warn).toHaveBeenCalledTimes(5);
  });

  it('is the browser host: no native dialog, no menu', () => {
    const bridge = createBrowserBridge();
    expect(bridge.kind).toBe('browser');
    expect(bridge.chooseFiles).toBeNull();
    const unsubscribe = bridge.onMenuCommand(() => undefined);
    expect(unsubscribe()).toBeUndefined();
  });

  it('saves an export as a download, keeping the CSV’s byte-order mark as UTF-8 bytes', async () => {
    const blobs: Blob[] = [];
    const realCreate = URL.createObjectURL;
    const realRevoke = URL.revokeObjectURL;
    URL.createObjectURL = (blob: Blob) => `blob:bid-desk/${blobs.push(blob)}`;
    URL.revokeObjectURL = () => undefined;
    const names: string[] = [];
    const onClick = (event: MouseEvent): void => {
      names.push((event.target as HTMLAnchorElement).download);
      event.preventDefault();
    };
    document.addEventListener('click', onClick);
    try {
      const saved = await createBrowserBridge().saveText(
        'Bid timeline.csv',
        'text/csv;charset=utf-8',
        '\uFEFFWhat,Date\r\nSubmission deadline – £,06/05/2026\r\n',
      );
      expect(saved).toBe(true);
      expect(names).toEqual(['Bid timeline.csv']);
      expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await (blobs[0] as Blob).arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes)).toContain('Submission deadline – £,06/05/2026');
    } finally {
      document.removeEventListener('click', onClick);
      URL.createObjectURL = realCreate;
      URL.revokeObjectURL = realRevoke;
    }
  });

  it('prints for "Save as PDF" with the export’s name as the suggested file name', async () => {
    document.title = 'Bid Desk';
    const titles: string[] = [];
    const bridge = createBrowserBridge({ print: () => void titles.push(document.title) });
    await expect(bridge.printToPdf('Stalking service timeline.pdf')).resolves.toBe(true);
    expect(titles).toEqual(['Stalking service timeline']);
    expect(document.title).toBe('Bid Desk');
  });
});

describe.runIf(corpusDir)('createStoredFileReader', () => {
  const FILE = 'derived-fts-pcr-midnight-deadline-06872e.json';
  const text = () => new TextDecoder().decode(corpusBytes(`more-notices/${FILE}`));

  it('reads a stored text in the import worker, as a dropped file is read', async () => {
    const read = createStoredFileReader(
      createBrowserBridge({ startWorker: inProcessWorker().start }),
    );
    const outcome = await read({ fileName: FILE, text: text() });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const deadline = outcome.opportunities[0]?.keyDates.find(
      (d) => d.kind === 'submissionDeadline',
    );
    expect(deadline).toMatchObject({ at: '2026-06-27T00:00:00+01:00', allDay: false });
  });

  it('passes on what the engine says about a text it cannot read', async () => {
    const read = createStoredFileReader(
      createBrowserBridge({ startWorker: inProcessWorker().start }),
    );
    const outcome = await read({ fileName: FILE, text: text().slice(0, 200) });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.message).toContain(FILE);
  });
});
