import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Build tests spawn Astro and Pagefind; the machine has two cores.
    maxWorkers: 2,
  },
});
