import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSearchIndex, incompleteShards } from '../../src/lib/pipeline/checkSearchIndex';
import { CONCURRENT_SHARD_PAGES, indexSearch, shareShards, splitShards } from '../../src/lib/pipeline/indexSearch';
import { workFolder } from '../../src/lib/pipeline/workFolder';
import type { ShardEntry } from '../../src/lib/search/build/indexWithPagefind';
import type { ShardPlan } from '../../src/lib/search/searchShards';
import { tempDir } from '../tempDir';

const slugs = (n: number) => Array.from({ length: n }, (_, i) => `v-${i}`);

describe('splitting search shards around the Astro render', () => {
  it('indexes shards up to 3,000 pages while Astro renders and larger ones after it, each list in the plan order', () => {
    const plan: ShardPlan = { since: '2026-11-28', base: '2026-11-23', shards: { 'provinsi-32': slugs(3), 'semua-1': slugs(CONCURRENT_SHARD_PAGES + 1), 'provinsi-33': slugs(CONCURRENT_SHARD_PAGES), 'semua-2': slugs(4) }, scopes: {} };
    expect(CONCURRENT_SHARD_PAGES).toBe(3_000);
    expect(splitShards(plan)).toEqual({ small: ['provinsi-32', 'provinsi-33', 'semua-2'], large: ['semua-1'] });
  });

  it('takes another limit when given one', () => {
    const plan: ShardPlan = { since: '2026-11-28', base: '2026-11-23', shards: { a: slugs(2), b: slugs(3) }, scopes: {} };
    expect(splitShards(plan, 2)).toEqual({ small: ['a'], large: ['b'] });
  });
});

describe('checking the search index is complete', () => {
  const plan: ShardPlan = { since: '2026-11-28', base: '2026-11-23', shards: { 'provinsi-32': slugs(2), semua: slugs(2) }, scopes: { semua: ['semua'] } };

  it('passes when every shard holds every vacancy the plan gave it', () => {
    expect(() => checkSearchIndex(plan, [{ name: 'provinsi-32', pages: 2 }, { name: 'semua', pages: 2 }])).not.toThrow();
  });

  it('names every shard Pagefind indexed short, with its count', () => {
    expect(incompleteShards(plan, [{ name: 'provinsi-32', pages: 1 }, { name: 'semua', pages: 2 }])).toEqual(['provinsi-32 1/2']);
    expect(() => checkSearchIndex(plan, [{ name: 'provinsi-32', pages: 1 }, { name: 'semua', pages: 0 }])).toThrowErrorMatchingInlineSnapshot(`[Error: Indeks pencarian tidak lengkap / search index incomplete: provinsi-32 1/2, semua 0/2]`);
  });
});

describe('indexing search shards in several processes', () => {
  it('gives each worker about the same number of pages, largest shards first', () => {
    const plan: ShardPlan = { since: '2026-11-28', base: '2026-11-23', shards: { a: slugs(5), b: slugs(4), c: slugs(3), d: slugs(3), e: slugs(1) }, scopes: {} };
    expect(shareShards(['a', 'b', 'c', 'd', 'e'], plan, 2)).toEqual([['a', 'd'], ['b', 'c', 'e']]);
    expect(shareShards(['a'], plan, 2)).toEqual([['a']]);
  });

  it('writes the same index files with two Pagefind processes as with one', async () => {
    const work = workFolder(tempDir('index-workers'));
    fs.mkdirSync(work.searchRecords, { recursive: true });
    const plan: ShardPlan = { since: '2026-11-28', base: '2026-11-23', shards: {}, scopes: {} };
    for (const [shard, titles] of Object.entries({ 'provinsi-32': ['Operator Produksi', 'Staf Gudang'], 'provinsi-33': ['Juru Masak', 'Kasir Toko', 'Teknisi Listrik'], semua: ['Operator Produksi', 'Staf Gudang', 'Juru Masak'] })) {
      plan.shards[shard] = titles.map((_, i) => `${shard}-${i}`);
      const records = titles.map((title, i) => ({ url: `/lowongan/${shard}-${i}/`, language: 'id', content: `${title} di ${shard}`, meta: { title }, filters: { provinsi: [shard] }, sort: { tanggal: `2026-11-${10 + i}` } }));
      fs.writeFileSync(path.join(work.searchRecords, `${shard}.ndjson`), records.map((r) => JSON.stringify(r)).join('\n'));
    }
    const names = Object.keys(plan.shards);
    const one = path.join(work.dir, 'one');
    const two = path.join(work.dir, 'two');
    const byOne = await indexSearch(work, one, names, plan, null, 1);
    const byTwo = await indexSearch(work, two, names, plan, null, 2);
    const sorted = (entries: ShardEntry[]) => [...entries].sort((a, b) => a.name.localeCompare(b.name));
    expect(sorted(byTwo)).toEqual(sorted(byOne));
    expect(sorted(byOne)).toEqual([{ name: 'provinsi-32', pages: 2 }, { name: 'provinsi-33', pages: 3 }, { name: 'semua', pages: 3 }]);
    expect(treeDigests(two)).toEqual(treeDigests(one));
    expect(Object.keys(treeDigests(one)).filter((file) => file.endsWith('pagefind-entry.json'))).toHaveLength(3);
  }, 120_000);

  it('fails, naming the shards, when a worker cannot index them', async () => {
    const work = workFolder(tempDir('index-workers-fail'));
    fs.mkdirSync(work.searchRecords, { recursive: true });
    fs.writeFileSync(path.join(work.searchRecords, 'a.ndjson'), `${JSON.stringify({ url: '/lowongan/a/', language: 'id', content: 'a', meta: {}, filters: {}, sort: {} })}\n`);
    const plan: ShardPlan = { since: '2026-11-28', base: '2026-11-23', shards: { a: ['a'], b: ['b'] }, scopes: {} };
    await expect(indexSearch(work, path.join(work.dir, 'out'), ['a', 'b'], plan, null, 2)).rejects.toThrow(/Indeks pencarian b gagal dibuat/);
  }, 120_000);
});

/** Every file under `dir` by its path, with a digest of its bytes. */
function treeDigests(dir: string): Record<string, string> {
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => fs.statSync(path.join(dir, file)).isFile()).sort();
  return Object.fromEntries(files.map((file) => [file, createHash('sha256').update(fs.readFileSync(path.join(dir, file))).digest('hex')]));
}
