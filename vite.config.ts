import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

/** The renderer, built once and loaded by Electron (app:// protocol) or served in browser mode. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // Backups record which Bid Desk wrote them.
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // A desktop app loads from disk: one 800 kB bundle is fine and keeps start-up simple.
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
});
