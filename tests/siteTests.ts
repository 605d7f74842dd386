/** The test files that read the fixture site built by tests/globalSetup.ts (inject('fixtureSite'), or Chromium on it): the `site` project; every other test is a `unit` test and runs without a build (tests/tooling/testProjects.test.ts keeps this list true). */
export const SITE_TESTS: readonly string[] = [
  'tests/build/build.test.ts',
  'tests/build/history.test.ts',
  'tests/build/update.test.ts',
  'tests/build/incremental.test.ts',
  'tests/browser/**/*.test.ts',
  'tests/a11y/**/*.test.ts',
  'tests/sitemap/**/*.test.ts',
  'tests/pages/pages.test.ts',
  'tests/pages/weight.test.ts',
  'tests/pages/previewImages.test.ts',
  'tests/feeds/feeds.test.ts',
  'tests/seo/builtPages.test.ts',
  'tests/opendata/builtData.test.ts',
  'tests/gates/gates.test.ts',
  'tests/lighthouse/**/*.test.ts',
  'tests/stats/builtStats.test.ts',
];

/** Site tests run alone, after the others (their own project): Lighthouse's scores follow the machine's load. */
export const ALONE_SITE_TESTS: readonly string[] = ['tests/lighthouse/**/*.test.ts'];
