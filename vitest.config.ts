import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/golden/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Two cores: the package-building suites are heavy, so files run two at a time at most.
    maxWorkers: 2,
  },
});
