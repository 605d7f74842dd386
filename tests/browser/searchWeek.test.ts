import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE_BUILD_ARGS, hashTree, runBuild } from '../build/buildSite';
import { tempDir } from '../tempDir';
import { hasChromium, launchChromium } from './chromium';
import { serveStatic } from './serveStatic';

/** The fixture's newest posting is of 2026-11-27: its index is cut as of that day while the data stays the same. */
const DAY_ONE = '2026-11-28';
/** Within days of the cut: the page hides by the small `berakhir` filter (src/lib/search/searchWindow.ts `SOON_DAYS`). */
const DAY_TWO = '2026-11-29';
/** Twelve days after the cut: the page hides by `tutup`. U-9 "Teknisi Mesin Pabrik" closed on 2026-12-05. */
const DAY_THREE = '2026-12-09';

/**
 * Builds with the same data on later days leave the search index as it was: the index is cut as of the data's newest
 * posting (src/lib/search/searchWindow.ts), so each later day's build reuses every shard, and the search page hides what
 * closed by date since. What a job seeker finds must still be exactly the open vacancies of the day.
 */
describe.skipIf(!hasChromium)('the search index on the days after, with the same data', () => {
  const { dataDir } = inject('fixtureSite');
  const root = tempDir('search-week');
  const [data, fullData] = [path.join(root, 'data'), path.join(root, 'full-data')];
  const [incremental, full] = [path.join(root, 'incremental', 'dist'), path.join(root, 'full', 'dist')];
  /** The shards' files (the shard list and build id beside them are written anew by each build, with the same bytes). */
  const indexFiles = (dir: string) => fs.readdirSync(path.join(dir, 'pagefind'), { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.parentPath !== path.join(dir, 'pagefind')).map((f) => path.relative(dir, path.join(f.parentPath, f.name))).sort();
  const inodes = (dir: string) => new Map(indexFiles(dir).map((file) => [file, fs.statSync(path.join(dir, file)).ino]));
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  const seen: Record<string, { index: Map<string, number>; facets: Facets; config: string; kurir: string[]; drivers: { status: string; titles: string[] }; teknisi: string[]; within: string }> = {};

  type Facets = { options: Record<string, { value: string; count: number }[]> };
  const settled = (page: Page) => page.waitForFunction(() => /ditemukan|Tidak ada lowongan/.test(document.getElementById('search-status')?.textContent ?? ''));
  const titles = (page: Page) => page.locator('#search-results h2').allTextContents();
  const search = async (page: Page, query: string) => {
    await page.goto(`${server!.url}/cari/${query}`);
    await settled(page);
    return { status: (await page.textContent('#search-status')) ?? '', titles: await titles(page) };
  };
  /** The day's site as a job seeker sees it, kept before the next day's build replaces it. */
  const look = async (day: string) => {
    server = await serveStatic(fs.realpathSync(incremental));
    const page = await browser!.newPage();
    seen[day] = {
      index: inodes(incremental),
      facets: JSON.parse(fs.readFileSync(path.join(incremental, 'cari', 'facets', 'semua.json'), 'utf8')) as Facets,
      config: fs.readFileSync(path.join(incremental, 'cari', 'index.html'), 'utf8'),
      kurir: (await search(page, '?q=kurir')).titles,
      // Drivers and couriers (major group 8), closing soonest first.
      drivers: await search(page, '?jabatan=8&urut=tutup'),
      teknisi: (await search(page, '?q=teknisi')).titles,
      within: (await search(page, '?diposting=30-hari&urut=tutup')).status,
    };
    await page.close();
    await server.close();
    server = undefined;
  };
  const build = (dir: string, out: string, asOf: string, extra: string[] = []) => {
    const run = runBuild(dir, out, [...FIXTURE_BUILD_ARGS, '--as-of', asOf, ...extra]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
  };

  beforeAll(async () => {
    fs.cpSync(dataDir, data, { recursive: true });
    // U-18 "Kurir Paket" (group 8) closes on day one: the soonest of its group, then hidden.
    const file = path.join(data, 'vacancies', 'disnaker-uji.csv');
    const csv = fs.readFileSync(file, 'utf8');
    expect(csv).toContain('Mengantar paket ke pelanggan.,2026-11-08,2026-12-08,');
    fs.writeFileSync(file, csv.replace('Mengantar paket ke pelanggan.,2026-11-08,2026-12-08,', 'Mengantar paket ke pelanggan.,2026-11-08,2026-11-28,'));
    for (const out of [incremental, full]) fs.mkdirSync(path.dirname(out), { recursive: true });
    browser = await launchChromium();
    build(data, incremental, DAY_ONE);
    await look(DAY_ONE);
    // The full build of day two starts from a copy of the same site and ledger.
    fs.cpSync(data, fullData, { recursive: true });
    fs.cpSync(fs.realpathSync(incremental), full, { recursive: true });
    build(data, incremental, DAY_TWO);
    build(fullData, full, DAY_TWO, ['--full']);
    expect([...hashTree(incremental).entries()]).toEqual([...hashTree(full).entries()]);
    await look(DAY_TWO);
    build(data, incremental, DAY_THREE);
    await look(DAY_THREE);
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const count = (day: string, key: string, value: string) => seen[day]!.facets.options[key]!.find((o) => o.value === value)!.count;

  it('reuses every file of the search index on each later day (the full build of day two makes the same site)', () => {
    const first = seen[DAY_ONE]!.index;
    expect(first.size).toBeGreaterThan(20);
    for (const day of [DAY_TWO, DAY_THREE]) expect([...seen[day]!.index], day).toEqual([...first]);
  });

  it('hides by the small filter just after the cut and by the closing date later', () => {
    // Only U-18 closes within days of the cut: the other shards have no `berakhir` at all, and are still searched
    // (Teknisi Listrik, U-8, is in one of them; Pagefind 1.6 narrows nothing by a filter a shard lacks).
    const records = path.join(`${incremental}.work`, 'search-records');
    const without = fs.readdirSync(records).filter((file) => !fs.readFileSync(path.join(records, file), 'utf8').includes('"berakhir"'));
    expect(without.length).toBeGreaterThan(0);
    expect(seen[DAY_TWO]!.teknisi).toContain('Teknisi Listrik');
    expect(seen[DAY_ONE]!.config).toContain('"closed":{"key":"berakhir","dates":["2026-11-27"]}');
    expect(seen[DAY_TWO]!.config).toContain('"closed":{"key":"berakhir","dates":["2026-11-27","2026-11-28"]}');
    expect(seen[DAY_THREE]!.config).toContain('"closed":{"key":"tutup"');
  });

  it('no longer finds a vacancy once it has closed', () => {
    expect(seen[DAY_ONE]!.kurir).toEqual(['Kurir Paket']);
    expect(seen[DAY_TWO]!.kurir).toEqual([]);
    expect(seen[DAY_THREE]!.kurir).toEqual([]);
    expect(seen[DAY_TWO]!.teknisi).toContain('Teknisi Mesin Pabrik');
    expect(seen[DAY_THREE]!.teknisi).not.toContain('Teknisi Mesin Pabrik');
    expect(seen[DAY_THREE]!.teknisi).toContain('Teknisi Listrik');
  });

  it('counts and orders only the day\'s open vacancies: closing soonest first, "posted within 30 days"', () => {
    expect(seen[DAY_ONE]!.drivers.titles[0]).toBe('Kurir Paket');
    for (const day of [DAY_ONE, DAY_TWO, DAY_THREE]) {
      expect(seen[day]!.drivers.status, day).toContain(`${count(day, 'jabatan', '8')} lowongan ditemukan`);
      expect(seen[day]!.within, day).toContain(`${count(day, 'diposting', '30-hari')} lowongan ditemukan`);
    }
    expect(count(DAY_TWO, 'jabatan', '8')).toBe(count(DAY_ONE, 'jabatan', '8') - 1);
    expect(seen[DAY_TWO]!.drivers.titles[0]).not.toBe('Kurir Paket');
    // The soonest still open on day three closes on 2026-12-10 (U-2).
    expect(seen[DAY_THREE]!.drivers.titles[0]).toBe('Sopir Truk');
  });
});
