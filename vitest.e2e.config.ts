import { defineConfig } from 'vitest/config';

// The e2e tier: the production build in real Chromium and Firefox. One file at a time: each
// launches real browsers, and the machine has two cores.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    // Real browsers on a loaded two-core machine: one retry absorbs a timing hiccup; a defect
    // fails both attempts (and vitest reports every retried test as flaky).
    retry: 1,
    hookTimeout: 90_000,
  },
});
