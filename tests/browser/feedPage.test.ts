import { describe, expect, it } from 'vitest';
import { hasChromium } from './chromium';
import { useFixtureSiteInChromium } from './fixtureBrowser';

describe.skipIf(!hasChromium)('feeds opened in a browser', () => {
  const site = useFixtureSiteInChromium();

  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 900 }]) {
    it(`shows the nationwide feed as a page that explains how to follow it, with its address to copy, at ${viewport.width} px`, async () => {
      const page = await site.browser().newPage({ viewport });
      await page.goto(`${site.url()}/lowongan/feed.xml`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Lowongan kerja baru: semua wilayah · Loker Terbuka');
      await expect(page.getByRole('heading', { name: 'Cara mengikuti' }).isVisible()).resolves.toBe(true);
      await expect(page.getByLabel('Alamat umpan, untuk disalin').inputValue()).resolves.toBe('https://loker-terbuka.example.id/lowongan/feed.xml');
      expect(await page.locator('main li a').count()).toBe(16);
      await page.close();
    });
  }

  it('offers an overseas feed beside the overseas overview', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/luar-negeri/`);
    const feed = page.getByRole('link', { name: /Ikuti lowongan baru di luar negeri/ });
    expect(await feed.getAttribute('href')).toBe('/luar-negeri/feed.xml');
    await page.goto(`${site.url()}/luar-negeri/feed.xml`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Lowongan kerja baru: luar negeri · Loker Terbuka');
    await page.close();
  });
});
