// Loads the Pagefind index for a scope: one province's shard alone, or every shard merged for a nationwide search.
import { mergeSorted } from '../../lib/search/mergeSorted';

/** The part of Pagefind's JS API this page uses. */
export interface PagefindResult { id: string; score: number; data: () => Promise<ResultData> }
export interface ResultData { url: string; meta: Record<string, string> }
export interface PagefindSearch { results: PagefindResult[]; filters: Record<string, Record<string, number>> }
interface PagefindInstance {
  options: (o: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, o: { filters?: Record<string, string>; sort?: Record<string, string> }) => Promise<PagefindSearch>;
}
interface PagefindModule { createInstance: (o: { basePath: string }) => PagefindInstance }

/** Order of the sort keys in a result's `sort` meta (src/lib/search/searchRecord.ts). */
const SORT_KEYS = ['posted', 'closes', 'pay'];
const shardPath = (name: string) => `/pagefind/${name}/`;
let module: Promise<PagefindModule> | undefined;
const instances = new Map<string, Promise<PagefindInstance>>();

/** One instance per scope, kept for the page's life: going back to a scope already searched downloads nothing. */
function instanceFor(shards: readonly string[]): Promise<PagefindInstance> {
  const key = shards.join(',');
  if (!instances.has(key)) {
    instances.set(key, (async () => {
      module ??= import(/* @vite-ignore */ `${shardPath(shards[0]!)}pagefind.js`) as Promise<PagefindModule>;
      const instance = (await module).createInstance({ basePath: shardPath(shards[0]!) });
      // A synthetic `shard` filter per merged index lets a sorted nationwide search be asked shard by shard.
      await instance.options({ baseUrl: '/', mergeFilter: { shard: shards[0] } });
      await Promise.all(shards.slice(1).map((name) => instance.mergeIndex(shardPath(name), { baseUrl: '/', mergeFilter: { shard: name } })));
      return instance;
    })());
  }
  return instances.get(key)!;
}

/** Total and one page of results, in the sort's order even across merged shards. */
export async function searchShards(shards: readonly string[], term: string | null, filters: Record<string, string>,
  sort: Record<string, 'asc' | 'desc'> | undefined, from: number, count: number): Promise<{ total: number; page: ResultData[] }> {
  if (shards.length === 0) return { total: 0, page: [] };
  const instance = await instanceFor(shards);
  const all = await instance.search(term, { filters, sort });
  const [sortKey, direction] = Object.entries(sort ?? {})[0] ?? [];
  if (!sortKey || !direction || shards.length === 1) {
    return { total: all.results.length, page: await Promise.all(all.results.slice(from, from + count).map((r) => r.data())) };
  }
  // mergeIndex orders merged shards by relevance score: ask each shard holding results on its own, then merge by the key.
  const holding = Object.entries(all.filters.shard ?? {}).filter(([, n]) => n > 0).map(([name]) => name);
  const perShard = await Promise.all(holding.map((name) => instance.search(term, { filters: { ...filters, shard: name }, sort })));
  const cache = new Map<PagefindResult, Promise<ResultData>>();
  const data = (r: PagefindResult) => { if (!cache.has(r)) cache.set(r, r.data()); return cache.get(r)!; };
  const at = SORT_KEYS.indexOf(sortKey);
  const lists = perShard.map((s) => ({ items: s.results, key: async (r: PagefindResult) => (await data(r)).meta.sort?.split(' ')[at] ?? '' }));
  const merged = await mergeSorted(lists, direction, from, count);
  return { total: all.results.length, page: await Promise.all(merged.map(data)) };
}
