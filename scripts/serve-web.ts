/**
 * `npm run start:web`: build the renderer and serve it on 127.0.0.1 so Bid Desk runs in the
 * user's own browser. Stays in the foreground until Ctrl+C.
 *
 *   tsx scripts/serve-web.ts [--port <n>] [--no-open] [--skip-build]
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server';
import { repoRoot, viteBuild } from './vite-build';

/** Where `vite build` writes the renderer (see vite.config.ts). */
export const webRoot = join(repoRoot, 'dist', 'renderer');
export const DEFAULT_PORT = 5180;

export interface ServeWebArgs {
  port: number;
  open: boolean;
  build: boolean;
}

/** Read the command line; throws with a usage message on anything it does not understand. */
export function parseServeWebArgs(argv: readonly string[]): ServeWebArgs {
  const args: ServeWebArgs = { port: DEFAULT_PORT, open: true, build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-open') args.open = false;
    else if (arg === '--skip-build') args.build = false;
    else if (arg === '--port' || arg?.startsWith('--port=')) {
      const value = arg === '--port' ? argv[++i] : arg.slice('--port='.length);
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new Error(`--port needs a number from 0 to 65535, not "${value ?? ''}"`);
      }
      args.port = port;
    } else {
      throw new Error(
        `Unknown option "${arg ?? ''}". Usage: serve-web [--port <n>] [--no-open] [--skip-build]`,
      );
    }
  }
  return args;
}

/** The renderer's production build (vite.config.ts), whatever folder the script started in. */
export function buildRenderer(): Promise<void> {
  return viteBuild();
}

/** Ask the OS to open `url` in the default browser. Best effort: failures only mean no tab. */
function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // The address is printed either way.
  }
}

async function main(): Promise<void> {
  let args: ServeWebArgs;
  try {
    args = parseServeWebArgs(process.argv.slice(2));
  } catch (error: unknown) {
    console.error((error as Error).message);
    process.exit(2);
  }
  if (args.build) {
    console.log('Building Bid Desk…');
    await buildRenderer();
  }
  const server = await startStaticServer({ root: webRoot, port: args.port }).catch(
    (error: unknown) => {
      const code = (error as { code?: string }).code;
      if (code === 'EADDRINUSE') console.error(`Port ${args.port} is in use; try --port <n>.`);
      else if (code === 'ENOENT')
        console.error(`No build in ${webRoot}; run without --skip-build.`);
      else console.error(error);
      process.exit(1);
    },
  );
  console.log(`Bid Desk is running at ${server.url}`);
  console.log('Press Ctrl+C to stop.');
  if (args.open) openBrowser(server.url);

  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Run only as a script, so tests can import the argument parser.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
