import { defineConfig } from 'vitest/config';

/** Unit and component tests. The E2E suite in real Chromium has its own config (vitest.e2e.config.ts). */
export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'test/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
  },
});
