import path from 'node:path';
import { build } from 'esbuild';

/** The three scripts Electron runs, and where the build puts them (package.json `main` is the first). */
export const ELECTRON_BUNDLES = [
  { entry: 'electron/main.ts', outfile: 'dist/electron/main.cjs' },
  { entry: 'electron/preload.ts', outfile: 'dist/electron/preload.cjs' },
  { entry: 'electron/import/import-worker.ts', outfile: 'dist/electron/import-worker.cjs' },
] as const;

export interface BundleOptions {
  /** The repository root (where package.json is). */
  root: string;
  /** Put the bundles somewhere else (tests); defaults to the paths in ELECTRON_BUNDLES. */
  outDir?: string;
}

/**
 * Bundle main, preload and the import worker with esbuild. CommonJS, because a sandboxed
 * preload cannot be an ES module; `electron` stays external (Electron provides it); everything
 * else, zod and the import engine included, is inlined so the packaged app needs no node_modules.
 * Returns the written files.
 */
export async function bundleElectron(options: BundleOptions): Promise<string[]> {
  const written: string[] = [];
  for (const bundle of ELECTRON_BUNDLES) {
    const outfile = options.outDir
      ? path.join(options.outDir, path.basename(bundle.outfile))
      : path.join(options.root, bundle.outfile);
    await build({
      absWorkingDir: options.root,
      entryPoints: [bundle.entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      // Electron 45 runs Node 22.
      target: 'node22',
      external: ['electron'],
      sourcemap: true,
      logLevel: 'warning',
      legalComments: 'none',
    });
    written.push(outfile);
  }
  return written;
}
