// The search page (/cari/): state lives in the URL; every change pushes a new URL, and back/forward/reload replay it.
import { searchText as text } from '../../i18n/idSearch';
import type { Facets, FacetOption } from '../../lib/search/facets';
import type { FilterValue } from '../../lib/search/searchPaging';
import { CHECKED, CONTROLS, type FilterControl, type FilterKey } from '../../lib/search/filterControls';
import { PAGE_SIZE, SORTS, effectiveSort, hasQuery, parseState, stateToQuery, type SearchState } from '../../lib/search/searchState';
import { correctWords } from '../../lib/search/spelling';
import { tradeUnits, type TradeWords } from '../../lib/search/tradeWords';
import { postedCounts, type WindowFilters } from '../../lib/search/searchWindow';
import { StaleIndexError, checkBuild, countOptions, searchScope, useBuild } from './pagefindIndex';
import { emptyHelp } from './emptyHelp';
import { el, fillCheckbox, fillSelect, pager, resultCard, type OptionCount } from './render';

/**
 * Written by the page at build time: province slug → its search scope, each scope's index shards (newest first), the
 * nationwide and overseas scopes, the data's as-of date, and the date filters that make an index cut on an earlier day answer as on
 * that date (src/lib/search/searchWindow.ts).
 */
const config = JSON.parse(document.getElementById('search-config')!.textContent!) as {
  scopeOf: Record<string, string>; scopes: Record<string, string[]>; pages?: Record<string, number>; nationwide: string; national: string; build?: string; asOf?: string;
  dates: WindowFilters;
};
useBuild(config.build);
const form = document.getElementById('search-form') as HTMLFormElement;
const input = form.elements.namedItem('q') as HTMLInputElement;
const sortSelect = form.elements.namedItem('urut') as HTMLSelectElement;
const status = document.getElementById('search-status')!;
const results = document.getElementById('search-results')!;
const after = document.getElementById('search-after')!;
const filterBox = document.getElementById('search-filters') as HTMLDetailsElement;
// Every filter's control, as the page renders them from the registry (src/lib/search/filters.ts).
const keyOf = (filter: FilterControl) => filter.key as FilterKey;
const selects = CONTROLS.filter((filter) => filter.control === 'select')
  .map((filter) => ({ filter, select: form.elements.namedItem(filter.key) as HTMLSelectElement }));
const checkboxes = CONTROLS.filter((filter) => filter.control === 'checkbox')
  .map((filter) => ({ filter, box: form.elements.namedItem(filter.key) as HTMLInputElement }));
const facetFiles = new Map<string, Promise<Facets>>();
let current = parseState(location.search);
/** The facets the controls show: the parent of each option. */
let shown: Facets | undefined;
let runs = 0;
const wordFiles = new Map<string, Promise<Record<string, unknown>>>();

/** A word file of the build, loaded once with the first search that has words; an empty one if it cannot be loaded (tried again next time). */
function wordFile<T extends Record<string, unknown>>(name: 'kata' | 'jabatan'): Promise<T> {
  if (!wordFiles.has(name)) {
    wordFiles.set(name, fetch(`/cari/${name}.json`).then((r) => (r.ok ? (r.json() as Promise<T>) : {})).catch(() => {
      wordFiles.delete(name);
      return {};
    }));
  }
  return wordFiles.get(name)! as Promise<T>;
}

/** "Menampilkan hasil untuk *perawat*. Cari *perwat* saja?", the link searching the words as typed. */
function spellingNote(state: SearchState, corrected: string): HTMLElement {
  const note = el('p', { id: 'search-spelling' }, text.spelling.showing);
  const asTyped = el('a', { href: href({ ...state, hal: 1, asIs: true }), 'data-nav': '' }, text.spelling.instead);
  asTyped.append(el('em', {}, state.q), text.spelling.insteadEnd);
  note.append(el('em', {}, corrected), '. ', asTyped);
  return note;
}

