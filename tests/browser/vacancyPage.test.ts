import { describe, expect, it } from 'vitest';
import { hasChromium } from './chromium';
import { useFixtureSiteInChromium } from './fixtureBrowser';

const VIEWPORTS = [{ width: 360, height: 740 }, { width: 1280, height: 900 }];

describe.skipIf(!hasChromium)('a vacancy page on a phone and on a desktop', () => {
  const site = useFixtureSiteInChromium();

  for (const viewport of VIEWPORTS) {
    it(`shows title, employer, place, pay, deadline and a full-width apply button in the first 800 px at ${viewport.width} px`, async () => {
      const page = await site.browser().newPage({ viewport });
      await page.goto(`${site.url()}/lowongan/disnaker-uji-u-1/`);
      const apply = await page.getByRole('link', { name: 'Lamar melalui situs pemberi kerja' }).boundingBox();
      expect(apply!.y + apply!.height).toBeLessThanOrEqual(800);
      const section = await page.locator('.apply').boundingBox();
      if (viewport.width === 360) expect(apply!.width).toBeGreaterThan(section!.width - 40);
      const key = await page.locator('dl.key').innerText();
      for (const part of ['RS Sehat Sentosa', 'Kota Bandung, Jawa Barat', 'Rp 5.000.000 – Rp 6.500.000 per bulan', 'Batas lamaran', '31 Desember 2026']) {
        expect(key).toContain(part);
      }
      const keyBox = await page.locator('dl.key').boundingBox();
      expect(keyBox!.y).toBeLessThan(apply!.y);
      await page.close();
    });
  }

  it('names the employer once in the page content and runs no script', async () => {
    const page = await site.browser().newPage({ viewport: VIEWPORTS[0] });
    await page.goto(`${site.url()}/lowongan/disnaker-uji-u-1/`);
    const main = await page.getByRole('main').innerText();
    expect(main.split('RS Sehat Sentosa').length - 1).toBe(1);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await page.close();
  });

  it('makes the e-mail address the apply button when the employer gave no link', async () => {
    const page = await site.browser().newPage({ viewport: VIEWPORTS[0] });
    await page.goto(`${site.url()}/lowongan/disnaker-uji-u-2/`);
    const button = page.getByRole('link', { name: 'Lamar lewat surel' });
    expect(await button.getAttribute('href')).toBe('mailto:hr@jalan.example.co.id');
    const box = await button.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);
    await expect(page.getByText('Kirim lamaran ke hr@jalan.example.co.id.').isVisible()).resolves.toBe(true);
    await page.close();
  });

  for (const viewport of VIEWPORTS) {
    it(`asks a job seeker to check the placement agency and its licence on an overseas vacancy at ${viewport.width} px`, async () => {
      const page = await site.browser().newPage({ viewport });
      await page.goto(`${site.url()}/lowongan/disnaker-uji-u-19/`);
      const section = page.getByRole('region', { name: 'Penempatan luar negeri: periksa perusahaan penempatannya' });
      const text = await section.innerText();
      expect(text).toContain('Perusahaan penempatan (P3MI)');
      expect(text).toContain('Tidak dicantumkan oleh kantor pelapor');
      expect(text).toContain('Periksa selalu izin perusahaan penempatan pekerja migran (P3MI) sebelum melamar.');
      expect(await section.getByRole('listitem').allInnerTexts()).toHaveLength(4);
      expect(text).toContain('Kementerian Pelindungan Pekerja Migran Indonesia (KP2MI, dahulu BP2MI)');
      // No link: no official list of licensed agencies could be verified, so the page names the bodies to ask instead.
      expect(await section.getByRole('link').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      await page.close();
    });
  }
});
