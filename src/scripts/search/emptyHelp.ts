// What the search page suggests when nothing matched.
import { searchText as text } from '../../i18n/idSearch';
import type { Facets } from '../../lib/search/facets';
import { CONTROLS, FILTER_KEYS, type FilterKey } from '../../lib/search/filterControls';
import type { SearchState } from '../../lib/search/searchState';
import { el } from './render';

/** What the page knows of the scopes: province slug → its scope, and the overseas/nationwide scope's name. */
export interface ScopeConfig { scopeOf: Record<string, string>; national: string }

/** What to try when nothing matched: spelling, each active filter removed, the region's browse page. */
export function emptyHelp(state: SearchState, facets: Facets, config: ScopeConfig, href: (state: SearchState) => string): HTMLElement {
  const box = el('div', { class: 'search-empty' });
  box.append(el('p', {}, text.empty.heading));
  const list = el('ul');
  if (state.q) list.append(el('li', {}, text.empty.spelling));
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (!value) continue;
    const filters = { ...state.filters, [key]: undefined };
    for (const child of CONTROLS) if (child.parent?.required && child.parent.key === key) delete filters[child.key as FilterKey];
    const label = facets.options[key]?.find((o) => o.value === value)?.label ?? value;
    const li = el('li');
    li.append(el('a', { href: href({ ...state, filters, hal: 1 }), 'data-nav': '' }, text.empty.removeFilter(label)));
    list.append(li);
  }
  // Link a region's browse page only when the URL names a real province (and a kabupaten/kota of it).
  const province = facets.options.provinsi?.some((o) => o.value === state.filters.provinsi) && config.scopeOf[state.filters.provinsi!] !== config.national ? state.filters.provinsi : undefined;
  const regency = province && facets.options.kabkota?.some((o) => o.value === state.filters.kabkota && o.parent === province) ? state.filters.kabkota : undefined;
  const browse = el('li');
  browse.append(province
    ? el('a', { href: `/wilayah/${province}/${regency ? `${regency}/` : ''}` }, text.empty.browseRegion)
    : el('a', { href: '/' }, text.empty.browseHome));
  list.append(browse);
  box.append(list);
  return box;
}
