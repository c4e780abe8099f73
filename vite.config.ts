import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer, built once and loaded by Electron (app:// protocol) or served in browser mode. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
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
