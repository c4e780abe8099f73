/**
 * Run `vite build` in its own process. A child process, not Vite's API, because a caller such as
 * Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
 */
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `vite build <args>` from the repository root, as a production build. Rejects if it fails. */
export function viteBuild(args: readonly string[] = []): Promise<void> {
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn', ...args], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  return new Promise((resolveBuild, rejectBuild) => {
    child.on('error', rejectBuild);
    child.on('exit', (code) =>
      code === 0 ? resolveBuild() : rejectBuild(new Error(`vite build failed (exit ${code})`)),
    );
  });
}
