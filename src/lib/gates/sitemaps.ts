import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import { fileOfPath } from './links';
import type { GateProblem } from './problem';

const SCHEMAS = fileURLToPath(new URL('./sitemap-xsd/', import.meta.url));
const schema = (name: string) => ({ fileName: name, contents: fs.readFileSync(path.join(SCHEMAS, name), 'utf8') });
/** The index file @astrojs/sitemap writes at the site's root. */
export const SITEMAP_INDEX = 'sitemap-index.xml';
/** 256 MB of WebAssembly memory: a sitemap of 50,000 addresses (the protocol's limit) is about 6 MB. */
const MAX_MEMORY_PAGES = 4096;

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].replaceAll('&amp;', '&'));

/** What the sitemaps hold: every listed address, and the problems found in them. */
export interface SitemapCheck {
  urls: Set<string>;
  problems: GateProblem[];
}

async function validate(file: string, xml: string, xsd: string): Promise<GateProblem[]> {
  const result = await validateXML({ xml: { fileName: path.basename(file), contents: xml }, schema: schema(xsd), maxMemoryPages: MAX_MEMORY_PAGES });
  return result.errors.map((e) => ({ page: `/${path.basename(file)}`, problem: `sitemap tidak sah / invalid sitemap (${xsd}, baris / line ${e.loc?.lineNumber ?? '?'}): ${e.message.trim()}` }));
}

/**
 * Validates the sitemap index against siteindex.xsd and each sitemap it lists against sitemap.xsd (libxml2 compiled
 * to WebAssembly, so no xmllint binary is needed), checks every listed sitemap and page exists on the site's own
 * origin, and returns every address the sitemaps list.
 */
export async function checkSitemaps(siteDir: string, siteUrl: string): Promise<SitemapCheck> {
  const urls = new Set<string>();
  const indexFile = path.join(siteDir, SITEMAP_INDEX);
  if (!fs.existsSync(indexFile)) return { urls, problems: [{ page: `/${SITEMAP_INDEX}`, problem: 'indeks sitemap tidak ada / sitemap index missing' }] };
  const index = fs.readFileSync(indexFile, 'utf8');
  const problems = await validate(indexFile, index, 'siteindex.xsd');
  const origin = new URL(siteUrl).origin;
  for (const loc of locs(index)) {
    const url = new URL(loc);
    const file = path.join(siteDir, url.pathname);
    if (url.origin !== origin || !fs.existsSync(file)) {
      problems.push({ page: `/${SITEMAP_INDEX}`, problem: `sitemap tidak ada / sitemap missing: ${loc}` });
      continue;
    }
    const xml = fs.readFileSync(file, 'utf8');
    problems.push(...(await validate(file, xml, 'sitemap.xsd')));
    for (const page of locs(xml)) {
      urls.add(page);
      const target = new URL(page);
      if (target.origin !== origin || !fileOfPath(siteDir, target.pathname)) problems.push({ page: `/${path.basename(file)}`, problem: `alamat tanpa halaman / address with no page: ${page}` });
    }
  }
  return { urls, problems };
}
