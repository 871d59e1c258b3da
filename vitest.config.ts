import { defineConfig } from 'vitest/config';

// Unit and component tests. Core tests run in Node; component tests opt into jsdom with a docblock.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx', 'tests/cli/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
