import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // Browser tests start Chromium; they get a longer budget than unit tests.
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
