/**
 * `npm start`: open Bid Desk. Builds the renderer (Vite) and the Electron bundles (esbuild), then
 * launches Electron. Where Electron cannot run (no binary and no way to download it, as on
 * offline machines), it says so in one sentence and opens browser mode (`npm run start:web`)
 * instead, so this one command always opens Bid Desk. Extra arguments are passed to Electron
 * (`npm start -- notice.json` opens a file).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleElectron } from './bundle-electron';
import { chooseLaunch, type LaunchChoice } from './choose-runtime';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function electronPackageDir(): string | null {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function decide(downloadTried: boolean): LaunchChoice {
  return chooseLaunch({
    packageDir: electronPackageDir(),
    platform: process.platform,
    env: process.env,
    exists: existsSync,
    readText: (file) => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return null;
      }
    },
    downloadTried,
  });
}

/** The electron package's own installer; quiet, because its failure is a stack trace. */
function downloadElectron(packageDir: string): void {
  console.log('Downloading Electron (first start only)…');
  spawnSync(process.execPath, [path.join(packageDir, 'install.js')], {
    stdio: 'ignore',
    timeout: 180_000,
  });
}

/** Exit with the child, and pass Ctrl+C on to it. */
function follow(child: ChildProcess): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function buildAll(): Promise<void> {
  console.log('Building Bid Desk…');
  const { build } = await import('vite');
  // vite.config.ts says `root: 'renderer'`, which Vite resolves from the working directory.
  await build({
    root: path.join(root, 'renderer'),
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
  });
  await bundleElectron({ root });
}

async function start(): Promise<void> {
  let choice = decide(false);
  if (choice.kind === 'download') {
    const packageDir = electronPackageDir();
    if (packageDir) downloadElectron(packageDir);
    choice = decide(true);
  }
  if (choice.kind === 'electron') {
    await buildAll();
    const env = { ...process.env };
    // Set by some tools for their own child processes; it would make Electron act as plain Node.
    delete env.ELECTRON_RUN_AS_NODE;
    follow(
      spawn(choice.executable, ['.', ...process.argv.slice(2)], {
        cwd: root,
        stdio: 'inherit',
        env,
      }),
    );
    return;
  }
  if (choice.kind === 'browser') {
    console.log(choice.reason);
    const npm = process.env.npm_execpath;
    const child = npm
      ? spawn(process.execPath, [npm, 'run', '-s', 'start:web'], { cwd: root, stdio: 'inherit' })
      : spawn('npm', ['run', '-s', 'start:web'], {
          cwd: root,
          stdio: 'inherit',
          shell: process.platform === 'win32',
        });
    follow(child);
  }
}

start().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
