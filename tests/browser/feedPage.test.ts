import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from './chromium';
import { useFixtureSiteInChromium } from './fixtureBrowser';

describe.skipIf(!hasChromium)('feeds for people', () => {
  const site = useFixtureSiteInChromium();

  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 900 }]) {
    it(`gives the nationwide feed a page that explains how to follow it, with its address to copy, at ${viewport.width} px`, async () => {
      const page = await site.browser().newPage({ viewport });
      await page.goto(`${site.url()}/lowongan/ikuti/`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Lowongan kerja baru dari semua wilayah');
      await expect(page.getByRole('heading', { name: 'Cara mengikuti' }).isVisible()).resolves.toBe(true);
      await expect(page.getByLabel('Alamat umpan, untuk disalin').inputValue()).resolves.toBe('https://loker-terbuka.example.id/lowongan/feed.xml');
      expect(await page.getByRole('link', { name: 'Buka umpan RSS (XML) untuk aplikasi pembaca' }).getAttribute('href')).toBe('/lowongan/feed.xml');
      expect(await page.locator('.feed-items li a').count()).toBe(16);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      await page.close();
    });
  }

  it('links the overseas overview to the overseas feed\'s page, which names it', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/luar-negeri/`);
    const feed = page.getByRole('link', { name: /Ikuti lowongan baru di luar negeri/ });
    expect(await feed.getAttribute('href')).toBe('/luar-negeri/ikuti/');
    await feed.click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Lowongan kerja baru di luar negeri');
    await page.close();
  });

  it('keeps every feed plain RSS for readers, without an XSLT stylesheet, and a page beside each', () => {
    const { outDir } = inject('fixtureSite');
    const feeds = fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => path.basename(f) === 'feed.xml');
    expect(feeds.length).toBeGreaterThan(10);
    for (const feed of feeds) {
      expect(fs.readFileSync(path.join(outDir, feed), 'utf8'), feed).not.toContain('xml-stylesheet');
      expect(fs.existsSync(path.join(outDir, path.dirname(feed), 'ikuti', 'index.html')), feed).toBe(true);
    }
    expect(fs.existsSync(path.join(outDir, 'feed.xsl'))).toBe(false);
  });
});
