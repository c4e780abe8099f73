import { defineConfig } from 'vitest/config';

/**
 * The E2E suite: the built renderer in real Chromium (see e2e/harness.ts). One file at a time,
 * because each test runs its own browser and the machines have two cores.
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/e2e.json' },
  },
});
