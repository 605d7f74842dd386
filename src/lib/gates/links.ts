import fs from 'node:fs';
import path from 'node:path';
import type { GateProblem } from './problem';
import type { SitePage } from './sitePages';

const TAG = /<(a|link|script|img|source|form|iframe)\b[^>]*>/gi;
const LINK_ATTRIBUTE = /\s(href|src|action)="([^"]*)"/gi;
const ID = /\s(?:id|name)="([^"]*)"/g;
/** Fragments every browser knows without an element: the top of the page. */
const BUILT_IN_FRAGMENTS = new Set(['', 'top']);

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const decode = (value: string) => value.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (all, name: string) => (
  name[0] === '#' ? String.fromCodePoint(Number(name[1] === 'x' || name[1] === 'X' ? `0${name.slice(1)}` : name.slice(1))) : ENTITIES[name.toLowerCase()] ?? all));

/** Every address an element of the page points at (links, stylesheets, scripts, images, forms), decoded. */
export function pageLinks(html: string): string[] {
  const links: string[] = [];
  for (const [tag] of html.matchAll(TAG)) for (const m of tag.matchAll(LINK_ATTRIBUTE)) links.push(decode(m[2]));
  return links;
}

/** Every id (and `a name`) of a page: the fragments a link may point at. */
export const pageIds = (html: string): Set<string> => new Set([...html.matchAll(ID)].map((m) => decode(m[1])));

/** The built file a path is served from (`/x/` → `x/index.html`, `/feed.xml` → `feed.xml`), or undefined when there is none. */
export function fileOfPath(siteDir: string, pathname: string): string | undefined {
  const root = path.resolve(siteDir);
  const rel = decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = path.join(root, pathname.endsWith('/') ? path.join(rel, 'index.html') : rel);
  if (!file.startsWith(root)) return undefined;
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? file : undefined;
}

/**
 * Checks that every internal link of the given pages reaches a built file and every fragment an element of its page.
 * Internal: a relative address or one on the site's own origin (canonical and Open Graph links are absolute); other
 * hosts, `mailto:` and `tel:` are not followed. A target's ids are read once, whether or not it is among the pages.
 */
export function checkLinks(siteDir: string, pages: readonly SitePage[], siteUrl: string): GateProblem[] {
  const origin = new URL(siteUrl).origin;
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => ids.get(file) ?? ids.set(file, pageIds(fs.readFileSync(file, 'utf8'))).get(file)!;
  const problems: GateProblem[] = [];
  for (const page of pages) {
    const html = fs.readFileSync(page.file, 'utf8');
    ids.set(page.file, pageIds(html));
    for (const link of new Set(pageLinks(html))) {
      const target = new URL(link, `${origin}${page.url}`);
      if (target.origin !== origin || !/^https?:$/.test(target.protocol)) continue;
      const file = fileOfPath(siteDir, target.pathname);
      if (!file) problems.push({ page: page.url, problem: `tautan rusak / broken link ${link} (tidak ada halaman / no page at ${target.pathname})` });
      else if (file.endsWith('.html') && !BUILT_IN_FRAGMENTS.has(decodeURIComponent(target.hash.slice(1))) && !idsOf(file).has(decodeURIComponent(target.hash.slice(1)))) {
        problems.push({ page: page.url, problem: `jangkar rusak / broken anchor ${link} (tidak ada id / no id "${decodeURIComponent(target.hash.slice(1))}" on ${target.pathname})` });
      }
    }
  }
  return problems;
}
