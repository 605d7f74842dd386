/** Items per list page: enough to scan on a phone, small enough to stay light. */
export const PAGE_SIZE = 20;

/** One page of a list: `/base/` for page 1, `/base/2/` after; the `page` param is undefined on page 1. */
export interface ListPage<T> {
  page: number;
  pages: number;
  items: T[];
  param: string | undefined;
}

/** Splits a list into pages for getStaticPaths; an empty list still has one page that says it is empty. */
export function paginate<T>(items: T[], size = PAGE_SIZE): ListPage<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => ({
    page: i + 1, pages, items: items.slice(i * size, (i + 1) * size), param: i === 0 ? undefined : String(i + 1),
  }));
}

/** URL of page `n` of a list whose first page is `base` (ending in `/`). */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}
