/** Where Chromium is and how to start it on these machines (see toolchain.md). */
import { readdir, readFile, rm } from 'node:fs/promises';
import { setTimeout } from 'node:timers/promises';
import type { BrowserContext } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`); CHROMIUM_PATH overrides it elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch flags for these machines (see toolchain.md): no sandbox, GPU or background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** PIDs of the processes whose command line names `dir` (Linux's /proc; none elsewhere). */
async function processesUsing(dir: string): Promise<number[]> {
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return [];
  }
  const found: number[] = [];
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(dir)) found.push(pid);
  }
  return found;
}

/**
 * Close a persistent context (if still open) and remove its profile folder. Closing returns when
 * the browser process has exited, but its helpers (the crash handler, a utility process) can go
 * on writing into the profile for a moment, and an `rm` racing them fails with ENOTEMPTY; a
 * benchmark that dies at its clean-up reports nothing. So wait until no process names the folder
 * (up to 15 s), then remove it, retrying a few times as a fallback; a folder that still will not
 * go is named on stderr and left in the temporary folder.
 */
export async function closeAndRemoveProfile(
  profile: string,
  context?: BrowserContext | null,
): Promise<void> {
  await context?.close().catch(() => undefined);
  const giveUpAt = Date.now() + 15_000;
  while ((await processesUsing(profile)).length > 0 && Date.now() < giveUpAt) {
    await setTimeout(100);
  }
  try {
    await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch (error: unknown) {
    // Left in the temporary folder rather than losing the run's results to its clean-up.
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Could not remove the Chromium profile ${profile}: ${reason}\n`);
  }
}
