import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './chromium';
import { useFixtureSiteInChromium } from './fixtureBrowser';

describe.skipIf(!hasChromium)('the search filters in Chromium', () => {
  const site = useFixtureSiteInChromium();
  const settled = (page: Page) => page.waitForFunction(() => /ditemukan|Tidak ada lowongan|Ketik kata kunci/.test(document.getElementById('search-status')?.textContent ?? ''));
  /** The values a select offers, without its "any" option. */
  const offered = (page: Page, label: string) =>
    page.getByLabel(label, { exact: true }).locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));

  it('offers kabupaten/kota only within the chosen province, and drops one when the province changes', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/cari/`);
    await settled(page);
    await expect(page.getByLabel('Kabupaten/kota', { exact: true }).isDisabled()).resolves.toBe(true);
    await page.goto(`${site.url()}/cari/?provinsi=jawa-tengah&kabkota=kota-semarang`);
    await settled(page);
    await expect(page.getByLabel('Kabupaten/kota', { exact: true }).isDisabled()).resolves.toBe(false);
    expect(await offered(page, 'Kabupaten/kota')).toContain('kota-semarang');
    const other = (await offered(page, 'Provinsi')).find((value) => value !== 'jawa-tengah')!;
    await page.getByLabel('Provinsi', { exact: true }).selectOption(other);
    await page.waitForURL((url) => url.search === `?provinsi=${other}`);
    // The controls are filled once the new province's counts have loaded.
    await expect.poll(() => offered(page, 'Kabupaten/kota')).not.toContain('kota-semarang');
    await page.close();
  });

  it('narrows unit groups to the chosen major group, keeping a chosen group that belongs to it and dropping one that does not', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/cari/`);
    await settled(page);
    const groups = await offered(page, 'Golongan jabatan');
    const group = groups[0]!;
    await page.getByLabel('Golongan jabatan', { exact: true }).selectOption(group);
    await page.waitForURL(/golongan=/);
    await settled(page);
    await page.getByLabel('Golongan pokok jabatan', { exact: true }).selectOption(group.slice(0, 1));
    await page.waitForURL(/jabatan=/);
    await settled(page);
    expect(new URL(page.url()).search).toBe(`?jabatan=${group.slice(0, 1)}&golongan=${group}`);
    await expect.poll(async () => (await offered(page, 'Golongan jabatan')).every((value) => value.slice(0, 1) === group.slice(0, 1))).toBe(true);
    expect(await offered(page, 'Golongan jabatan')).toContain(group);
    const otherMajor = (await offered(page, 'Golongan pokok jabatan')).find((value) => value !== group.slice(0, 1))!;
    await page.getByLabel('Golongan pokok jabatan', { exact: true }).selectOption(otherMajor);
    await page.waitForURL((url) => url.search === `?jabatan=${otherMajor}`);
    await page.close();
  });

  it('labels every control and the "any" option of each select with the text in src/i18n', async () => {
    const { t } = await import('../../src/i18n');
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/cari/`);
    await settled(page);
    // A checkbox's label carries its count where one is known ("Ramah disabilitas (4)").
    const named = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\([\\d.]+\\))?$`);
    for (const control of Object.values(t.search.filters)) await expect(page.getByLabel(named(control.label)).count()).resolves.toBe(1);
    await expect(page.getByLabel(t.search.filters.gaji.label, { exact: true }).locator('option').first().textContent()).resolves.toBe(t.search.filters.gaji.all);
    await page.close();
  });
});
