import { defineConfig } from 'vitest/config';

/** Real-browser tests: the production build in Chromium and Firefox ESR, one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/browsers/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browsers/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // A failure is retried once to tell a flaky harness from a broken feature; both are reported.
    retry: 0,
  },
});
