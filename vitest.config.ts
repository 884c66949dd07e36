import { defineConfig } from 'vitest/config';

// Unit tests run in Node: the core gets a DOM from jsdom where a test needs one.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
