import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 300_000,
    hookTimeout: 900_000,
    projects: [
      {
        extends: true,
        // Pure functions and plugins on strings: files run in parallel.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/plugins/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // These run the real zig, Astro and Chromium, each of which uses every core: one file at a time.
          fileParallelism: false,
          // Builds the fixture course's site once (both editions, search, PDFs) for every test that reads it.
          globalSetup: ['tests/helpers/global-fixture-site.ts'],
        },
      },
    ],
  },
});
