// Loads Pagefind for a search scope: its shards merged one by one into one instance, as far as a search needs them.
import { NO_VALUE, pageByValues, searchRecentFirst, type FilterValue, type PageQuery, type Progressive, type SearchPage, type Searchable } from '../../lib/search/searchPaging';
import type { Order } from '../../lib/search/searchState';

/** What the page shows of a result. */
export interface ResultData { url: string; meta: Record<string, string> }
interface PagefindInstance extends Searchable<ResultData> {
  options: (o: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
}
interface PagefindModule { createInstance: (o: { basePath: string }) => PagefindInstance }

const shardPath = (name: string) => `/pagefind/${name}/`;
/** Meta fields searched with a weight (Pagefind adds their matches to the body's score): the title first, then the occupation's words (KBJI titles, aliases, synonyms). */
const RANKING = { metaWeights: { title: 5, occupation: 3 } };
let module: Promise<PagefindModule> | undefined;
let pageBuild: string | undefined;

/** The site was rebuilt since this page loaded: its shard list is out of date, and shards of two builds must not be mixed. */
export class StaleIndexError extends Error {}
/**
 * Resolves if the published index is still the build this page was made with (`/pagefind/build.json`). Asked before
 * every merge of a further shard (revalidated, so usually a 304), since the site may be rebuilt while the page is open.
 */
export async function checkBuild(build: string | undefined = pageBuild): Promise<void> {
  const response = await fetch('/pagefind/build.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`build.json: HTTP ${response.status}`);
  const published = (await response.json()) as { build?: string };
  if (published.build !== build) throw new StaleIndexError('the site was rebuilt');
}

/**
 * A scope's shards merged into one instance as far as asked: a synthetic `shard` filter per merged shard lets a search
 * be asked of one shard at a time. Kept for the page's life, so going back to a scope already searched downloads
 * nothing. A failed download (a flaky connection, or shards renamed by a rebuild since the page loaded) drops the
 * instance, so the next search starts afresh instead of failing for good.
 */
class ShardedIndex implements Progressive<ResultData> {
  private instance: Promise<PagefindInstance> | undefined;
  private merged = 0;
  private merging: Promise<void> = Promise.resolve();
  constructor(readonly shards: readonly string[], private readonly build: string | undefined, private readonly forget: () => void) {}

  async upTo(count: number): Promise<PagefindInstance> {
    try {
      this.instance ??= (async () => {
        // Every shard's pagefind.js is the same file; a failed download is tried again by the next search.
        module ??= (import(/* @vite-ignore */ `${shardPath(this.shards[0]!)}pagefind.js`) as Promise<PagefindModule>)
          .catch((error: unknown) => { module = undefined; throw error; });
        const instance = (await module).createInstance({ basePath: shardPath(this.shards[0]!) });
        await instance.options({ baseUrl: '/', mergeFilter: { shard: this.shards[0] }, ranking: RANKING });
        this.merged = 1;
        return instance;
      })();
      const instance = await this.instance;
      if (this.merged >= Math.min(count, this.shards.length)) return instance;
      // A second shard must come from the same build as the first.
      await checkBuild(this.build);
      this.merging = this.merging.then(async () => {
        const more = this.shards.slice(this.merged, count);
        await Promise.all(more.map((name) => instance.mergeIndex(shardPath(name), { baseUrl: '/', mergeFilter: { shard: name } })));
        this.merged = Math.max(this.merged, Math.min(count, this.shards.length));
      });
      await this.merging;
      return instance;
    } catch (error) {
      this.forget();
      throw error;
    }
  }
}

/** Shard-by-shard searches and full-scope orders keep separate instances: a full-scope order merges every shard, after which each search would download the query's index chunks from all of them. */
const indexes = new Map<string, ShardedIndex>();
function indexOf(mode: 'recent' | 'all', shards: readonly string[]): ShardedIndex {
  const key = `${mode}:${shards.join(',')}`;
  if (!indexes.has(key)) indexes.set(key, new ShardedIndex(shards, pageBuild, () => indexes.delete(key)));
  return indexes.get(key)!;
}

/** The build of the index this page was made with (`search-config`), checked before a second shard is opened. */
export function useBuild(build: string | undefined): void {
  pageBuild = build;
}

const modeOf = (order: Order) => (order.kind === 'values' ? 'all' : 'recent');

/**
 * How many of a search's results each option of a filter has, over a whole scope whose shards the search has all
 * opened: one search per filter, without that filter's own choice (`filtersFor(key)`), each loading that filter's
 * file once. Asked only after the results are shown, so it costs the first search nothing.
 */
export async function countOptions(shards: readonly string[], order: Order, term: string | null, keys: readonly string[],
  filtersFor: (key: string) => Record<string, FilterValue>): Promise<Record<string, Record<string, number>>> {
  const instance = await indexOf(modeOf(order), shards).upTo(shards.length);
  const counts: Record<string, Record<string, number>> = {};
  for (const key of keys) {
    const filters = filtersFor(key);
    const found = await instance.search(term, { filters: { ...filters, [key]: filters[key] ?? { none: [NO_VALUE] } } });
    counts[key] = found.filters[key] ?? {};
  }
  return counts;
}

/** One page of a scope's results in an order; `stale()` says a newer search has started. */
export async function searchScope(shards: readonly string[], query: PageQuery & { order: Order; stale: () => boolean; sizes?: readonly number[]; firstPages?: number }): Promise<SearchPage<ResultData>> {
  const { order, sizes, firstPages, ...page } = query;
  if (shards.length === 0) return { total: 0, complete: true, page: [] };
  // Newest first, and relevance, need only a scope's newest shards; closing date and pay orders need them all.
  if (order.kind !== 'values') {
    const sort = order.kind === 'key' ? { [order.key]: order.direction } : undefined;
    return searchRecentFirst(indexOf(modeOf(order), shards), { ...page, shards, sizes, firstPages, sort });
  }
  const instance = await indexOf(modeOf(order), shards).upTo(shards.length);
  return pageByValues(instance, { ...page, order });
}
