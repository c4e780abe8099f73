/**
 * Lets a progress update through at most once per interval. Reading a file produces an update
 * per chunk (hundreds a second on a fast disk); the renderer only needs enough to move a bar.
 */
export class ProgressThrottle {
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when an update may be sent now (and records that it was). */
  take(): boolean {
    const time = this.now();
    if (time - this.last < this.intervalMs) return false;
    this.last = time;
    return true;
  }
}
