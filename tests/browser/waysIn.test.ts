import { describe, expect, it } from 'vitest';
import { hasChromium } from './chromium';
import { useFixtureSiteInChromium } from './fixtureBrowser';

const VIEWPORTS = [{ width: 360, height: 740 }, { width: 1280, height: 900 }];
const overflow = () => document.documentElement.scrollWidth - window.innerWidth;

describe.skipIf(!hasChromium)('ways into the lists', () => {
  const site = useFixtureSiteInChromium();

  for (const viewport of VIEWPORTS) {
    it(`leads from any footer to every province, every occupation major group, all open vacancies and the open data at ${viewport.width} px`, async () => {
      const page = await site.browser().newPage({ viewport });
      await page.goto(`${site.url()}/lowongan/disnaker-uji-u-1/`);
      const footer = page.getByRole('contentinfo');
      await footer.getByRole('link', { name: 'Menurut wilayah' }).click();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Lowongan menurut wilayah');
      expect(await page.evaluate(overflow)).toBe(0);
      await expect(page.getByRole('main').innerText()).resolves.toContain('Belum ada lowongan dibuka: Aceh, Sumatera Barat');
      await page.getByRole('link', { name: 'Penempatan di seluruh Indonesia' }).click();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Lowongan dengan penempatan di seluruh Indonesia');

      await page.getByRole('contentinfo').getByRole('link', { name: 'Menurut jabatan' }).click();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Lowongan menurut jabatan');
      await page.getByRole('link', { name: 'Profesional', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Lowongan Profesional');

      await page.getByRole('contentinfo').getByRole('link', { name: 'Semua lowongan' }).click();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Semua lowongan dibuka');
      expect(await page.locator('.cards .card').count()).toBe(16);
      expect(await page.evaluate(overflow)).toBe(0);

      await page.getByRole('contentinfo').getByRole('link', { name: 'Data terbuka' }).click();
      expect(new URL(page.url()).pathname).toBe('/data/');
      await page.close();
    });
  }
});
