import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Integration tests run the real zig, Astro and Chromium: generous limits, no parallel
    // files (the machine has 2 cores and each of those tools uses both).
    testTimeout: 300_000,
    hookTimeout: 900_000,
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/plugins/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // Builds the fixture course's site once (both editions, search, PDFs) for every test that reads it.
          globalSetup: ['tests/helpers/global-fixture-site.ts'],
        },
      },
    ],
  },
});
