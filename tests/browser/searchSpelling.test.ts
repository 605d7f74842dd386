import { describe, expect, it } from 'vitest';
import { hasChromium } from './chromium';
import { useFixtureSiteInChromium } from './fixtureBrowser';

describe.skipIf(!hasChromium)('spelling help on the search page in Chromium', () => {
  const site = useFixtureSiteInChromium();
  const settled = (page: import('playwright-core').Page) =>
    page.waitForFunction(() => /ditemukan|Tidak ada lowongan/.test(document.getElementById('search-status')?.textContent ?? ''));

  it('shows results for the corrected word, and searches the word as typed when asked', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/cari/?q=teknsi`);
    await settled(page);
    expect(await page.locator('#search-spelling').textContent()).toMatchInlineSnapshot(`"Menampilkan hasil untuk teknisi. Cari teknsi saja?"`);
    expect(await page.locator('#search-results li h2').allTextContents()).toEqual(expect.arrayContaining(['Teknisi Listrik']));
    await page.locator('#search-spelling a').click();
    await page.waitForURL(/persis=ya/);
    await page.waitForFunction(() => /Tidak ada lowongan untuk "teknsi"/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.locator('#search-spelling').count()).toBe(0);
    await page.close();
  });

  it('corrects nothing when the index knows the word, and does not download the spelling list for a trade word', async () => {
    const page = await site.browser().newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${site.url()}/cari/?q=teknisi`);
    await settled(page);
    expect(await page.locator('#search-spelling').count()).toBe(0);
    expect(fetched).toContain('/cari/jabatan.json');
    expect(fetched).not.toContain('/cari/kata.json');
    // A word that names no trade is checked against the spelling list.
    await page.goto(`${site.url()}/cari/?q=teknsi`);
    await settled(page);
    expect(fetched).toContain('/cari/kata.json');
    await page.close();
  });
});
