import { describe, expect, it } from 'vitest';
import { hasChromium } from './chromium';
import { useFixtureSiteInChromium } from './fixtureBrowser';

const VIEWPORTS = [{ width: 360, height: 740 }, { width: 1280, height: 900 }];
const overflow = () => document.documentElement.scrollWidth - window.innerWidth;

describe.skipIf(!hasChromium)('trust, sharing and names a reader understands', () => {
  const site = useFixtureSiteInChromium();

  for (const viewport of VIEWPORTS) {
    it(`links every page to the about page, its contact and its fraud report channels at ${viewport.width} px`, async () => {
      const page = await site.browser().newPage({ viewport });
      await page.goto(`${site.url()}/wilayah/jawa-barat/`);
      await page.getByRole('contentinfo').getByRole('link', { name: 'Laporkan lowongan palsu' }).click();
      await page.waitForURL(/\/tentang\/#laporkan$/);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Tentang Loker Terbuka');
      const report = page.locator('h2#laporkan ~ dl').first();
      await expect(report.getByRole('link', { name: 'lapor@loker-terbuka.example.id' }).getAttribute('href')).resolves.toBe('mailto:lapor@loker-terbuka.example.id');
      await expect(report.getByRole('link', { name: '+6281100000000' }).getAttribute('href')).resolves.toBe('https://wa.me/6281100000000');
      await expect(page.getByText('Alamat dan nomor di halaman ini adalah contoh').isVisible()).resolves.toBe(true);
      await expect(page.getByRole('main').innerText()).resolves.toContain('Dinas Tenaga Kerja Uji (data contoh)');
      expect(await page.evaluate(overflow)).toBe(0);
      await page.close();
    });

    it(`offers WhatsApp, Telegram and the address to copy on an open vacancy at ${viewport.width} px`, async () => {
      const page = await site.browser().newPage({ viewport });
      await page.goto(`${site.url()}/lowongan/disnaker-uji-u-1/`);
      const address = 'https://loker-terbuka.example.id/lowongan/disnaker-uji-u-1/';
      const text = 'Lowongan Perawat Rawat Inap di RS Sehat Sentosa, Kota Bandung, Jawa Barat. Batas lamaran 31 Desember 2026.';
      await expect(page.getByRole('link', { name: 'Kirim lewat WhatsApp' }).getAttribute('href'))
        .resolves.toBe(`https://wa.me/?text=${encodeURIComponent(`${text} ${address}`)}`);
      await expect(page.getByRole('link', { name: 'Kirim lewat Telegram' }).getAttribute('href'))
        .resolves.toBe(`https://t.me/share/url?url=${encodeURIComponent(address)}&text=${encodeURIComponent(text)}`);
      await expect(page.getByLabel('Alamat lowongan ini, untuk disalin').inputValue()).resolves.toBe(address);
      await expect(page.locator('meta[property="og:title"]').getAttribute('content')).resolves.toBe('Perawat Rawat Inap – RS Sehat Sentosa · Loker Terbuka');
      await expect(page.locator('meta[name="twitter:card"]').getAttribute('content')).resolves.toBe('summary_large_image');
      expect(await page.evaluate(overflow)).toBe(0);
      await page.close();
    });

    it(`says the site is built from the sample, labels the header search and shows short place names on cards at ${viewport.width} px`, async () => {
      const page = await site.browser().newPage({ viewport });
      await page.goto(`${site.url()}/wilayah/`);
      await expect(page.getByRole('banner').getByText('Data contoh.').isVisible()).resolves.toBe(true);
      const search = page.getByRole('banner').getByRole('searchbox', { name: 'Cari lowongan' });
      await expect(search.isVisible()).resolves.toBe(true);
      await expect(search.getAttribute('placeholder')).resolves.toBe('mis. perawat, sopir, admin');
      await expect(page.getByRole('main').innerText()).resolves.toContain('DKI Jakarta');
      await page.goto(`${site.url()}/lowongan/disnaker-uji-u-4/`);
      await expect(page.locator('dl.key').innerText()).resolves.toContain('Jakarta Selatan, DKI Jakarta');
      await expect(page.locator('dl.facts').first().innerText()).resolves.toContain('Kota Administrasi Jakarta Selatan, Daerah Khusus Ibukota Jakarta');
      await expect(page.getByRole('link', { name: 'di Jakarta Selatan' }).isVisible()).resolves.toBe(true);
      await expect(page.locator('link[rel="icon"]').getAttribute('href')).resolves.toBe('/favicon.svg');
      await expect(page.request.get(`${site.url()}/favicon.svg`).then((r) => r.status())).resolves.toBe(200);
      await page.close();
    });
  }

  it('shares nothing on a closed vacancy', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/lowongan/disnaker-uji-u-4/`);
    expect(await page.getByRole('link', { name: 'Kirim lewat WhatsApp' }).count()).toBe(0);
    await page.close();
  });
});
