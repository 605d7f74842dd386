import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './chromium';
import { useFixtureSiteInChromium } from './fixtureBrowser';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

/** Starts collecting layout shifts (CLS entries) before any script of the page runs. */
async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Horizontal overflow in CSS pixels: anything above 0 means a reader has to scroll sideways. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.skipIf(!hasChromium)('the built site in Chromium', () => {
  const site = useFixtureSiteInChromium();

  for (const [device, viewport] of [['a phone', PHONE], ['a desktop', DESKTOP]] as const) {
    it(`takes a job seeker on ${device} from home to province to kabupaten/kota to a vacancy and its apply link, without sideways scrolling or layout shift`, async () => {
      const page = await site.browser().newPage({ viewport });
      await watchLayoutShift(page);
      await page.goto(`${site.url()}/`);
      expect(await overflow(page)).toBe(0);
      await page.getByRole('link', { name: 'Jawa Barat', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Lowongan kerja di Jawa Barat');
      await page.getByRole('link', { name: 'Kota Bandung', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Lowongan kerja di Kota Bandung');
      await expect(page.getByRole('navigation', { name: 'Jejak halaman' }).getByRole('listitem').allTextContents()).resolves.toEqual(['Beranda', 'Jawa Barat', 'Kota Bandung']);
      await page.getByRole('link', { name: 'Perawat Rawat Inap' }).click();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Perawat Rawat Inap');
      await expect(page.getByText('Batas lamaran', { exact: true }).isVisible()).resolves.toBe(true);
      const apply = page.getByRole('link', { name: 'Lamar melalui situs pemberi kerja' });
      expect(await apply.getAttribute('href')).toBe('https://rs.example.co.id/karir');
      await expect(apply.isVisible()).resolves.toBe(true);
      expect(await overflow(page)).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
      await page.close();
    });
  }

  it('shows a closed vacancy as closed, with no way to apply, and points to open ones like it', async () => {
    const page = await site.browser().newPage({ viewport: PHONE });
    await page.goto(`${site.url()}/lowongan/disnaker-uji-u-4/`);
    await expect(page.getByRole('heading', { name: 'Lowongan ini sudah ditutup' }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Lowongan sudah terisi. Lamaran tidak diterima lagi.').isVisible()).resolves.toBe(true);
    expect(await page.getByRole('heading', { name: 'Cara melamar' }).count()).toBe(0);
    expect(await page.locator('a[href^="mailto:"], a.button').count()).toBe(0);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await page.getByRole('link', { name: 'untuk jabatan Juru Masak' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Lowongan Juru Masak');
    await page.close();
  });

  it('answers an old link to a vacancy that is gone with a page that says so and offers the search', async () => {
    const page = await site.browser().newPage();
    const response = await page.goto(`${site.url()}/lowongan/disnaker-uji-u-999/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Halaman tidak ditemukan');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await page.getByRole('link', { name: 'Cari lowongan yang masih dibuka' }).click();
    await page.waitForURL(/\/cari\/$/);
    await page.close();
  });

  it('leads from an empty kabupaten/kota to its province and to neighbours with vacancies', async () => {
    const page = await site.browser().newPage({ viewport: PHONE });
    await page.goto(`${site.url()}/wilayah/jawa-barat/kota-bekasi/`);
    await expect(page.getByRole('heading', { name: 'Belum ada lowongan dibuka di Kota Bekasi' }).isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: 'Kabupaten Bogor' }).click();
    await page.getByRole('link', { name: 'Sopir Truk' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sopir Truk');
    await page.close();
  });

  it('sends the home search box to the search page with the query', async () => {
    const page = await site.browser().newPage({ viewport: PHONE });
    await page.goto(`${site.url()}/`);
    await page.getByLabel('Cari lowongan').fill('perawat');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.waitForURL(/\/cari\/\?q=perawat$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Cari lowongan');
    await page.close();
  });

  it('runs nothing from markup inside a description', async () => {
    const page = await site.browser().newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(`${site.url()}/lowongan/disnaker-uji-u-2/`);
    await expect(page.locator('article p:visible', { hasText: '<script>alert(1)</script>' }).count()).resolves.toBe(1);
    await expect(page.locator('article p:visible', { hasText: '<img src=x onerror=alert(1)>' }).count()).resolves.toBe(1);
    expect(await page.locator('article img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('prints a vacancy for a notice board: no header search or navigation, the apply link written out in full', async () => {
    const page = await site.browser().newPage({ viewport: DESKTOP });
    await page.goto(`${site.url()}/lowongan/disnaker-uji-u-1/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: 'Jejak halaman' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: 'Lamar melalui situs pemberi kerja' }).evaluate((a) => getComputedStyle(a, '::after').content))
      .resolves.toBe('" (https://rs.example.co.id/karir)"');
    await expect(page.getByText('Dicetak dari Loker Terbuka:').isVisible()).resolves.toBe(true);
    await expect(page.getByText('Melamar tidak dipungut biaya').first().isVisible()).resolves.toBe(true);
    await page.close();
  });
});
