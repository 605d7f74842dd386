import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './chromium';
import { useFixtureSiteInChromium } from './fixtureBrowser';

describe.skipIf(!hasChromium)('filter option counts on the search page in Chromium', () => {
  const site = useFixtureSiteInChromium();
  const options = (page: Page, name: string) => page.locator(`select[name="${name}"] option`).allTextContents();
  const found = (page: Page) => page.waitForFunction(() => /ditemukan|Tidak ada/.test(document.getElementById('search-status')?.textContent ?? ''));

  it('shows the build counts before any words', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/cari/`);
    await page.waitForFunction(() => /Ketik kata kunci/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect((await options(page, 'provinsi')).slice(1).every((text) => /\(\d+\)$/.test(text))).toBe(true);
    await page.close();
  });

  it('counts the options for the words once the visitor turns to the filters, leaving out those with none', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/cari/?q=teknisi`);
    await found(page);
    const total = Number(/(\d+) lowongan ditemukan/.exec((await page.textContent('#search-status')) ?? '')![1]);
    // Before the visitor turns to them, nothing more is downloaded and the options carry no count.
    for (const text of await options(page, 'jenis')) expect(text).not.toMatch(/\(\d+\)$/);
    await page.hover('#search-filters fieldset');
    await page.waitForFunction(() => /\(\d+\)/.test(document.querySelector('select[name="jenis"]')?.textContent ?? ''));
    const kinds = (await options(page, 'jenis')).slice(1);
    const counts = kinds.map((text) => Number(/\((\d+)\)$/.exec(text)![1]));
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    // Choosing a counted option finds exactly that many.
    const value = await page.locator('select[name="jenis"] option').nth(1).getAttribute('value');
    await page.selectOption('select[name="jenis"]', value!);
    await page.waitForFunction((n) => new RegExp(`^${n} lowongan ditemukan`).test(document.getElementById('search-status')?.textContent ?? ''), counts[0]);
    await page.close();
  });

  it('counts the checkboxes for the words and filters too, and disables one that would find nothing', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/cari/?q=perawat`);
    await found(page);
    const label = (name: string) => page.locator(`label[for="f-${name}"]`).textContent();
    expect(await label('luar')).toBe('Hanya luar negeri');
    await page.hover('#search-filters fieldset');
    await page.waitForFunction(() => /\(\d+\)$/.test(document.querySelector('label[for="f-luar"]')?.textContent ?? ''));
    const abroad = Number(/\((\d+)\)$/.exec((await label('luar'))!)![1]);
    expect(abroad).toBeGreaterThan(0);
    // No vacancy of the fixture says it welcomes people with disabilities.
    expect(await label('disabilitas')).toBe('Ramah disabilitas (0)');
    expect(await page.locator('#f-disabilitas').isDisabled()).toBe(true);
    await page.check('#f-luar');
    await page.waitForFunction((n) => new RegExp(`^${n} lowongan ditemukan`).test(document.getElementById('search-status')?.textContent ?? ''), abroad);
    // Within a province no vacancy is abroad: the overseas box says so and cannot be ticked.
    await page.goto(`${site.url()}/cari/?q=perawat&provinsi=jawa-barat`);
    await found(page);
    await page.hover('#search-filters fieldset');
    await page.waitForFunction(() => /\(0\)$/.test(document.querySelector('label[for="f-luar"]')?.textContent ?? ''));
    expect(await page.locator('#f-luar').isDisabled()).toBe(true);
    await page.close();
  });

  it('gives no build count once a filter is set without words, where the build\'s would ignore it', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/cari/?jenis=contract`);
    await found(page);
    const total = Number(/(\d+) lowongan ditemukan/.exec((await page.textContent('#search-status')) ?? '')![1]);
    await page.hover('#search-filters fieldset');
    await page.waitForFunction(() => /\(\d+\)/.test(document.querySelector('select[name="cara"]')?.textContent ?? ''));
    const ways = (await options(page, 'cara')).slice(1).map((text) => Number(/\((\d+)\)$/.exec(text)![1]));
    expect(ways.reduce((a, b) => a + b, 0)).toBe(total);
    await page.close();
  });
});
