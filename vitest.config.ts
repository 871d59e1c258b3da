import { defineConfig } from 'vitest/config';

// Unit and component tests. Core tests run in Node; component tests opt into jsdom with a docblock.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx', 'tests/cli/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // The slowest component tests take about 2.5 s here on an idle machine and twice that under load; a test that
    // passes on a slow CI host is not a product failure, so the limit leaves room instead of vitest's 5 s.
    testTimeout: 20_000,
  },
});
