import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');

/** The app's own policy, so the probe runs IndexedDB and the engine under the CSP users get. */
function appCsp(): string {
  const html = readFileSync(join(repoRoot, 'renderer', 'index.html'), 'utf8');
  const meta = /<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*>/i.exec(html)?.[0];
  const csp = meta && /\bcontent="([^"]*)"/.exec(meta)?.[1];
  if (!csp) throw new Error('renderer/index.html declares no Content-Security-Policy');
  return csp;
}

/**
 * The app benchmark's probe page (`npm run bench:app`), built like the renderer. bench/app.ts
 * passes `--outDir` so that the probe lands inside the app's build and shares its origin (and so
 * its IndexedDB).
 */
export default defineConfig({
  root: here,
  base: './',
  plugins: [
    {
      name: 'bid-desk-app-csp',
      transformIndexHtml: (html) => html.replace('%APP_CSP%', appCsp()),
    },
  ],
  build: {
    outDir: join(repoRoot, 'test-output', 'bench-app', 'web', 'probe'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
