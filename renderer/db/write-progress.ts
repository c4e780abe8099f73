/**
 * Progress of a large write made in one transaction (an import of a bulk notice file, a
 * restore): rows go to IndexedDB in batches, all issued at once so that IndexedDB never waits on
 * the reporting, and each batch reports as it completes.
 */

/** Reports records written so far, of all the records the write makes. */
export type WriteProgressReport = (written: number, total: number) => void;

/** Records per bulk write: small enough for a smooth progress bar, large enough to cost nothing. */
export const WRITE_BATCH = 2000;

export class WriteProgress {
  private written = 0;

  constructor(
    readonly total: number,
    private readonly report: WriteProgressReport = () => undefined,
  ) {
    report(0, total);
  }

  /** Issues `rows` through `write` in batches; each batch counts once it is written. */
  batches<T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>): Array<Promise<void>> {
    const issued: Array<Promise<void>> = [];
    for (let i = 0; i < rows.length; i += WRITE_BATCH) {
      const batch = rows.slice(i, i + WRITE_BATCH);
      issued.push(
        write(batch).then(() => {
          this.written += batch.length;
          this.report(this.written, this.total);
        }),
      );
    }
    return issued;
  }
}
