import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests start processes or hold a real heap; shared machines can be slow, never wrong.
    testTimeout: 30_000,
  },
});
