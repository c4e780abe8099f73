import react from '@vitejs/plugin-react';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { devServerCspPlugin } from './scripts/dev-csp.ts';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

/**
 * The renderer, built once and loaded by Electron (app:// protocol) or served in browser mode.
 * `npm run dev` serves it with hot reload; only then is the CSP relaxed (scripts/dev-csp.ts).
 */
export default defineConfig(({ command }) => {
  const nonce = command === 'serve' ? randomBytes(16).toString('base64') : undefined;
  return {
    root: 'renderer',
    base: './',
    plugins: [react(), ...(nonce ? [devServerCspPlugin(nonce)] : [])],
    ...(nonce ? { html: { cspNonce: nonce } } : {}),
    // Backups record which Bid Desk wrote them.
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
    // Another port than start:web's 5180: the browser keeps the dev server's data apart.
    server: { host: '127.0.0.1', port: 5173, strictPort: true },
    build: {
      outDir: '../dist/renderer',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      // A desktop app loads from disk: one 800 kB bundle is fine and keeps start-up simple.
      chunkSizeWarningLimit: 1500,
    },
    worker: { format: 'es' },
  };
});
