import { describe, expect, it } from 'vitest';
import { hasChromium } from './chromium';
import { useFixtureSiteInChromium } from './fixtureBrowser';

describe.skipIf(!hasChromium)('a vacancy applied to at the office', () => {
  const site = useFixtureSiteInChromium();

  for (const width of [360, 1280]) {
    it(`shows the publishing office's address, hours and a phone link in the apply box at ${width} px, without the unsafe map link`, async () => {
      const page = await site.browser().newPage({ viewport: { width, height: 800 } });
      await page.goto(`${site.url()}/lowongan/disnaker-uji-u-6/`);
      const apply = page.getByRole('region', { name: 'Cara melamar' });
      expect(await apply.getByRole('heading', { level: 3 }).innerText()).toBe('Alamat kantor untuk mendaftar');
      expect(await apply.locator('dl').innerText()).toMatchInlineSnapshot(`
        "Alamat
        Jl. Contoh No. 1, Kota Uji (alamat contoh)
        Jam layanan
        Senin–Jumat 08.00–15.00 WIB
        Telepon
        (022) 555‑0100 (nomor contoh)"
      `);
      expect(await apply.getByRole('link', { name: '(022) 555‑0100 (nomor contoh)' }).getAttribute('href')).toBe('tel:0225550100');
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      await page.close();
    });
  }

  it('shows no office box on a vacancy applied to online', async () => {
    const page = await site.browser().newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${site.url()}/lowongan/disnaker-uji-u-1/`);
    expect(await page.getByText('Alamat kantor untuk mendaftar').count()).toBe(0);
    await page.close();
  });
});
