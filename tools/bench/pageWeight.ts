import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The kinds of HTML page the site publishes, as the weight budget counts them. */
export type PageType = 'home' | 'vacancy (open)' | 'vacancy (closed)' | 'all vacancies' | 'province' | 'kabupaten/kota' | 'occupation' | 'overseas' | 'feed page' | 'search' | 'other';

/** One built page's transfer weight: gzipped HTML, gzipped stylesheets it links, and how many scripts it runs. */
export interface PageWeight {
  /** Path under the site root, `lowongan/x/index.html`. */
  page: string;
  type: PageType;
  html: number;
  css: number;
  total: number;
  /** `<script>` elements other than JSON-LD data blocks. */
  scripts: number;
}

/** Size in bytes after gzip at the default level, as a static host or CDN serves it. */
export const gzipSize = (bytes: Buffer | string): number => gzipSync(bytes).length;

/** Site paths of the stylesheets a page links (`/_astro/site.abc.css`). */
export function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/g)].map((m) => /\bhref="?([^"\s>]+)/.exec(m[0])?.[1]).filter((href): href is string => Boolean(href));
}

/** Scripts a page would run: every `<script>` except `type="application/ld+json"` data. */
export function scriptCount(html: string): number {
  return [...html.matchAll(/<script\b([^>]*)>/g)].filter((m) => !/type="?application\/ld\+json/.test(m[1])).length;
}

/**
 * The page type of a built page, from its path and, for vacancies, whether it is marked closed (noindex). A vacancy is
 * `lowongan/<slug>/`; `lowongan/` and its numbered pages (`lowongan/2/`) are the list of all vacancies.
 */
export function pageType(page: string, html: string): PageType {
  const parts = page.split('/').slice(0, -1).filter((p) => !/^\d+$/.test(p));
  if (parts.length === 0) return 'home';
  const [top] = parts;
  if (parts.at(-1) === 'ikuti') return 'feed page';
  if (top === 'lowongan' && parts.length === 1) return 'all vacancies';
  if (top === 'lowongan') return html.includes('<meta name="robots" content="noindex">') ? 'vacancy (closed)' : 'vacancy (open)';
  if (top === 'wilayah' && parts.length > 1) return parts.length === 2 ? 'province' : 'kabupaten/kota';
  if (top === 'jabatan' && parts.length > 1) return 'occupation';
  if (top === 'luar-negeri') return 'overseas';
  if (top === 'cari') return 'search';
  return 'other';
}

/** The weight of one built page (`page` relative to `root`), its stylesheets included. */
export function measurePage(root: string, page: string): PageWeight {
  const html = fs.readFileSync(path.join(root, page));
  const text = html.toString('utf8');
  const css = stylesheetsOf(text).reduce((sum, href) => sum + gzipSize(fs.readFileSync(path.join(root, href.replace(/^\//, '')))), 0);
  const htmlSize = gzipSize(html);
  return { page, type: pageType(page, text), html: htmlSize, css, total: htmlSize + css, scripts: scriptCount(text) };
}

/** Every `index.html` under a built site, measured. */
export function measureSite(root: string): PageWeight[] {
  return fs.readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
    .sort()
    .map((file) => measurePage(root, file.split(path.sep).join('/')));
}

/** Per page type: how many pages, median and largest gzipped HTML+CSS, the largest page, and the most scripts any page has. */
export interface WeightSummary {
  type: PageType;
  pages: number;
  median: number;
  max: number;
  largest: string;
  scripts: number;
}

/** Median and maximum weight per page type, in the order of PageType. */
export function summariseWeights(weights: readonly PageWeight[]): WeightSummary[] {
  const order: PageType[] = ['home', 'vacancy (open)', 'vacancy (closed)', 'all vacancies', 'province', 'kabupaten/kota', 'occupation', 'overseas', 'feed page', 'search', 'other'];
  return order.flatMap((type) => {
    const list = weights.filter((w) => w.type === type).sort((a, b) => a.total - b.total);
    if (list.length === 0) return [];
    const mid = list.length >> 1;
    const median = list.length % 2 ? list[mid].total : Math.round((list[mid - 1].total + list[mid].total) / 2);
    const largest = list[list.length - 1];
    return [{ type, pages: list.length, median, max: largest.total, largest: largest.page, scripts: Math.max(...list.map((w) => w.scripts)) }];
  });
}
