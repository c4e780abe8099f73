/**
 * A large write made in one transaction (an import of a bulk notice file, a restore), done in
 * slices that never hold the page for long: planning and writing stop when a slice has used its
 * time and go on once an IndexedDB request of the same transaction has answered. That answer is a
 * new task, so the page paints and takes clicks in between; a timer would not do, because
 * IndexedDB commits a transaction that has no request pending at the end of a task, and the write
 * must stay all-or-nothing. Puts cost the page their structured clone when they are issued, so
 * rows go in batches sized, table by table, to take a fraction of a slice each.
 *
 * Inside a Dexie transaction, await only Dexie's promises (as `pause` returns): a continuation
 * after a plain promise runs outside the transaction's zone, and Dexie would put the writes that
 * follow in transactions of their own. Hence `if (slices.due) await slices.pause()`, never an
 * await of an async function that may return without waiting on IndexedDB.
 */

/** Reports records written so far, of all the records the write makes. */
export type WriteProgressReport = (written: number, total: number) => void;

/**
 * How long one slice may hold the page: the limit is 100 ms, and a slice can overrun by a batch
 * whose rows cost more than the last one's, a garbage collection, or a busy machine.
 */
export const SLICE_MS = 30;

/** The most rows in one bulk write, however cheap they are. */
export const WRITE_BATCH = 2000;

/** The first batch of each table, before its rows' cost is known. */
const FIRST_BATCH = 50;

const now = (): number => performance.now();

/** A batch in flight (`done` never rejects: a failure is kept by `WriteProgress`). */
interface Pending {
  done: Promise<void>;
  settled: boolean;
}

/** The clock of a sliced write. */
export class Slices {
  private started = now();

  /** `ask`: a small read in the transaction, whose answer ends a slice when nothing else will. */
  constructor(
    private readonly ask: () => Promise<unknown>,
    readonly budgetMs: number = SLICE_MS,
  ) {}

  /** True once this slice has used its time. */
  get due(): boolean {
    return now() - this.started >= this.budgetMs;
  }

  /**
   * Ends the slice: waits for `request` (a batch still in flight) or, failing one, for `ask()`'s
   * answer (awaiting a settled promise would not leave the task).
   */
  pause(request?: Pending): Promise<void> {
    const answer = request && !request.settled ? request.done : this.ask();
    return answer.then(() => {
      this.started = now();
    });
  }
}

/** Rows for one table, how to write a batch of them, and whether they count in the progress. */
interface Job {
  rows: readonly unknown[];
  write: (batch: unknown[]) => Promise<unknown>;
  counted: boolean;
}

/** The writes of one transaction, issued in slices, counting rows as their batches complete. */
export class WriteProgress {
  private written = 0;
  private readonly jobs: Job[] = [];
  private failure: { error: unknown } | null = null;

  constructor(
    readonly total: number,
    private readonly slices: Slices,
    private readonly report: WriteProgressReport = () => undefined,
  ) {
    report(0, total);
  }

  /**
   * Queues `rows`, written through `write` in batches by `run`, after the rows queued before;
   * `counted: false` for writes the total leaves out (deletes).
   */
  add<T>(
    rows: readonly T[],
    write: (batch: T[]) => Promise<unknown>,
    { counted = true }: { counted?: boolean } = {},
  ): this {
    if (rows.length) this.jobs.push({ rows, write: write as Job['write'], counted });
    return this;
  }

  /**
   * Issues every queued batch in order, pausing between slices (on the batch before the newest,
   * so IndexedDB still has the newest to work on while the page paints), then waits for the last.
   * Throws the first batch's failure.
   */
  async run(): Promise<void> {
    let last: Pending | undefined;
    let previous: Pending | undefined;
    for (const job of this.jobs) {
      let size = FIRST_BATCH;
      for (let i = 0; i < job.rows.length;) {
        const batch = job.rows.slice(i, i + size);
        i += batch.length;
        const started = now();
        const pending: Pending = { done: Promise.resolve(), settled: false };
        pending.done = job.write(batch).then(
          () => {
            pending.settled = true;
            if (!job.counted) return;
            this.written += batch.length;
            this.report(this.written, this.total);
          },
          (error: unknown) => {
            pending.settled = true;
            this.failure ??= { error };
          },
        );
        const took = now() - started;
        // Next batch: about a quarter of a slice at this batch's cost per row.
        const perRow = Math.max(took, 0.05) / batch.length;
        size = Math.max(1, Math.min(WRITE_BATCH, Math.floor(this.slices.budgetMs / 4 / perRow)));
        previous = last;
        last = pending;
        if (this.failure) throw this.failure.error;
        if (this.slices.due) await this.slices.pause(previous ?? last);
      }
    }
    // IndexedDB answers a transaction's requests in order: the last batch is answered last.
    if (last) await last.done;
    if (this.failure) throw this.failure.error;
  }
}
