import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      // 8,000 fuzz cases take 5 s on a busy 2-core machine: more than vitest's default 5 s per test.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      {
        // Real Chromium against the production build in dist/ (see tests/browser/harness.ts).
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/serve-dist.ts'],
          // 2 cores shared by several test runs: a 15-click test took 27 s alone and over 60 s under load.
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // Two files at a time: much of a browser test is waiting (page loads, polls), so two
          // Chromiums share 2 cores well; each test has its own context, each file its own browser.
          fileParallelism: true,
        },
      },
    ],
  },
});
