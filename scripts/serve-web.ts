/**
 * `npm run start:web`: build the renderer and serve it on 127.0.0.1 so Bid Desk runs in the
 * user's own browser. Stays in the foreground until Ctrl+C.
 *
 *   tsx scripts/serve-web.ts [--port <n>] [--no-open] [--skip-build]
 */
import { execFile, spawn } from 'node:child_process';
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

/**
 * The program listening on `port`, as "node (process 1234)", if this OS can say cheaply (`ss` on
 * Linux, `lsof` on macOS and elsewhere); null when neither is there or neither knows.
 */
export async function whoListensOn(port: number): Promise<string | null> {
  const run = (command: string, args: string[]): Promise<string> =>
    new Promise((done) => {
      execFile(command, args, { timeout: 2000 }, (error, stdout) => done(error ? '' : stdout));
    });
  const ss = /users:\(\("([^"]+)",pid=(\d+)/.exec(
    await run('ss', ['-H', '-ltnp', `sport = :${port}`]),
  );
  if (ss) return `${ss[1]} (process ${ss[2]})`;
  const lsof = /^p(\d+)\nc(.+)$/m.exec(
    await run('lsof', ['-nP', `-iTCP:${port}`, '-sTCP:LISTEN', '-Fpc']),
  );
  return lsof ? `${lsof[2]} (process ${lsof[1]})` : null;
}

/**
 * Why Bid Desk will not open on another port instead: the browser keeps its data per address, so
 * another port would show an empty Bid Desk and the user's bids would seem lost.
 */
export function portTakenMessage(port: number, holder: string | null): string {
  const by = holder ? ` by ${holder}` : '';
  return [
    `Bid Desk did not start: port ${port} on 127.0.0.1 is already in use${by}.`,
    `Your browser keeps Bid Desk's data per address (http://127.0.0.1:${port}/), so opening on another port would show an empty Bid Desk.`,
    `Close the other Bid Desk or the program using the port, then run this again. To keep a separate set of data on purpose, choose a port with --port <n>.`,
  ].join('\n');
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
    async (error: unknown) => {
      const code = (error as { code?: string }).code;
      if (code === 'EADDRINUSE')
        console.error(portTakenMessage(args.port, await whoListensOn(args.port)));
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
