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

/**
 * Whole days to a YYYY-MM-DD date from today: the visitor's date, or the data's as-of date when that is later (a
 * visitor's clock behind the data counts from the data's day, when every indexed vacancy was open).
 */
function daysUntil(iso: string, today: Date, asOf?: string): number {
  const visitor = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const start = asOf ? Math.max(visitor, Date.parse(`${asOf}T00:00:00Z`)) : visitor;
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - start) / 86_400_000);
}

/**
 * "Batas lamaran 8 Desember 2026"; within a week, how soon first: "Ditutup besok (batas lamaran 2 Desember 2026)";
 * once the last day has passed by the visitor's date (the site not yet rebuilt), that it is closed.
 */
export function closingText(meta: Record<string, string>, today = new Date(), asOf?: string): string {
  const card = searchText.card;
  const deadline = card.deadline(meta.closes ?? '');
  if (!meta.closesOn) return deadline;
  const days = daysUntil(meta.closesOn, today, asOf);
  if (days > 7) return deadline;
  const when = days < 0 ? card.closed : days === 0 ? card.closesToday : days === 1 ? card.closesTomorrow : card.closesIn(days);
  return card.urgent(when, deadline);
}

/** A result card: title linking to the vacancy, employer, place, pay, last day to apply (counted from today or the data's as-of date), posting date. */
export function resultCard(data: ResultData, asOf?: string): HTMLLIElement {
  const li = el('li', { class: 'card' });
  const h2 = el('h2');
  h2.append(el('a', { href: data.url }, data.meta.title ?? data.url));
  li.append(h2, el('p', {}, `${data.meta.employer ?? ''} · ${data.meta.place ?? ''}`),
    el('p', {}, `${data.meta.pay || searchText.card.payNotStated} · ${closingText(data.meta, new Date(), asOf)}`),
    el('p', { class: 'muted' }, searchText.card.posted(data.meta.posted ?? '')));
  return li;
}

/** How many results an option has for the search shown; undefined: not known (shown without a count). */
export type OptionCount = (option: FacetOption) => number | undefined;

/**
 * Fills a select with `all` then the options, each with its count when known. An option with no results is left
 * out, so a choice never leads to nothing; a chosen value stays as it is, marked 0 if it has no results, so the state
 * is shown as it is.
 */
export function fillSelect(select: HTMLSelectElement, all: string, options: readonly FacetOption[], chosen: string | undefined, count: OptionCount = (o) => o.count): void {
  const label = (text: string, n: number | undefined) => (n === undefined ? text : searchText.option(text, searchText.number(n)));
  const offered = options.filter((o) => o.value === chosen || count(o) !== 0);
  const nodes = [el('option', { value: '' }, all), ...offered.map((o) => el('option', { value: o.value }, label(o.label, count(o))))];
  if (chosen && !options.some((o) => o.value === chosen)) nodes.push(el('option', { value: chosen, disabled: '' }, label(chosen, 0)));
  select.replaceChildren(...nodes);
  select.value = chosen ?? '';
}

/** Sets a checkbox, its label with the count when known; one that would find nothing is disabled unless checked (the state shown as it is). */
export function fillCheckbox(box: HTMLInputElement, label: string, checked: boolean, count: number | undefined): void {
  box.checked = checked;
  box.disabled = !checked && count === 0;
  const text = box.labels?.[0];
  if (text) text.textContent = count === undefined ? label : searchText.option(label, searchText.number(count));
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
