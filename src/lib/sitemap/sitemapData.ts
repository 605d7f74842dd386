import type { Vacancy } from '../schema/publishedVacancy';
import { vacancyUrl } from '../site/urls';
import { compareCodeUnits } from '../compareCodeUnits';

/** What the sitemap needs from the data, small enough for astro.config.mjs to read inside the Astro process (the full site data is not). */
export interface SitemapData {
  /** The data's "as of" date: lastmod of every page that is not a vacancy (lists change whenever the data does). */
  asOf: string;
  /** Paths of closed vacancy pages: they keep their page (noindex) but leave the sitemap. */
  closed: string[];
  /** Paths of list pages with no open vacancy (src/lib/site/emptyLists.ts): noindex, out of the sitemap. */
  empty: string[];
  /** Path of each open vacancy page → its date_posted. */
  lastmod: Record<string, string>;
}

/** Sitemap facts of the published vacancies, in a stable order so two builds of the same data write the same file. */
export function sitemapData(vacancies: readonly Vacancy[], asOf: string, empty: readonly string[] = []): SitemapData {
  const sorted = [...vacancies].sort((a, b) => compareCodeUnits(a.slug, b.slug));
  return {
    asOf,
    closed: sorted.filter((v) => !v.is_open).map(vacancyUrl),
    empty: [...empty].sort(compareCodeUnits),
    lastmod: Object.fromEntries(sorted.filter((v) => v.is_open).map((v) => [vacancyUrl(v), v.date_posted])),
  };
}
