// The search page (/cari/): state lives in the URL; every change pushes a new URL, and back/forward/reload replay it.
import { searchText as text } from '../../i18n/idSearch';
import type { Facets, FacetOption } from '../../lib/search/facets';
import { CHECKED, CONTROL_FILTERS, FILTER_KEYS, type ControlFilter, type FilterKey } from '../../lib/search/filters';
import { PAGE_SIZE, SORTS, effectiveSort, hasQuery, parseState, stateToQuery, type SearchState } from '../../lib/search/searchState';
import { correctWords } from '../../lib/search/spelling';
import { StaleIndexError, checkBuild, searchScope, useBuild } from './pagefindIndex';
import { el, fillSelect, pager, resultCard } from './render';

/** Written by the page at build time: province slug → its search scope, each scope's index shards (newest first), the nationwide and overseas scopes. */
const config = JSON.parse(document.getElementById('search-config')!.textContent!) as {
  scopeOf: Record<string, string>; scopes: Record<string, string[]>; nationwide: string; national: string; build?: string;
};
useBuild(config.build);
const form = document.getElementById('search-form') as HTMLFormElement;
const input = form.elements.namedItem('q') as HTMLInputElement;
const sortSelect = form.elements.namedItem('urut') as HTMLSelectElement;
const status = document.getElementById('search-status')!;
const results = document.getElementById('search-results')!;
const after = document.getElementById('search-after')!;
// Every filter's control, as the page renders them from the registry (src/lib/search/filters.ts).
const keyOf = (filter: ControlFilter) => filter.key as FilterKey;
const selects = CONTROL_FILTERS.filter((filter) => filter.control === 'select')
  .map((filter) => ({ filter, select: form.elements.namedItem(filter.key) as HTMLSelectElement }));
const checkboxes = CONTROL_FILTERS.filter((filter) => filter.control === 'checkbox')
  .map((filter) => ({ filter, box: form.elements.namedItem(filter.key) as HTMLInputElement }));
const facetFiles = new Map<string, Promise<Facets>>();
let current = parseState(location.search);
/** The facets the controls show: the parent of each option. */
let shown: Facets | undefined;
let runs = 0;
let vocabulary: Promise<Record<string, number>> | undefined;

/** The index's words (`/cari/kata.json`, loaded with the first search that has words); none if it cannot be loaded. */
function loadVocabulary(): Promise<Record<string, number>> {
  vocabulary ??= fetch('/cari/kata.json').then((r) => (r.ok ? (r.json() as Promise<Record<string, number>>) : {})).catch(() => {
    vocabulary = undefined;
    return {};
  });
  return vocabulary;
}

/** "Menampilkan hasil untuk *perawat*. Cari *perwat* saja?", the link searching the words as typed. */
function spellingNote(state: SearchState, corrected: string): HTMLElement {
  const note = el('p', { id: 'search-spelling' }, text.spelling.showing);
  const asTyped = el('a', { href: href({ ...state, hal: 1, asIs: true }), 'data-nav': '' }, text.spelling.instead);
  asTyped.append(el('em', {}, state.q), text.spelling.insteadEnd);
  note.append(el('em', {}, corrected), '. ', asTyped);
  return note;
}

/** Search scope of a state (its facet file and index shards): the chosen province, the nationwide/overseas scope, or the whole country. */
function scopeOf(state: SearchState): { scope: string; shards: string[] } {
  const chosen = state.filters.provinsi;
  // A province with no open vacancies has no index (say, from an old shared link): nothing to search, nationwide controls.
  if (chosen && !Object.hasOwn(config.scopeOf, chosen)) return { scope: config.nationwide, shards: [] };
  const scope = chosen ? config.scopeOf[chosen]! : state.filters.luar === CHECKED ? config.national : config.nationwide;
  return { scope, shards: config.scopes[scope] ?? [] };
}

function facetsFor(scope: string): Promise<Facets> {
  if (!facetFiles.has(scope)) {
    facetFiles.set(scope, fetch(`/cari/facets/${scope}.json`).then((r) => {
      if (!r.ok) throw new Error(`facets ${scope}: HTTP ${r.status}`);
      return r.json() as Promise<Facets>;
    }));
  }
  return facetFiles.get(scope)!;
}

/** Puts the state into the controls; a filter with a parent (kabupaten/kota, unit group) offers the chosen parent's options only. */
function showControls(state: SearchState, facets: Facets): void {
  shown = facets;
  input.value = state.q;
  sortSelect.value = effectiveSort(state);
  const parentOf = (filter: ControlFilter) => (filter.parent ? state.filters[filter.parent.key as FilterKey] : undefined);
  const options = (filter: ControlFilter): FacetOption[] => {
    const list = facets.options[filter.key] ?? [];
    const parent = parentOf(filter);
    if (filter.parent?.required && !parent) return [];
    return parent ? list.filter((o) => o.parent === parent) : list;
  };
  for (const { filter, select } of selects) {
    fillSelect(select, filter.text.all ?? '', options(filter), state.filters[keyOf(filter)], !state.q);
    // A filter offered only within its parent waits for the parent.
    if (filter.parent?.required) select.disabled = !parentOf(filter);
  }
  for (const { filter, box } of checkboxes) box.checked = state.filters[keyOf(filter)] === CHECKED;
}

/** The state the controls describe, back on page 1. */
function readControls(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const { filter, select } of selects) if (select.value) filters[keyOf(filter)] = select.value;
  for (const { filter, box } of checkboxes) if (box.checked) filters[keyOf(filter)] = CHECKED;
  // The select shows the order in force; leaving it there keeps what was chosen (or nothing, so the default follows the words).
  const urut = sortSelect.value === effectiveSort(current) ? current.urut : (sortSelect.value as SearchState['urut']);
  return { q: input.value.trim(), filters, urut, hal: 1 };
}

