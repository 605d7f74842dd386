// Loads the Pagefind index for a scope (one province's shard, or the nationwide partitions) and answers one page of results in an order.
import type { Order } from '../../lib/search/searchState';

/** The part of Pagefind's JS API this page uses. */
export interface PagefindResult { id: string; score: number; data: () => Promise<ResultData> }
export interface ResultData { url: string; meta: Record<string, string> }
type FilterValue = string | { none: string[] };
export interface PagefindSearch { results: PagefindResult[]; filters: Record<string, Record<string, number>> }
interface PagefindInstance {
  options: (o: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, o: { filters?: Record<string, FilterValue>; sort?: Record<string, string> }) => Promise<PagefindSearch>;
}
interface PagefindModule { createInstance: (o: { basePath: string }) => PagefindInstance }

/** One page of results: `total` is exact when `complete`, otherwise a lower bound (later partitions not yet searched). */
export interface SearchPage { total: number; complete: boolean; page: ResultData[] }

const shardPath = (name: string) => `/pagefind/${name}/`;
/** A filter value no page has: `{ none: [NO_VALUE] }` loads a filter's file and its counts without narrowing anything. */
const NO_VALUE = '~';
let module: Promise<PagefindModule> | undefined;

/**
 * An index made of shards merged one by one, as far as a search needs them. A synthetic `shard` filter per merged
 * shard lets a search be asked of one shard at a time. Kept for the page's life: going back to a scope already
 * searched downloads nothing.
 */
class ShardedIndex {
  private instance: Promise<PagefindInstance> | undefined;
  private merged = 0;
  private merging: Promise<void> = Promise.resolve();
  constructor(readonly shards: readonly string[]) {}

  /** The instance with at least the first `count` shards merged in. */
  async upTo(count: number): Promise<PagefindInstance> {
    this.instance ??= (async () => {
      module ??= import(/* @vite-ignore */ `${shardPath(this.shards[0]!)}pagefind.js`) as Promise<PagefindModule>;
      const instance = (await module).createInstance({ basePath: shardPath(this.shards[0]!) });
      await instance.options({ baseUrl: '/', mergeFilter: { shard: this.shards[0] } });
      this.merged = 1;
      return instance;
    })();
    const instance = await this.instance;
    this.merging = this.merging.then(async () => {
      const more = this.shards.slice(this.merged, count);
      await Promise.all(more.map((name) => instance.mergeIndex(shardPath(name), { baseUrl: '/', mergeFilter: { shard: name } })));
      this.merged = Math.max(this.merged, Math.min(count, this.shards.length));
    });
    await this.merging;
    return instance;
  }
}

const indexes = new Map<string, ShardedIndex>();
function indexOf(shards: readonly string[]): ShardedIndex {
  const key = shards.join(',');
  if (!indexes.has(key)) indexes.set(key, new ShardedIndex(shards));
  return indexes.get(key)!;
}

const dataOf = (results: readonly PagefindResult[]) => Promise.all(results.map((r) => r.data()));

/**
 * Total and one page of results from every shard of a scope, in an order. A sort key is only asked of a single shard:
 * merged shards come back ordered by relevance score, so the nationwide partitions use `searchNewestFirst`.
 */
export async function searchShards(shards: readonly string[], term: string | null, filters: Record<string, string>,
  order: Order, from: number, count: number): Promise<SearchPage> {
  if (shards.length === 0) return { total: 0, complete: true, page: [] };
  const instance = await indexOf(shards).upTo(shards.length);
  if (order.kind === 'values') return pageByValues(instance, term, filters, order, from, count);
  if (order.kind === 'key' && shards.length > 1) throw new Error(`sort key ${order.key} asked of ${shards.length} merged shards`);
  const sort = order.kind === 'key' ? { [order.key]: order.direction } : undefined;
  const all = await instance.search(term, { filters, sort });
  return { total: all.results.length, complete: true, page: await dataOf(all.results.slice(from, from + count)) };
}

/**
 * An order by a filter's exact values (closing date, pay figure): one search gives the count of every value among the
 * results; the values holding the requested page are then searched one by one, in order (relevance within a value).
 */
async function pageByValues(instance: PagefindInstance, term: string | null, filters: Record<string, string>,
  order: Extract<Order, { kind: 'values' }>, from: number, count: number): Promise<SearchPage> {
  const all = await instance.search(term, { filters: { ...filters, [order.filter]: { none: [NO_VALUE] } } });
  const values = Object.entries(all.filters[order.filter] ?? {}).filter(([, n]) => n > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0) * (order.direction === 'asc' ? 1 : -1));
  const page: PagefindResult[] = [];
  let before = 0;
  for (const [value, n] of values) {
    if (before + n > from) {
      const found = await instance.search(term, { filters: { ...filters, [order.filter]: value } });
      page.push(...found.results.slice(Math.max(0, from - before), from + count - before));
      if (page.length >= count) break;
    }
    before += n;
  }
  return { total: all.results.length, complete: true, page: await dataOf(page.slice(0, count)) };
}

/**
 * Newest first over partitions that are themselves in posting order (every page of one posted no earlier than any page
 * of the next): search the newest partition, and open the next one only while the requested page is not yet filled.
 * The count covers the partitions searched, so it is exact only once the last one has been searched.
 */
export async function searchNewestFirst(partitions: readonly string[], term: string | null, filters: Record<string, string>,
  from: number, count: number): Promise<SearchPage> {
  if (partitions.length === 0) return { total: 0, complete: true, page: [] };
  const index = indexOf(partitions);
  const hits: PagefindResult[] = [];
  let searched = 0;
  while (searched < partitions.length && hits.length < from + count) {
    const instance = await index.upTo(searched + 1);
    const found = await instance.search(term, { filters: { ...filters, shard: partitions[searched]! }, sort: { posted: 'desc' } });
    hits.push(...found.results);
    searched++;
  }
  return { total: hits.length, complete: searched === partitions.length, page: await dataOf(hits.slice(from, from + count)) };
}
