import fs from 'node:fs';
import path from 'node:path';
import { compareCodeUnits } from '../compareCodeUnits';

/** One HTML page of a built site: its file and the address a static host serves it at (`/lowongan/x/`, `/404.html`). */
export interface SitePage {
  file: string;
  url: string;
}

/** The site's search index folder: Pagefind writes no HTML, and most of the site's files (a fragment per record). */
const SEARCH_INDEX = 'pagefind';

/** Every HTML page of a built site, sorted by address; Pagefind's folder holds none and is not walked (at 100k: 180k of the site's 288k files; the walk 2.2 → 1.0 s). */
export function sitePages(siteDir: string): SitePage[] {
  const pages: SitePage[] = [];
  // `prefix`: the folder's path from the site's root, `/`-separated, ending in `/` (empty at the root).
  const walk = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const rel = `${prefix}${entry.name}`;
      if (entry.isDirectory()) {
        if (rel !== SEARCH_INDEX) walk(path.join(dir, entry.name), `${rel}/`);
      } else if (entry.isFile() && entry.name.endsWith('.html')) {
        pages.push({ file: path.join(dir, entry.name), url: rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}` });
      }
    }
  };
  walk(siteDir, '');
  return pages.sort((a, b) => compareCodeUnits(a.url, b.url));
}

/** The template a page address was rendered by: its first folder kept, every other folder a `*`, a page number `N` (`/wilayah/*\/N/`). */
export function templateOf(url: string): string {
  const [first = '', ...rest] = url.split('/').filter(Boolean);
  return [first, ...rest.map((part) => (/^\d+$/.test(part) ? 'N' : '*'))].join('/');
}

/** At most `perTemplate` pages of each template, spread evenly over its pages (the first and the last included), so every template is checked at a cost that does not grow with the site. */
export function pagesPerTemplate(pages: readonly SitePage[], perTemplate: number): SitePage[] {
  const groups = Map.groupBy(pages, (page) => templateOf(page.url));
  return [...groups.values()].flatMap((group) => {
    if (group.length <= perTemplate) return group;
    if (perTemplate < 2) return group.slice(0, perTemplate);
    const step = (group.length - 1) / (perTemplate - 1);
    return [...new Set(Array.from({ length: perTemplate }, (_, i) => Math.round(i * step)))].map((i) => group[i]);
  });
}
