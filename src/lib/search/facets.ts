// The facet files (/cari/facets/<scope>.json): written at build time (src/lib/search/build/searchFacets.ts), read by the search page.

/** One option of a filter control: the value in the index and the URL, its label, how many open vacancies have it. */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
  /** Province options: the search scope (and facet file) of its vacancies. Unit-group and kabupaten/kota options: the parent option's value. */
  shard?: string;
  parent?: string;
}

/** Option counts for one scope (nationwide, or one shard), written at build time so the search page needs no `filters()` call. */
export interface Facets {
  scope: string;
  total: number;
  options: Record<string, FacetOption[]>;
}
