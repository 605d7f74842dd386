import { describe, expect, it } from 'vitest';
import { checkSearchIndex, incompleteShards } from '../../src/lib/pipeline/checkSearchIndex';
import { CONCURRENT_SHARD_PAGES, splitShards } from '../../src/lib/pipeline/indexSearch';
import type { ShardPlan } from '../../src/lib/search/searchShards';

const slugs = (n: number) => Array.from({ length: n }, (_, i) => `v-${i}`);

describe('splitting search shards around the Astro render', () => {
  it('indexes shards up to 3,000 pages while Astro renders and larger ones after it, each list in the plan order', () => {
    const plan: ShardPlan = { shards: { 'provinsi-32': slugs(3), 'semua-1': slugs(CONCURRENT_SHARD_PAGES + 1), 'provinsi-33': slugs(CONCURRENT_SHARD_PAGES), 'semua-2': slugs(4) }, scopes: {} };
    expect(CONCURRENT_SHARD_PAGES).toBe(3_000);
    expect(splitShards(plan)).toEqual({ small: ['provinsi-32', 'provinsi-33', 'semua-2'], large: ['semua-1'] });
  });

  it('takes another limit when given one', () => {
    const plan: ShardPlan = { shards: { a: slugs(2), b: slugs(3) }, scopes: {} };
    expect(splitShards(plan, 2)).toEqual({ small: ['a'], large: ['b'] });
  });
});

describe('checking the search index is complete', () => {
  const plan: ShardPlan = { shards: { 'provinsi-32': slugs(2), semua: slugs(2) }, scopes: { semua: ['semua'] } };

  it('passes when every shard holds every vacancy the plan gave it', () => {
    expect(() => checkSearchIndex(plan, [{ name: 'provinsi-32', pages: 2 }, { name: 'semua', pages: 2 }])).not.toThrow();
  });

  it('names every shard Pagefind indexed short, with its count', () => {
    expect(incompleteShards(plan, [{ name: 'provinsi-32', pages: 1 }, { name: 'semua', pages: 2 }])).toEqual(['provinsi-32 1/2']);
    expect(() => checkSearchIndex(plan, [{ name: 'provinsi-32', pages: 1 }, { name: 'semua', pages: 0 }])).toThrowErrorMatchingInlineSnapshot(`[Error: Indeks pencarian tidak lengkap / search index incomplete: provinsi-32 1/2, semua 0/2]`);
  });
});
