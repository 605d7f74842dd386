import { configDefaults, defineConfig } from 'vitest/config';
import { ALONE_SITE_TESTS, SITE_TESTS } from './tests/siteTests.ts';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Build tests spawn Astro and Pagefind; the machine has two cores.
    maxWorkers: 2,
    projects: [
      // `npm run test:unit`: everything that needs no built site, in seconds.
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SITE_TESTS], globalSetup: ['tests/testTmp.ts'] } },
      // Builds the fixture site once, then reads it back (pages, feeds, sitemap, browser and accessibility tests).
      { extends: true, test: { name: 'site', include: [...SITE_TESTS], exclude: [...configDefaults.exclude, ...ALONE_SITE_TESTS], globalSetup: ['tests/testTmp.ts', 'tests/globalSetup.ts'] } },
      // Lighthouse's scores follow the machine's load: audited once the other projects are done (its own fixture build), not beside the tests that build sites.
      { extends: true, test: { name: 'lighthouse', include: [...ALONE_SITE_TESTS], globalSetup: ['tests/testTmp.ts', 'tests/globalSetup.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
