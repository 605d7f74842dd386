import { describe, expect, it } from 'vitest';
import { hasChromium } from './chromium';
import { useFixtureSiteInChromium } from './fixtureBrowser';

describe.skipIf(!hasChromium)('result cards on the search page in Chromium', () => {
  const site = useFixtureSiteInChromium();

  it('gives each open vacancy its last day to apply, with how soon when it is near', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/cari/?q=teknisi`);
    await page.waitForFunction(() => /ditemukan/.test(document.getElementById('search-status')?.textContent ?? ''));
    const lines = await page.locator('#search-results li p:nth-of-type(2)').allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/ · (Batas lamaran|Ditutup (hari ini|besok|dalam \d hari) \(batas lamaran) \d{1,2} \S+ \d{4}\)?$/);
    await page.close();
  });
});
