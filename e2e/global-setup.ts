/**
 * Runs once before the E2E suite: Chromium must exist, and the renderer and the bridge probe are
 * built (only when their sources changed since the last build).
 */
import { existsSync } from 'node:fs';
import { ensureProbeBuild, ensureWebBuild } from './build';
import { CHROMIUM_PATH } from './chromium';

/** Vitest global setup. */
export async function setup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install it with: apt-get update && apt-get install -y chromium`,
    );
  }
  await ensureWebBuild();
  await ensureProbeBuild();
}
