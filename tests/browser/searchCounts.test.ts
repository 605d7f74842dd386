import { describe, expect, it } from 'vitest';
import { hasChromium } from './chromium';
import { useFixtureSiteInChromium } from './fixtureBrowser';

describe.skipIf(!hasChromium)('filter option counts on the search page in Chromium', () => {
  const site = useFixtureSiteInChromium();
  const options = (page: import('playwright-core').Page) => page.locator('select[name="provinsi"] option').allTextContents();

  it('shows the build counts before any words, and no counts once words are searched (they would ignore the words)', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/cari/`);
    await page.waitForFunction(() => /Ketik kata kunci/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect((await options(page)).slice(1).every((text) => /\(\d+\)$/.test(text))).toBe(true);
    await page.goto(`${site.url()}/cari/?q=teknisi`);
    await page.waitForFunction(() => /ditemukan/.test(document.getElementById('search-status')?.textContent ?? ''));
    const withWords = await options(page);
    expect(withWords.length).toBeGreaterThan(1);
    for (const text of withWords) expect(text).not.toMatch(/\(\d+\)$/);
    await page.close();
  });
});
