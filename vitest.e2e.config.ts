import { defineConfig } from 'vitest/config';

/** Browser tests: the built app in Debian's Chromium through playwright-core. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Two cores: one browser at a time keeps timings and focus behaviour stable.
    maxWorkers: 1,
  },
});
