import { describe, expect, it } from 'vitest';
import { pageByValues, searchRecentFirst, type FilterValue, type Searchable } from '../../src/lib/search/searchPaging';

/** A vacancy as a small in-memory index sees it: its shard, posting date, closing date, pay order value and words. */
interface Doc { id: string; shard: string; posted: string; tutup: string; upah: string; words: string[] }

/**
 * An in-memory stand-in for a Pagefind instance with the behaviour these functions rely on (documented in
 * BENCHMARKS.md and checked in Chromium by tests/browser/search.test.ts): results in index order unless sorted,
 * a `{ none: [...] }` filter narrows nothing it does not name, and `filters` counts each value of every filter
 * file loaded so far among the results.
 */
function fakeIndex(docs: Doc[]): Searchable<string> & { searches: number } {
  const loaded = new Set<string>();
  const index = {
    searches: 0,
    async search(term: string | null, o: { filters?: Record<string, FilterValue>; sort?: Record<string, string> }) {
      index.searches++;
      const filters = o.filters ?? {};
      for (const key of Object.keys(filters)) if (key !== 'shard') loaded.add(key);
      let results = docs.filter((d) => (term === null || d.words.includes(term)) && Object.entries(filters).every(([key, want]) => {
        const value = String(d[key as keyof Doc]);
        return typeof want === 'string' ? value === want : 'any' in want ? want.any.includes(value) : !want.none.includes(value);
      }));
      if (o.sort?.posted) results = [...results].sort((a, b) => (a.posted < b.posted ? 1 : a.posted > b.posted ? -1 : 0));
      const counts: Record<string, Record<string, number>> = {};
      for (const key of loaded) {
        counts[key] = {};
        for (const d of docs) counts[key][String(d[key as keyof Doc])] ??= 0;
        for (const d of results) counts[key][String(d[key as keyof Doc])]! += 1;
      }
      return { results: results.map((d) => ({ data: async () => d.id })), filters: counts };
    },
  };
  return index;
}

const doc = (id: string, shard: string, posted: string, tutup = '2026-12-31', upah = '0000000000', words = ['perawat']): Doc => ({ id, shard, posted, tutup, upah, words });

describe('ordering by a filter\'s exact values (closing soonest, highest pay)', () => {
  const docs = [
    doc('a', 's', '2026-11-01', '2026-12-03', '0005000000'), doc('b', 's', '2026-11-02', '2026-12-01', '0009000000'),
    doc('c', 's', '2026-11-03', '2026-12-02', '0005000000'), doc('d', 's', '2026-11-04', '2026-12-01', '0000000000'),
    doc('e', 's', '2026-11-05', '2026-12-03', '0012000000', ['sopir']), doc('f', 's', '2026-11-06', '2026-12-02', '0005000000'),
  ];

  it('pages through the values in order, a page starting inside a value and ending inside another', async () => {
    const order = { kind: 'values', filter: 'tutup', direction: 'asc' } as const;
    const all = await pageByValues(fakeIndex(docs), { term: null, filters: {}, order, from: 0, count: 6 });
    expect(all).toEqual({ total: 6, complete: true, page: ['b', 'd', 'c', 'f', 'a', 'e'] });
    expect((await pageByValues(fakeIndex(docs), { term: null, filters: {}, order, from: 1, count: 2 })).page).toEqual(['d', 'c']);
    expect((await pageByValues(fakeIndex(docs), { term: null, filters: {}, order, from: 3, count: 2 })).page).toEqual(['f', 'a']);
    // Past the end: the count, no results.
    expect(await pageByValues(fakeIndex(docs), { term: null, filters: {}, order, from: 10, count: 2 })).toEqual({ total: 6, complete: true, page: [] });
  });

  it('orders by closing date past the dates the page hides (closed since the index was cut), and counts without them', async () => {
    const order = { kind: 'values', filter: 'tutup', direction: 'asc' } as const;
    const filters = { tutup: { none: ['2026-12-01'] } };
    expect(await pageByValues(fakeIndex(docs), { term: null, filters, order, from: 0, count: 6 })).toEqual({ total: 4, complete: true, page: ['c', 'f', 'a', 'e'] });
    expect((await pageByValues(fakeIndex(docs), { term: null, filters, order, from: 2, count: 2 })).page).toEqual(['a', 'e']);
  });

  it('orders highest pay first, no pay last, and counts only what the words and filters match', async () => {
    const order = { kind: 'values', filter: 'upah', direction: 'desc' } as const;
    expect((await pageByValues(fakeIndex(docs), { term: null, filters: {}, order, from: 0, count: 6 })).page).toEqual(['e', 'b', 'a', 'c', 'f', 'd']);
    expect(await pageByValues(fakeIndex(docs), { term: 'perawat', filters: {}, order, from: 0, count: 2 })).toEqual({ total: 5, complete: true, page: ['b', 'a'] });
  });

  it('searches only the values a page needs, skipping values with no match', async () => {
    const index = fakeIndex(docs);
    await pageByValues(index, { term: 'perawat', filters: {}, order: { kind: 'values', filter: 'upah', direction: 'desc' }, from: 0, count: 1 });
    // One search for the counts, one for the top value that has a match (0012000000 is only "sopir").
    expect(index.searches).toBe(2);
  });
});

