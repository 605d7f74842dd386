import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchChromium } from './chromium';
import { serveStatic } from './serveStatic';

describe.skipIf(!hasChromium)('the built site in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    server = await serveStatic(inject('fixtureSite').outDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('takes a job seeker on a phone from home to province to kabupaten/kota to a vacancy and its apply link', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'Jawa Barat' }).click();
    await page.getByRole('link', { name: 'Kota Bandung' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Lowongan kerja di Kota Bandung');
    await page.getByRole('link', { name: 'Perawat Rawat Inap' }).click();
    const apply = page.getByRole('link', { name: 'Lamar melalui situs pemberi kerja' });
    expect(await apply.getAttribute('href')).toBe('https://rs.example.co.id/karir');
    await page.close();
  });

  it('finds open vacancies from the search box and leaves closed ones out', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.getByPlaceholder('mis. perawat, sopir, admin').fill('perawat');
    await page.getByRole('button', { name: 'Cari lowongan' }).click();
    await page.waitForURL(/\/cari\/\?q=perawat/);
    await expect(page.locator('#search-results li').first().textContent({ timeout: 10_000 })).resolves.toContain('Perawat Rawat Inap');
    // Vacancies in other shards (Sumatera, nationwide) are found too.
    await page.goto(`${server.url}/cari/?q=operator`);
    await expect(page.locator('#search-results li').first().textContent({ timeout: 10_000 })).resolves.toContain('Operator Produksi');
    await page.goto(`${server.url}/cari/?q=kebersihan`);
    await expect(page.locator('#search-results li').first().textContent({ timeout: 10_000 })).resolves.toContain('Seluruh Indonesia');
    await page.goto(`${server.url}/cari/?q=kasir`);
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('Tidak ada lowongan'));
    expect(await page.locator('#search-results li').count()).toBe(0);
    await page.close();
  });

  it('runs nothing from markup inside a description', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(`${server.url}/lowongan/disnaker-uji-u-2/`);
    await expect(page.locator('article p:visible', { hasText: '<script>alert(1)</script>' }).count()).resolves.toBe(1);
    expect(await page.locator('article img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
