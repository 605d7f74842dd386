import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE_BUILD_ARGS, hashTree, runBuild } from '../build/buildSite';
import { tempDir } from '../tempDir';
import { hasChromium, launchChromium } from './chromium';
import { serveStatic } from './serveStatic';

/** U-18 "Kurir Paket" is open until 2026-12-08: open on day one, closed on day two. U-9 "Teknisi Mesin Pabrik" closed on 2026-12-05. */
const DAY_ONE = '2026-12-08';
const DAY_TWO = '2026-12-09';

/**
 * A data update that adds nothing leaves the search index as it was: the index is cut as of the data's newest posting
 * (src/lib/search/searchWindow.ts), so the next day's build reuses every shard, and the search page hides what closed
 * by date since. What a job seeker finds must still be exactly the open vacancies of the day.
 */
describe.skipIf(!hasChromium)('the search index on the day after, with the same data', () => {
  const { dataDir } = inject('fixtureSite');
  const root = tempDir('search-week');
  const data = path.join(root, 'data');
  const fullData = path.join(root, 'full-data');
  const [incremental, full] = [path.join(root, 'incremental', 'dist'), path.join(root, 'full', 'dist')];
  /** The shards' files (the shard list and build id beside them are written anew by each build, with the same bytes). */
  const indexFiles = (dir: string) => fs.readdirSync(path.join(dir, 'pagefind'), { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.parentPath !== path.join(dir, 'pagefind')).map((f) => path.relative(dir, path.join(f.parentPath, f.name))).sort();
  let dayOne: Map<string, number>;
  let browser: Browser | undefined;
  const servers: Awaited<ReturnType<typeof serveStatic>>[] = [];

  beforeAll(async () => {
    fs.cpSync(dataDir, data, { recursive: true });
    for (const out of [incremental, full]) fs.mkdirSync(path.dirname(out), { recursive: true });
    const first = runBuild(data, incremental, [...FIXTURE_BUILD_ARGS, '--as-of', DAY_ONE]);
    expect(first.status, first.stdout + first.stderr).toBe(0);
    dayOne = new Map(indexFiles(incremental).map((file) => [file, fs.statSync(path.join(incremental, file)).ino]));
    servers.push(await serveStatic(fs.realpathSync(incremental)));
    browser = await launchChromium();
    // Day one as a job seeker saw it, before day two replaces it.
    const page = await browser.newPage();
    await page.goto(`${servers[0]!.url}/cari/?q=kurir`);
    await settled(page);
    dayOneKurir = await results(page);
    await page.close();
    await servers.shift()!.close();
    // The full build starts from a copy of the same site and ledger.
    fs.cpSync(data, fullData, { recursive: true });
    fs.cpSync(fs.realpathSync(incremental), full, { recursive: true });
    const next = runBuild(data, incremental, [...FIXTURE_BUILD_ARGS, '--as-of', DAY_TWO]);
    expect(next.status, next.stdout + next.stderr).toBe(0);
    const rebuilt = runBuild(fullData, full, [...FIXTURE_BUILD_ARGS, '--as-of', DAY_TWO, '--full']);
    expect(rebuilt.status, rebuilt.stdout + rebuilt.stderr).toBe(0);
    servers.push(await serveStatic(fs.realpathSync(incremental)));
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    for (const server of servers) await server.close();
  });

  let dayOneKurir: string[] = [];
  const settled = (page: Page) => page.waitForFunction(() => /ditemukan|Tidak ada lowongan/.test(document.getElementById('search-status')?.textContent ?? ''));
  const results = (page: Page) => page.locator('#search-results h2, #search-results h3').allTextContents();
  const status = (page: Page) => page.textContent('#search-status');
  const open = async (query: string) => {
    const page = await browser!.newPage();
    await page.goto(`${servers[0]!.url}/cari/${query}`);
    await settled(page);
    return page;
  };

  it('reuses every file of the search index, and the full build of the day makes the same site', () => {
    const files = indexFiles(incremental);
    expect(files.length).toBeGreaterThan(20);
    expect(files).toEqual([...dayOne.keys()]);
    for (const file of files) expect(fs.statSync(path.join(incremental, file)).ino, file).toBe(dayOne.get(file));
    expect([...hashTree(incremental).entries()]).toEqual([...hashTree(full).entries()]);
  });

  it('no longer finds a vacancy that closed yesterday, nor one that closed before', async () => {
    expect(dayOneKurir.some((title) => title.includes('Kurir Paket'))).toBe(true);
    const page = await open('?q=kurir');
    expect(await status(page)).toMatch(/^Tidak ada lowongan/);
    await page.goto(`${servers[0]!.url}/cari/?q=teknisi`);
    await settled(page);
    const titles = await results(page);
    expect(titles.some((title) => title.includes('Teknisi Listrik'))).toBe(true);
    expect(titles.some((title) => title.includes('Teknisi Mesin Pabrik'))).toBe(false);
    await page.close();
  });

  it('counts and orders only the day\'s open vacancies: closing soonest first, "posted within 30 days"', async () => {
    const facets = JSON.parse(fs.readFileSync(path.join(incremental, 'cari', 'facets', 'semua.json'), 'utf8')) as { options: Record<string, { value: string; count: number }[]> };
    const count = (key: string, value: string) => facets.options[key]!.find((o) => o.value === value)!.count;
    // Drivers and couriers (major group 8): U-18 closed on 2026-12-08; the soonest still open closes on 2026-12-10 (U-2, Sopir Truk).
    const page = await open('?jabatan=8&urut=tutup');
    expect(await status(page)).toContain(`${count('jabatan', '8')} lowongan ditemukan`);
    expect((await results(page))[0]).toContain('Sopir Truk');
    await page.goto(`${servers[0]!.url}/cari/?diposting=30-hari`);
    await settled(page);
    expect(await status(page)).toContain(`${count('diposting', '30-hari')} lowongan ditemukan`);
    await page.close();
  });
});