const NEWEST = { posted: 'desc' };

describe('newest first over shards in posting order', () => {
  // Three shards, newest first, as src/lib/search/searchShards.ts cuts them.
  const shards = ['semua-1', 'semua-2', 'semua-3'];
  const docs = [
    doc('n1', 'semua-1', '2026-11-27'), doc('n2', 'semua-1', '2026-11-28'), doc('n3', 'semua-1', '2026-11-26'), doc('n4', 'semua-1', '2026-11-26'),
    doc('m1', 'semua-2', '2026-11-20'), doc('m2', 'semua-2', '2026-11-25'), doc('m3', 'semua-2', '2026-11-24'), doc('m4', 'semua-2', '2026-11-21', undefined, undefined, ['sopir']),
    doc('o1', 'semua-3', '2026-11-10'), doc('o2', 'semua-3', '2026-11-19'), doc('o3', 'semua-3', '2026-11-02'),
  ];
  const progressive = () => {
    const asked: number[] = [];
    const index = fakeIndex(docs);
    return { asked, index, upTo: async (n: number) => (asked.push(n), index) };
  };

  it('answers the first page from the newest shard alone, with a count that says it is a lower bound', async () => {
    const p = progressive();
    const page = await searchRecentFirst(p, { shards, term: null, filters: {}, sort: NEWEST, from: 0, count: 3 });
    expect(page).toEqual({ total: 4, complete: false, page: ['n2', 'n1', 'n3'] });
    expect(p.asked).toEqual([1]);
  });

  it('opens older shards only while the page and one result more are not filled, as many at once as the hit rate says', async () => {
    const p = progressive();
    const page = await searchRecentFirst(p, { shards, term: null, filters: {}, sort: NEWEST, from: 3, count: 3 });
    expect(page).toEqual({ total: 8, complete: false, page: ['n4', 'm2', 'm3'] });
    expect(p.asked).toEqual([1, 2]);
    // Four hits per shard so far, nine wanted: two more shards at once.
    const two = progressive();
    expect(await searchRecentFirst(two, { shards, term: null, filters: {}, sort: NEWEST, from: 5, count: 3 })).toMatchObject({ total: 11, complete: true });
    expect(two.asked).toEqual([1, 3]);
    // No hit in the newest shard: twice as many next time.
    const rare = progressive();
    expect(await searchRecentFirst(rare, { shards, term: 'sopir', filters: {}, sort: NEWEST, from: 0, count: 3 })).toEqual({ total: 1, complete: true, page: ['m4'] });
    expect(rare.asked).toEqual([1, 3]);
    // A page exactly filled by the newest shard still looks further, so the pager knows whether a next page exists.
    const exact = progressive();
    expect(await searchRecentFirst(exact, { shards, term: null, filters: {}, sort: NEWEST, from: 0, count: 4 })).toMatchObject({ total: 8, complete: false });
    expect(exact.asked).toEqual([1, 2]);
    // Page and one more exactly filled by the first two shards: the third is not searched.
    expect((await searchRecentFirst(progressive(), { shards, term: null, filters: {}, sort: NEWEST, from: 4, count: 3 })).complete).toBe(false);
  });

  it('counts the hit rate per record when the shards\' sizes are known, so a small first shard does not open every older one', async () => {
    // A Monday's week shard of one vacancy, then two older ones of five: one hit in one record, five more wanted.
    const week = [doc('w1', 'semua-1', '2026-11-30'), ...['a', 'b', 'c', 'd', 'e'].map((x, i) => doc(`${x}1`, 'semua-2', `2026-11-2${i}`)),
      ...['a', 'b', 'c', 'd', 'e'].map((x, i) => doc(`${x}2`, 'semua-3', `2026-11-1${i}`))];
    const asked: number[] = [];
    const index = fakeIndex(week);
    const upTo = async (n: number) => (asked.push(n), index);
    const page = await searchRecentFirst({ upTo }, { shards, sizes: [1, 5, 5], term: null, filters: {}, sort: NEWEST, from: 0, count: 5 });
    expect(page).toMatchObject({ total: 6, complete: false });
    expect(asked).toEqual([1, 2]);
    // A scope whose shards together hold no more than the index's largest shard is searched whole at once: an exact count.
    const small: number[] = [];
    const whole = await searchRecentFirst({ upTo: async (n: number) => (small.push(n), index) }, { shards, sizes: [1, 5, 5], firstPages: 11, term: null, filters: {}, sort: NEWEST, from: 0, count: 2 });
    expect(whole).toEqual({ total: 11, complete: true, page: ['w1', 'e1'] });
    expect(small).toEqual([3]);
    expect((await searchRecentFirst({ upTo: async () => index }, { shards, sizes: [1, 5, 5], firstPages: 6, term: null, filters: {}, sort: NEWEST, from: 0, count: 1 }))).toEqual({ total: 6, complete: false, page: ['w1'] });
    // Without the sizes, one hit per shard so far asks for five more shards: all of them.
    const blind: number[] = [];
    await searchRecentFirst({ upTo: async (n: number) => (blind.push(n), index) }, { shards, term: null, filters: {}, sort: NEWEST, from: 0, count: 5 });
    expect(blind).toEqual([1, 3]);
  });

  it('gives the exact count once the last shard is searched, and an empty page past the end', async () => {
    expect(await searchRecentFirst(progressive(), { shards, term: null, filters: {}, sort: NEWEST, from: 8, count: 3 })).toEqual({ total: 11, complete: true, page: ['o2', 'o1', 'o3'] });
    expect(await searchRecentFirst(progressive(), { shards, term: 'sopir', filters: {}, sort: NEWEST, from: 0, count: 3 })).toEqual({ total: 1, complete: true, page: ['m4'] });
    expect(await searchRecentFirst(progressive(), { shards, term: null, filters: {}, sort: NEWEST, from: 20, count: 3 })).toEqual({ total: 11, complete: true, page: [] });
  });

  it('stops opening shards when a newer search has started', async () => {
    const p = progressive();
    let calls = 0;
    const page = await searchRecentFirst(p, { shards, term: 'sopir', filters: {}, sort: NEWEST, from: 0, count: 3, stale: () => ++calls > 2 });
    expect(page.complete).toBe(false);
    expect(p.asked).toEqual([1]);
  });

  it('ranks by relevance within the newest shard first, then the next', async () => {
    const scored = [
      doc('a1', 'semua-1', '2026-11-28', undefined, undefined, ['x']), doc('a2', 'semua-1', '2026-11-27', undefined, undefined, ['perawat']),
      doc('b1', 'semua-2', '2026-11-20', undefined, undefined, ['perawat']), doc('b2', 'semua-2', '2026-11-21', undefined, undefined, ['perawat']),
    ];
    const index = fakeIndex(scored);
    // The stand-in keeps index order for relevance: within a shard, results come as the index ranks them.
    const page = await searchRecentFirst({ upTo: async () => index }, { shards: ['semua-1', 'semua-2'], term: 'perawat', filters: {}, from: 0, count: 3 });
    expect(page).toEqual({ total: 3, complete: true, page: ['a2', 'b1', 'b2'] });
  });
});
