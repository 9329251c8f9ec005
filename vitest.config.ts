import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Integration tests run the real zig, Astro and Chromium: generous limits, no parallel
    // files (the machine has 2 cores and each of those tools uses both).
    testTimeout: 300_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
