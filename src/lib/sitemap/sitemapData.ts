import type { Vacancy } from '../schema/publishedVacancy';
import { vacancyUrl } from '../site/urls';
import { compareCodeUnits } from '../compareCodeUnits';
import type { SitemapData } from '../pipeline/workFolderSchemas';

/** Sitemap facts of the published vacancies, in a stable order so two builds of the same data write the same file. */
export function sitemapData(vacancies: readonly Vacancy[], asOf: string, empty: readonly string[] = []): SitemapData {
  const sorted = [...vacancies].sort((a, b) => compareCodeUnits(a.slug, b.slug));
  return {
    asOf,
    closed: sorted.filter((v) => !v.is_open).map(vacancyUrl),
    empty: [...empty].sort(compareCodeUnits),
    lastmod: Object.fromEntries(sorted.filter((v) => v.is_open).map((v) => [vacancyUrl(v), v.last_changed ?? v.date_posted])),
  };
}