const href = (state: SearchState) => `/cari/${stateToQuery(state)}`;

function navigate(state: SearchState): void {
  // The state as its URL says it, so what the page holds is what a reload would restore.
  const normal = parseState(stateToQuery(state));
  history.pushState(null, '', href(normal));
  void run(normal);
}

/** What to try when nothing matched: spelling, each active filter removed, the region's browse page. */
function emptyHelp(state: SearchState, facets: Facets): HTMLElement {
  const box = el('div', { class: 'search-empty' });
  box.append(el('p', {}, text.empty.heading));
  const list = el('ul');
  if (state.q) list.append(el('li', {}, text.empty.spelling));
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (!value) continue;
    const filters = { ...state.filters, [key]: undefined };
    for (const child of CONTROL_FILTERS) if (child.parent?.required && child.parent.key === key) delete filters[keyOf(child)];
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

/** Shows a state; if the index or its counts cannot be loaded, says so instead of leaving the page blank. */
async function run(state: SearchState): Promise<void> {
  try {
    await show(state);
  } catch (error) {
    // A file that is gone may mean the site was rebuilt (its index files renamed) rather than a broken connection.
    const stale = error instanceof StaleIndexError || (await checkBuild().then(() => false, (e: unknown) => e instanceof StaleIndexError));
    status.textContent = stale ? text.status.stale : text.status.failed;
  }
}

/** Shows a state: controls, then (when there is something to search) the count and one page of results. */
async function show(state: SearchState): Promise<void> {
  const mine = ++runs;
  current = state;
  const { scope, shards } = scopeOf(state);
  const words = state.q && !state.asIs ? loadVocabulary() : undefined;
  const facets = await facetsFor(scope);
  if (mine !== runs) return;
  showControls(state, facets);
  if (!hasQuery(state)) {
    results.replaceChildren();
    after.replaceChildren();
    status.textContent = text.status.prompt(text.number(facets.total));
    return;
  }
  status.textContent = text.status.searching;
  document.getElementById('search-spelling')?.remove();
  const corrected = words ? correctWords(state.q, await words) : undefined;
  if (mine !== runs) return;
  const term = corrected ?? state.q;
  status.dataset.searched = term;
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)) as Record<string, string>;
  // A province's shards hold only that province: its filter would only download a file listing every page.
  const asked = { ...filters };
  if (scope !== config.nationwide && scope !== config.national) delete asked.provinsi;
  const sort = effectiveSort(state);
  const from = (state.hal - 1) * PAGE_SIZE;
  const { total, complete, page } = await searchScope(shards,
    { term: term || null, filters: asked, order: SORTS[sort].order, from, count: PAGE_SIZE, stale: () => mine !== runs });
  if (mine !== runs) return;
  const forWords = state.q ? text.status.forWords(term) : '';
  results.replaceChildren(...page.map(resultCard));
  if (corrected) results.before(spellingNote(state, corrected));
  after.replaceChildren();
  if (total === 0) {
    status.textContent = text.status.none(forWords, Object.keys(filters).length > 0);
    after.append(emptyHelp(state, facets));
    return;
  }
  // While older shards are unsearched the count is a lower bound, yet covers at least one result past this page.
  const pages = Math.ceil(total / PAGE_SIZE);
  if (!page.length && state.hal > pages) {
    // An old link past the last page: go to the last page, in the URL too.
    const last = { ...state, hal: pages };
    history.replaceState(null, '', href(last));
    return show(last);
  }
  const where = !page.length ? text.status.pageEmpty(state.hal) : complete ? text.status.pageOf(state.hal, pages) : text.status.page(state.hal);
  const found = (complete ? text.status.found : text.status.foundAtLeast)(text.number(total));
  status.textContent = `${found}${forWords}${where}.`;
  const nav = pager(state.hal, pages, (hal) => href({ ...state, hal }));
  if (nav) after.append(nav);
  if (!complete) after.append(el('p', { class: 'muted' }, text.status.olderLater));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate(readControls());
});
form.addEventListener('change', (event) => {
  const target = event.target as HTMLElement;
  if (target === input) return;
  const next = readControls();
  // A new parent drops a child option that is not its own (kabupaten/kota: always, it is offered only within a province).
  for (const { filter } of selects) {
    const parent = filter.parent;
    const value = next.filters[keyOf(filter)];
    if (!parent || !value || target !== form.elements.namedItem(parent.key)) continue;
    const own = shown?.options[filter.key]?.find((o) => o.value === value)?.parent === next.filters[parent.key as FilterKey];
    if (parent.required || !own) delete next.filters[keyOf(filter)];
  }
  navigate(next);
});
document.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest('a');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  const page = link.getAttribute('data-page');
  if (page === null && !link.hasAttribute('data-nav')) return;
  event.preventDefault();
  navigate(page === null ? parseState(new URL(link.href).search) : { ...current, hal: Number(page) });
  status.focus();
});
// The page says search needs JavaScript until the script runs; the filters appear only when they work.
document.getElementById('search-nojs')!.remove();
const filterBox = document.getElementById('search-filters') as HTMLDetailsElement;
filterBox.hidden = false;
// Filters fold away on a phone so results come first; on a wide screen, or when a filter is set, they stay open.
filterBox.open = window.matchMedia('(min-width: 48rem)').matches || Object.keys(current.filters).length > 0 || current.urut !== undefined;
window.addEventListener('popstate', () => void run(parseState(location.search)));
void run(current);
