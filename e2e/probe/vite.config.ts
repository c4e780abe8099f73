import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');

/**
 * The app's own policy, so the probe proves the worker under exactly the CSP users get. (Read
 * here rather than imported: Vite's config loader prefers configs without local TS imports.)
 */
function appCsp(): string {
  const html = readFileSync(join(repoRoot, 'renderer', 'index.html'), 'utf8');
  const meta = /<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*>/i.exec(html)?.[0];
  const csp = meta && /\bcontent="([^"]*)"/.exec(meta)?.[1];
  if (!csp) throw new Error('renderer/index.html declares no Content-Security-Policy');
  return csp;
}

/** The bridge probe page for the E2E suite: built like the renderer (see vite.config.ts). */
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
    outDir: join(repoRoot, 'test-output', 'e2e-probe'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  worker: { format: 'es' },
});
