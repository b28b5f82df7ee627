import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Property tests run 1,000 cases each; CI machines may be busy.
    testTimeout: 60_000,
  },
});
