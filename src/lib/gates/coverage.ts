import fs from 'node:fs';
import path from 'node:path';
import { everyVacancy, type SiteData } from '../pipeline/workFolderSchemas';
import type { ShardPlan } from '../search/searchShards';
import { vacancyUrl } from '../site/urls';
import type { GateProblem } from './problem';

/** The search scope every open vacancy is in (src/lib/search/searchShards.ts). */
const COUNTRY_SCOPE = 'semua';
const VACANCIES_DIR = 'lowongan';

/** Folders of /lowongan/ that are the all-vacancies list's own pages, not vacancies: its page numbers and its feed's page (a vacancy's slug is `<office>-<id>`). */
const LIST_FOLDER = /^(\d+|ikuti)$/;

/** Every vacancy of the site data, settled ones too, has exactly one page under /lowongan/, and every vacancy page belongs to one (the list's own pages aside). */
export function checkVacancyPages(siteDir: string, data: SiteData): GateProblem[] {
  const problems: GateProblem[] = [];
  const slugs = new Map<string, number>();
  for (const v of everyVacancy(data)) slugs.set(v.slug, (slugs.get(v.slug) ?? 0) + 1);
  for (const [slug, count] of slugs) {
    if (count > 1) problems.push({ page: vacancyUrl({ slug }), problem: `${count} lowongan berbagi satu halaman / ${count} vacancies share one page` });
    if (!fs.existsSync(path.join(siteDir, VACANCIES_DIR, slug, 'index.html'))) problems.push({ page: vacancyUrl({ slug }), problem: 'halaman lowongan tidak ada / vacancy page missing' });
  }
  const folders = fs.readdirSync(path.join(siteDir, VACANCIES_DIR), { withFileTypes: true }).filter((e) => e.isDirectory() && !LIST_FOLDER.test(e.name));
  for (const folder of folders) {
    if (!slugs.has(folder.name)) problems.push({ page: vacancyUrl({ slug: folder.name }), problem: 'halaman tanpa lowongan di data / page of no vacancy in the data' });
  }
  return problems;
}

/** The page addresses a shard's search records point at. */
function recordUrls(recordsDir: string, shard: string): Set<string> {
  const file = path.join(recordsDir, `${shard}.ndjson`);
  if (!fs.existsSync(file)) return new Set();
  return new Set([...fs.readFileSync(file, 'utf8').matchAll(/^\{"url":"([^"]+)"/gm)].map((m) => m[1]));
}

/** How many pages Pagefind indexed in a shard of the built site, from its `pagefind-entry.json`. */
function indexedPages(siteDir: string, shard: string): number | undefined {
  const file = path.join(siteDir, 'pagefind', shard, 'pagefind-entry.json');
  if (!fs.existsSync(file)) return undefined;
  const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((sum, l) => sum + (l.page_count ?? 0), 0);
}

/**
 * Every open vacancy is in the nationwide search scope (a record points at its page) and every shard of the site's
 * index holds as many pages as its plan: Pagefind silently skips a record it cannot read.
 */
export function checkSearchCoverage(siteDir: string, data: SiteData, plan: ShardPlan, recordsDir: string): GateProblem[] {
  const problems: GateProblem[] = [];
  for (const [shard, slugs] of Object.entries(plan.shards)) {
    const pages = indexedPages(siteDir, shard);
    if (pages !== slugs.length) problems.push({ page: `/pagefind/${shard}/`, problem: `indeks pencarian memuat / search index holds ${pages ?? 0} dari / of ${slugs.length} lowongan` });
  }
  const inScope = new Set((plan.scopes[COUNTRY_SCOPE] ?? []).flatMap((shard) => [...recordUrls(recordsDir, shard)]));
  for (const v of data.vacancies) {
    if (v.is_open && !inScope.has(vacancyUrl(v))) problems.push({ page: vacancyUrl(v), problem: 'lowongan terbuka tidak ada di indeks pencarian / open vacancy missing from the search index' });
  }
  return problems;
}

/** Every open vacancy is in the sitemaps and no closed one (its page asks not to be indexed). */
export function checkSitemapCoverage(data: SiteData, sitemapUrls: ReadonlySet<string>, siteUrl: string): GateProblem[] {
  const origin = new URL(siteUrl).origin;
  const problems: GateProblem[] = [];
  for (const v of everyVacancy(data)) {
    const listed = sitemapUrls.has(`${origin}${vacancyUrl(v)}`);
    // A settled vacancy (pipeline/settledPages.ts) is closed.
    const isOpen = 'is_open' in v && v.is_open;
    if (isOpen && !listed) problems.push({ page: vacancyUrl(v), problem: 'lowongan terbuka tidak ada di sitemap / open vacancy missing from the sitemap' });
    if (!isOpen && listed) problems.push({ page: vacancyUrl(v), problem: 'lowongan tertutup ada di sitemap / closed vacancy listed in the sitemap' });
  }
  return problems;
}
