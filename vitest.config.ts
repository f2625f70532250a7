import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/golden/**', 'node_modules/**'],
    // The CLI the tests start is the compiled one (dist/): built once here when the generator's sources are newer.
    globalSetup: ['test/helpers/build-cli.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Two cores: the package-building suites are heavy, so files run two at a time at most.
    maxWorkers: 2,
  },
});
