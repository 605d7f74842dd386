// Builds the search page's DOM from data with textContent only: no markup from the data is ever parsed.
import { searchText } from '../../i18n/idSearch';
import type { FacetOption } from '../../lib/search/facets';
import type { ResultData } from './pagefindIndex';

/** An element with text and attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Whole days from the visitor's today to a YYYY-MM-DD date. */
function daysUntil(iso: string, today: Date): number {
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - start) / 86_400_000);
}

/** "Batas lamaran 8 Desember 2026"; within a week, how soon first: "Ditutup besok (batas lamaran 2 Desember 2026)". */
export function closingText(meta: Record<string, string>, today = new Date()): string {
  const card = searchText.card;
  const deadline = card.deadline(meta.closes ?? '');
  if (!meta.closesOn) return deadline;
  const days = daysUntil(meta.closesOn, today);
  if (days > 7) return deadline;
  return card.urgent(days <= 0 ? card.closesToday : days === 1 ? card.closesTomorrow : card.closesIn(days), deadline);
}

/** A result card: title linking to the vacancy, employer, place, pay, last day to apply, posting date. */
export function resultCard(data: ResultData): HTMLLIElement {
  const li = el('li', { class: 'card' });
  const h2 = el('h2');
  h2.append(el('a', { href: data.url }, data.meta.title ?? data.url));
  li.append(h2, el('p', {}, `${data.meta.employer ?? ''} · ${data.meta.place ?? ''}`),
    el('p', {}, `${data.meta.pay || searchText.card.payNotStated} · ${closingText(data.meta)}`),
    el('p', { class: 'muted' }, searchText.card.posted(data.meta.posted ?? '')));
  return li;
}

/**
 * Fills a select with `all` then the options with their counts; a chosen value with no vacancies stays, marked 0, so
 * the state is shown as it is. `counted: false` (words are searched: the build's counts ignore them, and could promise
 * vacancies the words then rule out) shows the options without counts.
 */
export function fillSelect(select: HTMLSelectElement, all: string, options: readonly FacetOption[], chosen: string | undefined, counted = true): void {
  const label = (text: string, count: number) => (counted ? searchText.option(text, searchText.number(count)) : text);
  const nodes = [el('option', { value: '' }, all), ...options.map((o) => el('option', { value: o.value }, label(o.label, o.count)))];
  if (chosen && !options.some((o) => o.value === chosen)) nodes.push(el('option', { value: chosen, disabled: '' }, label(chosen, 0)));
  select.replaceChildren(...nodes);
  select.value = chosen ?? '';
}

/** Numbered page links (first, last, and two either side of the current one), each a real link to its URL. */
export function pager(current: number, pages: number, href: (page: number) => string): HTMLElement | undefined {
  if (pages <= 1) return undefined;
  const text = searchText.pager;
  const nav = el('nav', { 'aria-label': text.label, class: 'search-pager' });
  const list = el('ul');
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const item = (page: number, text: string, label?: string) => {
    const a = el('a', { href: href(page), 'data-page': String(page) }, text);
    if (label) a.setAttribute('aria-label', label);
    if (page === current) a.setAttribute('aria-current', 'page');
    const li = el('li');
    li.append(a);
    list.append(li);
  };
  if (current > 1) item(current - 1, text.previous, text.previousLabel(current - 1));
  let last = 0;
  for (const page of shown) {
    if (page > last + 1) list.append(el('li', { 'aria-hidden': 'true' }, '…'));
    item(page, String(page), text.page(page));
    last = page;
  }
  if (current < pages) item(current + 1, text.next, text.nextLabel(current + 1));
  nav.append(list);
  return nav;
}
