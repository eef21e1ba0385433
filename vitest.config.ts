import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    // End-to-end builds and browser tests start real Eleventy and Chromium processes.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
