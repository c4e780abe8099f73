import path from 'node:path';

/**
 * Files the user opened with Bid Desk (double-click, "Open with", dropped on the Dock icon, a
 * second launch) before the window could take them. They wait here, in order, until the page
 * has loaded; after that they go straight through. When the window closes the queue waits
 * again until the next one is ready.
 */
export class PendingFiles {
  private queue: string[] = [];
  private deliver: ((paths: string[]) => void) | null = null;

  /** Hand files over now if the window is ready, or keep them until it is. */
  add(paths: readonly string[]): void {
    if (paths.length === 0) return;
    if (this.deliver) this.deliver([...paths]);
    else this.queue.push(...paths);
  }

  /** The window is ready: deliver what waited (once) and everything that comes later. */
  ready(deliver: (paths: string[]) => void): void {
    this.deliver = deliver;
    const waiting = this.queue;
    this.queue = [];
    if (waiting.length > 0) deliver(waiting);
  }

  /** The window went away: keep files again until the next one is ready. */
  pause(): void {
    this.deliver = null;
  }

  /** Files still waiting. */
  get waiting(): readonly string[] {
    return this.queue;
  }
}

/**
 * The files named on a command line (first launch, or a second launch's argv). Skips the
 * executable, the app folder when run unpackaged (`electron .`), and switches Chromium or the
 * OS add (`--something`, macOS's `-psn_…`). Relative paths are resolved against the directory
 * the command was run in.
 */
export function filePathsFromArgv(
  argv: readonly string[],
  options: { unpackaged: boolean; workingDirectory: string },
): string[] {
  const args = argv.slice(options.unpackaged ? 2 : 1);
  return args
    .filter((arg) => arg.length > 0 && !arg.startsWith('-'))
    .map((arg) => path.resolve(options.workingDirectory, arg));
}
