import { defineConfig } from 'vitest/config';

// End-to-end tests: the built site served by `vite preview` on 127.0.0.1, driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
