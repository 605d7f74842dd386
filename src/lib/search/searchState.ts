// The search page's state, all of it in the query string so a search can be shared, bookmarked, reloaded and walked back.
import { searchText } from '../../i18n/idSearch';
import { FILTER_KEYS, type FilterKey, type OrderKey } from './filterControls';

/**
 * How Pagefind answers an order: by relevance, by a sort key every page carries (only `posted`: each key adds ~2.5 B per
 * page to what every search downloads first), or by paging through the exact values of a filter that loads only
 * when that order is chosen (the order-only filters of src/lib/search/filters.ts).
 */
export type Order =
  | { kind: 'relevance' }
  | { kind: 'key'; key: string; direction: 'asc' | 'desc' }
  | { kind: 'values'; filter: OrderKey; direction: 'asc' | 'desc' };

/** Sort orders by their URL value (the default: `defaultSort`). */
export const SORTS = {
  relevansi: { label: searchText.sorts.relevance, order: { kind: 'relevance' } },
  terbaru: { label: searchText.sorts.newest, order: { kind: 'key', key: 'posted', direction: 'desc' } },
  tutup: { label: searchText.sorts.closing, order: { kind: 'values', filter: 'tutup', direction: 'asc' } },
  gaji: { label: searchText.sorts.pay, order: { kind: 'values', filter: 'upah', direction: 'desc' } },
} as const satisfies Record<string, { label: string; order: Order }>;
/** A sort order's URL value (`?urut=gaji`). */
export type SortName = keyof typeof SORTS;

/** Results per page. */
export const PAGE_SIZE = 10;

/** What a search page shows: words, filters, order, page number. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  /** As chosen; `effectiveSort` decides what an empty choice means. */
  urut?: SortName;
  hal: number;
  /** Search the words as typed, without spelling correction (`?persis=ya`, from "Cari … saja?"). */
  asIs?: true;
}

/** Reads the state from a query string; unknown keys and malformed values are dropped. */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const urut = params.get('urut') ?? '';
  const hal = Number.parseInt(params.get('hal') ?? '1', 10);
  const q = (params.get('q') ?? '').trim();
  const state: SearchState = { q, filters, urut: Object.hasOwn(SORTS, urut) ? (urut as SortName) : undefined, hal: Number.isFinite(hal) && hal > 1 ? hal : 1 };
  if (q && params.get('persis') === 'ya') state.asIs = true;
  return state;
}

/** The query string of a state (`?q=…&provinsi=…`), keys in a fixed order, defaults left out; `''` for the empty state. */
export function stateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) if (state.filters[key]) params.set(key, state.filters[key]!);
  if (state.urut && state.urut !== defaultSort(state)) params.set('urut', state.urut);
  if (state.hal > 1) params.set('hal', String(state.hal));
  if (state.asIs && state.q) params.set('persis', 'ya');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Most relevant first when there are words to rank by, newest first otherwise. Over a scope cut into several shards
 * (src/lib/search/searchShards.ts), "most relevant" ranks within the newest shard first and then the older ones, so
 * the first search stays small on a phone: relevance with a preference for recent vacancies.
 */
export function defaultSort(state: Pick<SearchState, 'q'>): SortName {
  return state.q ? 'relevansi' : 'terbaru';
}

/** The sort in force: the chosen one, except relevance without words to rank by, which means newest first. */
export function effectiveSort(state: SearchState): SortName {
  if (!state.urut || (state.urut === 'relevansi' && !state.q)) return defaultSort(state);
  return state.urut;
}

/** Whether there is anything to search for (words or a filter); an empty page loads no index. */
export function hasQuery(state: SearchState): boolean {
  return state.q !== '' || Object.keys(state.filters).length > 0;
}
