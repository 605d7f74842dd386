import type { Province, Regency } from '../../reference/regions';
import type { Vacancy } from '../../schema/publishedVacancy';
import { SEARCH_FILTERS, type RecordContext } from '../filters';
import type { SearchWindow } from '../searchWindow';

/** Search record context of a vacancy: its province and kabupaten/kota slugs, and the day its index is cut as of. */
export function recordContext(window: SearchWindow, province?: Province, regency?: Regency): RecordContext {
  return { window, provinceSlug: province?.slug, regencySlug: regency?.slug };
}

/** Filter name → values of one vacancy's search record, from the registry: the vacancy's own filters, then its place's. */
export function searchFilters(v: Vacancy, ctx: RecordContext): Record<string, string[]> {
  const ordered = [...SEARCH_FILTERS.filter((filter) => filter.from === 'vacancy'), ...SEARCH_FILTERS.filter((filter) => filter.from === 'place')];
  return Object.fromEntries(ordered.map((filter) => [filter.key, filter.values(v, ctx)] as const).filter(([, values]) => values.length > 0));
}

/** Sort keys every indexed page carries (Pagefind drops pages lacking the key sorted by), as strings that sort lexically. */
export function searchSorts(v: Vacancy): Record<'posted', string> {
  return { posted: v.date_posted };
}