/** How many records a scope's shards hold, and the index's largest shard: a first search opens a small scope's shards at once (src/lib/search/searchPaging.ts). */
function shardSizes(shards: readonly string[]): { sizes?: number[]; firstPages?: number } {
  if (!config.pages) return {};
  return { sizes: shards.map((name) => config.pages![name] ?? 0), firstPages: Math.max(0, ...Object.values(config.pages)) };
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

/**
 * Puts the state into the controls; a filter with a parent (kabupaten/kota, unit group) offers the chosen parent's
 * options only. Counts (select options and checkboxes): the build's when they are exact (no words, no filter beyond the
 * scope's province), else those of the current search once counted (`counts`, by filter key), else none.
 */
function showControls(state: SearchState, facets: Facets, counts?: Record<string, Record<string, number>>): void {
  shown = facets;
  input.value = state.q;
  sortSelect.value = effectiveSort(state);
  const parentOf = (filter: FilterControl) => (filter.parent ? state.filters[filter.parent.key as FilterKey] : undefined);
  const options = (filter: FilterControl): FacetOption[] => {
    const list = facets.options[filter.key] ?? [];
    const parent = parentOf(filter);
    if (filter.parent?.required && !parent) return [];
    return parent ? list.filter((o) => o.parent === parent) : list;
  };
  // The build's counts are exact only without words and without a filter beyond the province its scope stands for.
  const exact = !state.q && scopeOf(state).scope !== config.national && Object.keys(state.filters).every((key) => key === 'provinsi');
  const countOf = (key: string): OptionCount => {
    if (exact) return (o) => o.count;
    const of = counts?.[key];
    return of ? (o) => of[o.value] ?? 0 : () => undefined;
  };
  for (const { filter, select } of selects) {
    fillSelect(select, filter.text.all ?? '', options(filter), state.filters[keyOf(filter)], countOf(filter.key));
    // A filter offered only within its parent waits for the parent.
    if (filter.parent?.required) select.disabled = !parentOf(filter);
  }
  for (const { filter, box } of checkboxes) {
    const option = facets.options[filter.key]?.find((o) => o.value === CHECKED) ?? { value: CHECKED, label: '', count: 0 };
    fillCheckbox(box, filter.text.label, state.filters[keyOf(filter)] === CHECKED, countOf(filter.key)(option));
  }
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

/** The control whose change last added a history entry, and when: a select walked with the arrow keys changes at each key. */
let lastChange: { control: string; at: number } | undefined;
/** Keeps the scroll position in the current history entry, for Back and reload (`history.scrollRestoration` is manual). */
const saveScroll = () => history.replaceState({ scroll: Math.round(scrollY) }, '', location.href);

/** Shows a state and adds it to the history: one entry per search, so changes of one control in quick succession replace theirs. */
function navigate(state: SearchState, control?: string): void {
  // The state as its URL says it, so what the page holds is what a reload would restore.
  const normal = parseState(stateToQuery(state));
  const now = Date.now();
  const again = control !== undefined && lastChange?.control === control && now - lastChange.at < 2000;
  lastChange = control === undefined ? undefined : { control, at: now };
  saveScroll();
  if (again) history.replaceState(null, '', href(normal));
  else history.pushState(null, '', href(normal));
  void run(normal);
}

/** Shows a state (`restore`: then scrolls to where the visitor was); if the index or its counts cannot be loaded, says so instead of leaving the page blank. */
async function run(state: SearchState, restore = false): Promise<void> {
  try {
    await show(state);
    const saved = (history.state as { scroll?: number } | null)?.scroll;
    if (restore && saved !== undefined) scrollTo(0, saved);
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
  countLater = undefined;
  const { scope, shards } = scopeOf(state);
  const trades = state.q ? wordFile<TradeWords>('jabatan') : undefined;
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
  // A trade word is a word of the index: the spelling list (`kata.json`) is fetched only for words that are not all trade words.
  const known: TradeWords = trades ? await trades : {};
  const spell = state.q && !state.asIs && !state.q.toLowerCase().split(/\s+/).filter(Boolean).every((w) => Object.hasOwn(known, w));
  const corrected = spell ? correctWords(state.q, await wordFile<Record<string, number>>('kata')) : undefined;
  if (mine !== runs) return;
  const term = corrected ?? state.q;
  status.dataset.searched = term;
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)) as Record<string, string>;
  // A province's shards hold only that province: its filter would only download a file listing every page.
  const asked: Record<string, FilterValue> = { ...filters };
  if (scope !== config.nationwide && scope !== config.national) delete asked.provinsi;
  // The index also holds the vacancies closed by date since the day it was cut, and records posting dates, not bands.
  if (config.dates.closed) asked[config.dates.closed.key] = { none: config.dates.closed.dates };
  if (filters.diposting) asked.diposting = { any: config.dates.posted[filters.diposting as keyof WindowFilters['posted']] ?? [] };
  // A word naming a trade finds that trade's unit groups, not every word sharing its stem (`perawatan` for `perawat`).
  const trade = trades ? tradeUnits(term, known) : undefined;
  if (mine !== runs) return;
  const units = trade && (filters.golongan ? trade.filter((u) => u === filters.golongan) : trade);
  const base = { ...asked };
  if (units) asked.golongan = { any: units };
  status.dataset.filters = JSON.stringify(asked);
  const sort = effectiveSort(state);
  const from = (state.hal - 1) * PAGE_SIZE;
  // No unit group of the words' trades is the one chosen: nothing to search.
  const { total, complete, page } = await searchScope(units?.length === 0 ? [] : shards,
    { term: term || null, filters: asked, order: SORTS[sort].order, from, count: PAGE_SIZE, stale: () => mine !== runs, ...shardSizes(shards) });
  if (mine !== runs) return;
  const forWords = state.q ? text.status.forWords(term) : '';
  results.replaceChildren(...page.map((data) => resultCard(data, config.asOf)));
  if (corrected) results.before(spellingNote(state, corrected));
  after.replaceChildren();
  if (total === 0) {
    status.textContent = text.status.none(forWords, Object.keys(filters).length > 0);
    after.append(emptyHelp(state, facets, config, href));
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
  // Counts for these words and filters, once every shard of the scope has been searched (else they would be too low), asked when the
  // visitor turns to the filters (opens them, points at or tabs into them), so a search that needs none costs nothing more.
  if (!complete) return;
  const keys = [...selects.filter(({ filter, select }) => !select.disabled && (filter.key !== 'provinsi' || scope === config.nationwide)).map(({ filter }) => filter.key),
    ...checkboxes.map(({ filter }) => filter.key)];
  const filtersFor = (key: string) => {
    const f: Record<string, FilterValue> = { ...base };
    delete f[key];
    for (const child of CONTROLS) if (child.parent?.key === key) delete f[child.key];
    if (trade) f.golongan = { any: typeof f.golongan === 'string' ? trade.filter((u) => u === f.golongan) : trade };
    return f;
  };
  countLater = () => countOptions(shards, SORTS[sort].order, term || null, keys, filtersFor).then((counts) => {
    if (counts.diposting) counts.diposting = postedCounts(counts.diposting, config.dates.posted);
    if (mine === runs) showControls(state, facets, counts);
  }, () => undefined);
}

/** Counts the options for the search shown, if not yet done. */
let countLater: (() => Promise<void>) | undefined;
function countNow(): void {
  const count = countLater;
  countLater = undefined;
  void count?.();
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
  navigate(next, (target as HTMLInputElement).name);
});
document.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest('a');
  // Leaving for a vacancy: where the visitor was goes with this entry, for Back.
  if (link) saveScroll();
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  const page = link.getAttribute('data-page');
  if (page === null && !link.hasAttribute('data-nav')) return;
  event.preventDefault();
  navigate(page === null ? parseState(new URL(link.href).search) : { ...current, hal: Number(page) });
  status.focus();
});
// The page says search needs JavaScript until the script runs; the filters appear only when they work.
document.getElementById('search-nojs')?.remove();
filterBox.classList.remove('pending');
filterBox.addEventListener('toggle', () => {
  if (filterBox.open) countNow();
});
for (const type of ['pointerover', 'focusin'] as const) filterBox.addEventListener(type, countNow);
// Filters fold away on a phone so results come first; on a wide screen, or when a filter is set, they stay open.
filterBox.open = window.matchMedia('(min-width: 48rem)').matches || Object.keys(current.filters).length > 0 || current.urut !== undefined;
history.scrollRestoration = 'manual';
window.addEventListener('pagehide', saveScroll);
let scrolled: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrolled);
  scrolled = setTimeout(saveScroll, 200);
}, { passive: true });
window.addEventListener('popstate', () => void run(parseState(location.search), true));
void run(current, true);
