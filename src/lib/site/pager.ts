/** One item of a numbered pager: a page number (linked unless it is the current page) or a gap between numbers. */
export type PagerItem = { page: number; href: string; current: boolean } | { gap: true };

/** Path of page `n` of a list whose first page is `base` (`/wilayah/jawa-barat/`, `/wilayah/jawa-barat/2/`). */
export const pageHref = (base: string, n: number) => (n === 1 ? base : `${base}${n}/`);

/** The numbers a pager shows: the first, the last, and `around` on each side of the current page, with gaps between. */
export function pagerItems(base: string, current: number, last: number, around = 1): PagerItem[] {
  const items: PagerItem[] = [];
  let previous = 0;
  for (let n = 1; n <= last; n++) {
    if (n !== 1 && n !== last && Math.abs(n - current) > around) continue;
    if (n - previous > 1) items.push({ gap: true });
    items.push({ page: n, href: pageHref(base, n), current: n === current });
    previous = n;
  }
  return items;
}
