/**
 * The builds the E2E suite serves: the real renderer (dist/renderer) and a small probe page that
 * drives the browser bridge directly. Each is rebuilt only when a source is newer than it, so a
 * local re-run costs nothing; set E2E_REBUILD=1 to force both.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildRenderer, webRoot } from '../scripts/serve-web';
import { repoRoot, viteBuild } from '../scripts/vite-build';

export { repoRoot, webRoot };
/** The bridge probe page (e2e/probe), built beside the other test output. */
export const probeRoot = join(repoRoot, 'test-output', 'e2e-probe');

const rendererInputs = [
  'renderer',
  'shared',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
];
const probeInputs = ['e2e/probe', 'renderer', 'shared', 'package-lock.json'];

/** Build the renderer unless dist/renderer is newer than every input. */
export async function ensureWebBuild(): Promise<void> {
  if (isFresh(webRoot, rendererInputs)) return;
  await buildRenderer();
}

/** Build the probe page unless its output is newer than every input. */
export async function ensureProbeBuild(): Promise<void> {
  if (isFresh(probeRoot, probeInputs)) return;
  await viteBuild(['--config', 'e2e/probe/vite.config.ts']);
}

function isFresh(outDir: string, inputs: readonly string[]): boolean {
  if (process.env.E2E_REBUILD) return false;
  const marker = join(outDir, 'index.html');
  if (!existsSync(marker)) return false;
  const built = statSync(marker).mtimeMs;
  return inputs.every((input) => newestChange(join(repoRoot, input)) <= built);
}

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs; // a deleted file only shows as its folder changing
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.includes('.test.')) continue;
    newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}
