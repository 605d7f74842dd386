// One page of search results in an order, over Pagefind instances: the browser's search (src/scripts/search/pagefindIndex.ts) wires these to Pagefind.
import type { Order } from './searchState';

/** The part of a Pagefind search result this code reads. */
export interface Hit<D> { data: () => Promise<D> }
/** A filter as Pagefind takes it: one value, `{ any: [...] }` (pages with one of these values), or `{ none: [...] }` (pages with none of them). */
export type FilterValue = string | { any: string[] } | { none: string[] };
/** The part of a Pagefind instance this code uses: `search` with filters and at most one sort key. */
export interface Searchable<D> {
  search: (term: string | null, o: { filters?: Record<string, FilterValue>; sort?: Record<string, string> }) =>
    Promise<{ results: Hit<D>[]; filters: Record<string, Record<string, number>> }>;
}
/** A scope's shards merged into one instance on demand: `upTo(n)` resolves once the first n are searchable. */
export interface Progressive<D> { upTo: (count: number) => Promise<Searchable<D>> }

/** One page of results: `total` is exact when `complete`, otherwise a lower bound (older shards not yet searched). */
export interface SearchPage<D> { total: number; complete: boolean; page: D[] }

/** A filter value no page has: `{ none: [NO_VALUE] }` loads a filter's file and its counts without narrowing anything. */
export const NO_VALUE = '~';

/** Which page of which results: the words (null: none), the filters, the first result's position and how many. */
export interface PageQuery {
  term: string | null;
  filters: Record<string, FilterValue>;
  from: number;
  count: number;
}

const dataOf = <D>(hits: readonly Hit<D>[]) => Promise.all(hits.map((h) => h.data()));

/**
 * An order by a filter's exact values (closing date, pay figure), which sort lexically: one search gives the count of
 * every value among the results; the values holding the requested page are then searched one by one, in order
 * (relevance within a value). The ordering filter may already be asked to leave values out (`{ none: [...] }`: the
 * closing dates past on the build date, src/lib/search/searchWindow.ts); those keep their count of none.
 */
export async function pageByValues<D>(instance: Searchable<D>,
  { term, filters, order, from, count }: PageQuery & { order: Extract<Order, { kind: 'values' }> }): Promise<SearchPage<D>> {
  const own = filters[order.filter];
  const leftOut = typeof own === 'object' && 'none' in own ? own.none : [];
  const all = await instance.search(term, { filters: { ...filters, [order.filter]: { none: [...leftOut, NO_VALUE] } } });
  const sign = order.direction === 'asc' ? 1 : -1;
  const values = Object.entries(all.filters[order.filter] ?? {}).filter(([, n]) => n > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0) * sign);
  const page: Hit<D>[] = [];
  let before = 0;
  for (const [value, n] of values) {
    if (page.length >= count) break;
    if (before + n > from) {
      const found = await instance.search(term, { filters: { ...filters, [order.filter]: value } });
      page.push(...found.results.slice(Math.max(0, from - before), from + count - before));
    }
    before += n;
  }
  return { total: all.results.length, complete: true, page: await dataOf(page.slice(0, count)) };
}

/**
 * A page of a scope searched shard by shard: its shards newest first (with how many records each holds, when known,
 * and how many records a first search may open at once: the index's largest shard), the sort key (none: relevance),
 * and whether a newer search has started.
 */
export interface RecentQuery extends PageQuery {
  shards: readonly string[];
  sizes?: readonly number[];
  firstPages?: number;
  sort?: Record<string, string>;
  stale?: () => boolean;
}

/**
 * How many more shards, from `searched` on, a walk opens at once to find `missing` more results: as many as hold the
 * records that many results take at the hit rate so far (per record when the shards' sizes are known, since a scope's
 * first shard, its week's, may be much smaller than the older ones; else per shard), at least one.
 */
function nextBatch(missing: number, hits: number, searched: number, sizes: readonly number[] | undefined): number {
  if (!sizes) return Math.ceil(missing / (hits / searched));
  const records = sizes.slice(0, searched).reduce((sum, n) => sum + n, 0);
  let wanted = missing / (hits / records);
  let batch = 0;
  while (searched + batch < sizes.length && wanted > 0) wanted -= sizes[searched + batch++]!;
  return Math.max(1, batch);
}

/**
 * One page over shards that are themselves in posting order (every page of one posted no earlier than any page of the
 * next, src/lib/search/searchShards.ts), shard by shard: newest first (`sort` = the posted key) is then exact; relevance
 * (`sort` undefined) ranks within the newest shard first, then the next. Older shards are opened only while the
 * requested page (and one result more, to know whether a next page exists) is not yet filled; how many at once
 * follows the hit rate so far (none yet: twice as many as last time), so a rare word does not wait for them one by
 * one. The count covers the shards searched, so it is exact only once the last one has been searched. `stale()` stops
 * the walk when a newer search has started.
 */
export async function searchRecentFirst<D>(index: Progressive<D>, { shards, sizes, firstPages, term, filters, sort, from, count, stale = () => false }: RecentQuery): Promise<SearchPage<D>> {
  const need = from + count + 1;
  const hits: Hit<D>[] = [];
  let searched = 0;
  // A small scope's week and older shards together hold no more than one large shard: opened at once, they give exact counts.
  let batch = 1;
  if (sizes && firstPages) for (let pages = sizes[0] ?? 0; batch < sizes.length && pages + sizes[batch]! <= firstPages; batch++) pages += sizes[batch]!;
  const together = batch;
  while (searched < shards.length && hits.length < need && !stale()) {
    if (searched > 0) batch = hits.length > 0 ? nextBatch(need - hits.length, hits.length, searched, sizes) : batch * 2;
    const upTo = Math.min(shards.length, searched + batch);
    const instance = await index.upTo(upTo);
    for (; searched < upTo && (hits.length < need || searched < together) && !stale(); searched++) {
      const found = await instance.search(term, { filters: { ...filters, shard: shards[searched]! }, sort });
      hits.push(...found.results);
    }
  }
  return { total: hits.length, complete: searched === shards.length, page: await dataOf(hits.slice(from, from + count)) };
}
