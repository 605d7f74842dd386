// The search page (/cari/): state lives in the URL; every change pushes a new URL, and back/forward/reload replay it.
import type { Facets, FacetOption } from '../../lib/search/searchFacets';
import { FILTER_KEYS, PAGE_SIZE, SORTS, effectiveSort, hasQuery, parseState, stateToQuery, type FilterKey, type SearchState } from '../../lib/search/searchState';
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
const selects = Object.fromEntries(['provinsi', 'kabkota', 'jabatan', 'golongan', 'jenis', 'pendidikan', 'gaji', 'cara', 'diposting']
  .map((key) => [key, form.elements.namedItem(key) as HTMLSelectElement])) as Record<string, HTMLSelectElement>;
const checkboxes = { disabilitas: form.elements.namedItem('disabilitas') as HTMLInputElement, luar: form.elements.namedItem('luar') as HTMLInputElement };
const allLabel: Record<string, string> = {
  provinsi: 'Semua provinsi', kabkota: 'Semua kabupaten/kota', jabatan: 'Semua golongan pokok', golongan: 'Semua golongan jabatan', jenis: 'Semua jenis',
  pendidikan: 'Semua pendidikan', gaji: 'Semua gaji', cara: 'Semua cara kerja', diposting: 'Kapan saja',
};
const facetFiles = new Map<string, Promise<Facets>>();
let current = parseState(location.search);
let runs = 0;

/** Search scope of a state (its facet file and index shards): the chosen province, the nationwide/overseas scope, or the whole country. */
function scopeOf(state: SearchState): { scope: string; shards: string[] } {
  const chosen = state.filters.provinsi;
  // A province with no open vacancies has no index (say, from an old shared link): nothing to search, nationwide controls.
  if (chosen && !Object.hasOwn(config.scopeOf, chosen)) return { scope: config.nationwide, shards: [] };
  const scope = chosen ? config.scopeOf[chosen]! : state.filters.luar === 'ya' ? config.national : config.nationwide;
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

/** Puts the state into the controls; kabupaten/kota narrowed by province, unit groups by major group. */
function showControls(state: SearchState, facets: Facets): void {
  input.value = state.q;
  sortSelect.value = effectiveSort(state);
  const options = (key: string): FacetOption[] => {
    const list = facets.options[key] ?? [];
    if (key === 'kabkota') return state.filters.provinsi ? list.filter((o) => o.parent === state.filters.provinsi) : [];
    if (key === 'golongan' && state.filters.jabatan) return list.filter((o) => o.parent === state.filters.jabatan);
    return list;
  };
  for (const [key, select] of Object.entries(selects)) fillSelect(select, allLabel[key]!, options(key), state.filters[key as FilterKey]);
  selects.kabkota!.disabled = !state.filters.provinsi;
  for (const [key, box] of Object.entries(checkboxes)) box.checked = state.filters[key as FilterKey] === 'ya';
}

/** The state the controls describe, back on page 1. */
function readControls(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [key, select] of Object.entries(selects)) if (select.value) filters[key as FilterKey] = select.value;
  for (const [key, box] of Object.entries(checkboxes)) if (box.checked) filters[key as FilterKey] = 'ya';
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
  box.append(el('p', {}, 'Saran:'));
  const list = el('ul');
  if (state.q) list.append(el('li', {}, 'Periksa ejaan kata kunci, atau coba kata yang lebih umum (mis. "perawat" daripada "perawat ICU").'));
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (!value) continue;
    const filters = { ...state.filters, [key]: undefined };
    if (key === 'provinsi') delete filters.kabkota;
    const label = facets.options[key]?.find((o) => o.value === value)?.label ?? value;
    const li = el('li');
    li.append(el('a', { href: href({ ...state, filters, hal: 1 }), 'data-nav': '' }, `Hapus filter: ${label}`));
    list.append(li);
  }
  // Link a region's browse page only when the URL names a real province (and a kabupaten/kota of it).
  const province = facets.options.provinsi?.some((o) => o.value === state.filters.provinsi) && config.scopeOf[state.filters.provinsi!] !== config.national ? state.filters.provinsi : undefined;
  const regency = province && facets.options.kabkota?.some((o) => o.value === state.filters.kabkota && o.parent === province) ? state.filters.kabkota : undefined;
  const browse = el('li');
  browse.append(province
    ? el('a', { href: `/wilayah/${province}/${regency ? `${regency}/` : ''}` }, 'Telusuri semua lowongan di wilayah ini')
    : el('a', { href: '/' }, 'Telusuri lowongan menurut provinsi atau jabatan'));
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
    status.textContent = stale
      ? 'Data lowongan baru saja diperbarui. Muat ulang halaman ini untuk mencari di data terbaru.'
      : 'Pencarian tidak dapat dimuat. Periksa sambungan lalu muat ulang halaman, atau telusuri lowongan menurut provinsi di beranda.';
  }
}

/** Shows a state: controls, then (when there is something to search) the count and one page of results. */
async function show(state: SearchState): Promise<void> {
  const mine = ++runs;
  current = state;
  const { scope, shards } = scopeOf(state);
  const facets = await facetsFor(scope);
  if (mine !== runs) return;
  showControls(state, facets);
  if (!hasQuery(state)) {
    results.replaceChildren();
    after.replaceChildren();
    status.textContent = `Ketik kata kunci (mis. perawat atau sopir) atau pilih filter. Ada ${facets.total.toLocaleString('id-ID')} lowongan dibuka.`;
    return;
  }
  status.textContent = 'Mencari…';
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)) as Record<string, string>;
  // A province's shards hold only that province: its filter would only download a file listing every page.
  const asked = { ...filters };
  if (scope !== config.nationwide && scope !== config.national) delete asked.provinsi;
  const sort = effectiveSort(state);
  const from = (state.hal - 1) * PAGE_SIZE;
  const { total, complete, page } = await searchScope(shards, state.q || null, asked, SORTS[sort].order, from, PAGE_SIZE, () => mine !== runs);
  if (mine !== runs) return;
  const words = state.q ? ` untuk "${state.q}"` : '';
  results.replaceChildren(...page.map(resultCard));
  after.replaceChildren();
  if (total === 0) {
    status.textContent = `Tidak ada lowongan${words}${Object.keys(filters).length ? ' dengan filter ini' : ''}.`;
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
  const shown = !page.length ? `; halaman ${state.hal} kosong` : complete ? `, halaman ${state.hal} dari ${pages}` : `, halaman ${state.hal}`;
  const found = complete ? `${total.toLocaleString('id-ID')} lowongan ditemukan` : `Sedikitnya ${total.toLocaleString('id-ID')} lowongan ditemukan`;
  status.textContent = `${found}${words}${shown}.`;
  const nav = pager(state.hal, pages, (hal) => href({ ...state, hal }));
  if (nav) after.append(nav);
  if (!complete) after.append(el('p', { class: 'muted' }, 'Lowongan terbaru dicari lebih dulu; lowongan yang lebih lama ikut dicari saat Anda membuka halaman berikutnya.'));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate(readControls());
});
form.addEventListener('change', (event) => {
  const target = event.target as HTMLElement;
  if (target === input) return;
  const next = readControls();
  if (target === selects.provinsi) delete next.filters.kabkota;
  if (target === selects.jabatan && next.filters.golongan && next.filters.golongan[0] !== next.filters.jabatan) delete next.filters.golongan;
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
