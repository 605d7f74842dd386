import type { Page } from 'playwright-core';
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { readShardPlan, readSiteData, workFolder } from '../../src/lib/pipeline/workFolder';
import { hasChromium } from './chromium';
import { useFixtureSiteInChromium } from './fixtureBrowser';

describe.skipIf(!hasChromium)('the search page in Chromium', () => {
  const site = useFixtureSiteInChromium();

  const status = (page: Page) => page.locator('#search-status');
  const titles = (page: Page) => page.locator('#search-results li h2').allTextContents();
  const months = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
  /** Each result card's last day to apply ("Batas lamaran 31 Desember 2026") as YYYY-MM-DD. */
  const closingDates = async (page: Page) => (await page.locator('#search-results li p:nth-of-type(2)').allTextContents()).map((text) => {
    const [, day, month, year] = /atas lamaran (\d+) (\S+) (\d{4})/.exec(text)!;
    return `${year}-${String(months.indexOf(month!) + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`;
  });
  /** The fixture build's work folder (site data, search shard plan). */
  const work = () => workFolder(`${inject('fixtureSite').outDir}.work`);
  /** Vacancy page path → index of its nationwide partition (0 = newest), from the build's shard plan. */
  const nationwidePartitionOf = () => {
    const plan = readShardPlan(work());
    return new Map((plan.scopes.semua as string[]).flatMap((name, i) => (plan.shards[name] as string[]).map((slug) => [`/lowongan/${slug}/`, i])));
  };
  /** Waits until the live region reports a finished search. */
  const settled = (page: Page) => page.waitForFunction(() => /ditemukan|Tidak ada lowongan|Ketik kata kunci/.test(document.getElementById('search-status')?.textContent ?? ''));

  it('finds "bekerja" when a job seeker types "pekerjaan" (Indonesian stemming)', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/cari/?q=pekerjaan`);
    await settled(page);
    expect(await titles(page)).toEqual(expect.arrayContaining(['Teknisi Listrik', 'Teknisi Mesin Pabrik']));
    await page.close();
  });

  it('filters by province, sorts by highest pay and pages through, each step in the URL', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/cari/`);
    await settled(page);
    await page.getByLabel('Provinsi').selectOption('jawa-tengah');
    await page.waitForURL(/provinsi=jawa-tengah/);
    // A province alone, newest first: every open vacancy of its shard.
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent === '11 lowongan ditemukan, halaman 1 dari 2.');
    await page.getByLabel('Urutkan').selectOption('gaji');
    await page.waitForURL(/urut=gaji/);
    // The count does not change with the order; the first result does, once the new order is shown.
    await page.waitForFunction(() => document.querySelector('#search-results li h2')?.textContent === 'Akuntan');
    await expect(status(page).textContent()).resolves.toBe('11 lowongan ditemukan, halaman 1 dari 2.');
    const first = await titles(page);
    expect(first.slice(0, 3)).toEqual(['Akuntan', 'Programmer Web', 'Teknisi Mesin Pabrik']);
    await page.getByRole('link', { name: 'Halaman 2' }).click();
    await page.waitForURL(/hal=2/);
    await settled(page);
    expect(await titles(page)).toEqual(['Pelayan Restoran']);
    expect(new URL(page.url()).search).toBe('?provinsi=jawa-tengah&urut=gaji&hal=2');
    // Kabupaten/kota options are those of the chosen province, with their counts.
    const regencies = await page.getByLabel('Kabupaten/kota').locator('option').allTextContents();
    expect(regencies).toContain('Kota Semarang (4)');
    expect(regencies.some((r) => r.includes('Medan'))).toBe(false);
    await page.close();
  });

  it('restores a search exactly after reload, back and forward', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/cari/?q=teknisi&provinsi=jawa-tengah&urut=tutup`);
    await settled(page);
    const firstTitles = await titles(page);
    expect(firstTitles).toEqual(['Teknisi Mesin Pabrik', 'Teknisi Listrik']);
    await page.getByLabel('Jenis pekerjaan').selectOption('contract');
    await page.waitForURL(/jenis=contract/);
    await settled(page);
    expect(await titles(page)).toEqual(['Teknisi Listrik']);
    await page.reload();
    await settled(page);
    expect(await titles(page)).toEqual(['Teknisi Listrik']);
    await expect(page.getByLabel('Jenis pekerjaan').inputValue()).resolves.toBe('contract');
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('jenis='));
    await settled(page);
    expect(await titles(page)).toEqual(firstTitles);
    await expect(page.getByLabel('Jenis pekerjaan').inputValue()).resolves.toBe('');
    await expect(page.getByLabel('Kata kunci').inputValue()).resolves.toBe('teknisi');
    await expect(page.getByLabel('Urutkan').inputValue()).resolves.toBe('tutup');
    await page.goForward();
    await page.waitForURL(/jenis=contract/);
    await settled(page);
    expect(await titles(page)).toEqual(['Teknisi Listrik']);
    await page.close();
  });

  it('sorts a nationwide search across every shard, not shard by shard', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/cari/?urut=terbaru&jenis=daily`);
    await settled(page);
    // Harian lepas: Pelayan Restoran (Jawa Tengah, 27 Nov), Petugas Kebersihan (nationwide, 21 Nov), Tukang Las (Jawa Tengah, 18 Nov).
    expect(await titles(page)).toEqual(['Pelayan Restoran', 'Petugas Kebersihan Kantor', 'Tukang Las']);
    await page.close();
  });

  it('answers a nationwide search, newest first, from the newest partitions and opens older ones only for a page that needs them', async () => {
    // The fixture is built with partitions of 6: its 16 open vacancies nationwide are the week's 3 (semua), then 13 older (semua-lama-1, -2, -3).
    const page = await site.browser().newPage();
    const before = site.requested().length;
    const partitionsLoaded = () => [...new Set(site.requested().slice(before).map((p) => /^\/pagefind\/(semua(?:-lama-\d+)?)\/pagefind\.[^/]*pf_meta$/.exec(p)?.[1]).filter(Boolean))].sort();
    await page.goto(`${site.url()}/cari/?cara=onsite`);
    await settled(page);
    // Ten results (and one more) need the week's three and two older partitions; the count says it is a lower bound until the last one has been searched.
    await expect(status(page).textContent()).resolves.toBe('Sedikitnya 15 lowongan ditemukan, halaman 1.');
    expect(partitionsLoaded()).toEqual(['semua', 'semua-lama-1', 'semua-lama-2']);
    const note = page.getByText('lowongan yang lebih lama ikut dicari saat Anda membuka halaman berikutnya');
    expect(await note.isVisible()).toBe(true);
    const first = await titles(page);
    expect(first).toHaveLength(10);
    const links = async () => page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const shown = await links();
    await page.getByRole('link', { name: 'Halaman 2', exact: true }).click();
    await page.waitForURL(/hal=2/);
    await page.waitForFunction(() => /halaman 2 dari 2\./.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(partitionsLoaded()).toEqual(['semua', 'semua-lama-1', 'semua-lama-2', 'semua-lama-3']);
    expect(await note.count()).toBe(0);
    const total = Number(/^(\d+) lowongan ditemukan/.exec((await status(page).textContent())!)![1]);
    const second = await titles(page);
    expect(second).toHaveLength(total - 10);
    // Newest first across the partitions: posting dates never rise, and no result comes from a newer partition than the one before it.
    const partitionOf = nationwidePartitionOf();
    const posted = new Map(readSiteData(work()).vacancies.map((v) => [`/lowongan/${v.slug}/`, v.date_posted]));
    const hrefs = [...shown, ...(await links())];
    expect(hrefs).toHaveLength(total);
    const postedDates = hrefs.map((href) => posted.get(href)!);
    expect(postedDates).toEqual([...postedDates].sort().reverse());
    const parts = hrefs.map((href) => partitionOf.get(href)!);
    expect(parts).toEqual([...parts].sort((a, b) => a - b));
    // The same search closing soonest first (an order that needs every partition at once) finds the same vacancies.
    await page.goto(`${site.url()}/cari/?cara=onsite&urut=tutup`);
    await settled(page);
    await expect(status(page).textContent()).resolves.toBe(`${total} lowongan ditemukan, halaman 1 dari 2.`);
    const closing = await titles(page);
    await page.getByRole('link', { name: 'Halaman 2', exact: true }).click();
    await page.waitForURL(/hal=2/);
    await page.waitForFunction(() => /halaman 2 dari 2\./.test(document.getElementById('search-status')?.textContent ?? ''));
    expect([...closing, ...(await titles(page))].sort()).toEqual([...first, ...second].sort());
    const dates = [...(await closingDates(page))];
    await page.goBack();
    await page.waitForFunction(() => /halaman 1 dari 2\./.test(document.getElementById('search-status')?.textContent ?? ''));
    dates.unshift(...(await closingDates(page)));
    expect(dates).toHaveLength(total);
    expect(dates).toEqual([...dates].sort());
    await page.close();
  });

  it('ranks words by relevance within the newest partition first, loading only the partitions a page needs', async () => {
    const page = await site.browser().newPage();
    const before = site.requested().length;
    await page.goto(`${site.url()}/cari/?q=perawat`);
    await settled(page);
    const partitionOf = nationwidePartitionOf();
    const hrefs = await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const found = await titles(page);
    expect(found).toEqual(expect.arrayContaining(['Perawat Rawat Inap', 'Perawat Lansia']));
    // Ranked partition by partition, newest first: never a result from an older partition before one from a newer.
    const parts = hrefs.map((href) => partitionOf.get(href)!);
    expect(parts).toEqual([...parts].sort((a, b) => a - b));
    expect(site.requested().slice(before).some((p) => p.startsWith('/pagefind/semua'))).toBe(true);
    await page.close();
  });

  it('never mixes shards of two builds: a tab opened before the site was rebuilt asks to be reloaded', async () => {
    const page = await site.browser().newPage();
    // The site was rebuilt after this page loaded: the published index is another build.
    await page.route('**/pagefind/build.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"build":"000000000000"}' }));
    await page.goto(`${site.url()}/cari/?cara=onsite`);
    await page.waitForFunction(() => /diperbarui/.test(document.getElementById('search-status')?.textContent ?? ''));
    await expect(status(page).textContent()).resolves.toBe('Data lowongan baru saja diperbarui. Muat ulang halaman ini untuk mencari di data terbaru.');
    // One shard alone is never mixed: a search it answers still works (Jawa Barat's vacancies fit in one shard).
    await page.goto(`${site.url()}/cari/?q=perawat&provinsi=jawa-barat`);
    await settled(page);
    await expect(status(page).textContent()).resolves.toMatch(/lowongan ditemukan/);
    await page.close();
  });

  it('checks the build again before each further shard, so a rebuild while the page is open is noticed', async () => {
    const page = await site.browser().newPage();
    const real = JSON.parse(fs.readFileSync(`${inject('fixtureSite').outDir}/pagefind/build.json`, 'utf8')).build as string;
    let published = real;
    await page.route('**/pagefind/build.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ build: published }) }));
    await page.goto(`${site.url()}/cari/?cara=onsite`);
    await page.waitForFunction(() => /^Sedikitnya/.test(document.getElementById('search-status')?.textContent ?? ''));
    // The site is rebuilt; page 2 needs the third nationwide shard.
    published = '000000000000';
    await page.getByRole('link', { name: 'Halaman 2', exact: true }).click();
    await page.waitForFunction(() => /diperbarui/.test(document.getElementById('search-status')?.textContent ?? ''));
    await page.close();
  });

  it('keeps the chosen order exactly as a reload would, when words are added or removed', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/cari/?jenis=daily`);
    await settled(page);
    // Without words the list is newest first; choosing "most relevant" waits for words to rank by.
    await page.getByLabel('Urutkan').selectOption('relevansi');
    await page.waitForURL(/urut=relevansi/);
    await page.getByLabel('Kata kunci').fill('pelayan');
    await page.getByLabel('Kata kunci').press('Enter');
    await page.waitForURL((url) => url.search === '?q=pelayan&jenis=daily');
    // Newest first chosen with words, then the words removed: the URL drops the order, and so does the page.
    await page.goto(`${site.url()}/cari/?q=pelayan&urut=terbaru`);
    await settled(page);
    await page.getByLabel('Kata kunci').fill('');
    await page.getByLabel('Kata kunci').press('Enter');
    await page.waitForURL((url) => url.search === '');
    await page.getByLabel('Kata kunci').fill('pelayan');
    await page.getByLabel('Kata kunci').press('Enter');
    await page.waitForURL((url) => url.search === '?q=pelayan');
    await page.close();
  });

  it('explains an empty result and offers to remove a filter or browse the region', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/cari/?q=astronot&provinsi=jawa-tengah`);
    await settled(page);
    await expect(status(page).textContent()).resolves.toBe('Tidak ada lowongan untuk "astronot" dengan filter ini.');
    await expect(page.getByRole('link', { name: 'Telusuri semua lowongan di wilayah ini' }).getAttribute('href')).resolves.toBe('/wilayah/jawa-tengah/');
    await page.getByRole('link', { name: 'Hapus filter: Jawa Tengah' }).click();
    await page.waitForURL((url) => url.search === '?q=astronot');
    await page.close();
  });

  it('works by keyboard: Tab reaches the query box, the filter toggle and the filters, Enter submits', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/cari/`);
    await settled(page);
    await page.getByLabel('Kata kunci').focus();
    await page.keyboard.type('perawat');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=perawat$/);
    await settled(page);
    expect((await titles(page)).sort()).toEqual(['Perawat Lansia', 'Perawat Rawat Inap']);
    await expect(status(page).getAttribute('aria-live')).resolves.toBe('polite');
    // Query box → its button → the "filter and sort" toggle → the first filter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SUMMARY');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('f-provinsi');
    await page.close();
  });

  it('folds the filters away on a phone so results come first, and keeps them open when a filter is set', async () => {
    const page = await site.browser().newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url()}/cari/?q=perawat`);
    await settled(page);
    await expect(page.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(page.locator('#f-provinsi').isVisible()).resolves.toBe(false);
    await page.goto(`${site.url()}/cari/?q=perawat&provinsi=jawa-barat`);
    await settled(page);
    await expect(page.locator('#f-provinsi').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('answers an old link to a province with no open vacancies, or to a page past the end, instead of hanging', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/cari/?q=perawat&provinsi=aceh`);
    await settled(page);
    await expect(status(page).textContent()).resolves.toContain('Tidak ada lowongan');
    await page.goto(`${site.url()}/cari/?q=perawat&hal=99`);
    await settled(page);
    expect(new URL(page.url()).searchParams.get('hal')).toBeNull();
    expect((await titles(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('tells a browser without JavaScript where to browse instead', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const delivered = await (await page.goto(`${site.url()}/cari/?q=perawat`))!.text();
    // The note sits in <noscript> (nothing painted below the form when the script runs); Chromium with script execution
    // turned off by DevTools still parses it as raw text, so the note is checked as the page delivers it.
    const note = /<noscript><p id="search-nojs"[^>]*>(.*?)<\/p><\/noscript>/.exec(delivered)?.[1] ?? '';
    expect(note).toContain('Pencarian membutuhkan JavaScript');
    expect(note).toContain('<a href="/">menurut provinsi atau jabatan</a>');
    await context.close();
  });
});
