import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_TESTS } from '../siteTests';

/** What marks a test that reads the built fixture site: the injected site, or Chromium serving it. */
const READS_SITE = /inject\('fixtureSite'\)|useFixtureSiteInChromium\(/;

const siteFiles = new Set(fs.globSync([...SITE_TESTS]));
const allTests = fs.globSync('tests/**/*.test.ts');

describe('test projects', () => {
  it('runs every test that reads the built site in the site project', () => {
    expect(allTests.filter((file) => READS_SITE.test(fs.readFileSync(file, 'utf8')) && !siteFiles.has(file))).toEqual([]);
  });

  it('lists no site test pattern that matches no file', () => {
    expect(SITE_TESTS.filter((pattern) => fs.globSync(pattern).length === 0)).toEqual([]);
  });

  it('keeps in the site project only tests that read the built site', () => {
    expect([...siteFiles].filter((file) => !READS_SITE.test(fs.readFileSync(file, 'utf8')))).toEqual([]);
  });
});
