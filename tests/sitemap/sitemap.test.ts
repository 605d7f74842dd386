import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { hasXmllint, xmllint } from './xmllint';

/** The sitemaps.org schemas, kept beside the project in ../shared (not shipped with it). */
const XSD = path.resolve('../shared/validation/sitemap-xsd');
const hasXsd = fs.existsSync(XSD);
if (!hasXsd) console.warn(`Skipping sitemap schema validation: ${XSD} not found (the shared validation folder sits beside the project).`);

const SITE = 'https://loker-terbuka.example.id';
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
/** URL → lastmod of every `<url>` in a sitemap file. */
const urlEntries = (xml: string) => new Map([...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => [m[1], m[2]]));

describe('sitemaps of the fixture site', () => {
  const { outDir } = inject('fixtureSite');
  const read = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');
  const index = read('sitemap-index.xml');
  const sitemapFiles = locs(index).map((url) => new URL(url).pathname.slice(1));
  const entries = new Map(sitemapFiles.flatMap((file) => [...urlEntries(read(file))]));

  it('lists every sitemap file it wrote in the index', () => {
    expect(sitemapFiles.length).toBeGreaterThan(0);
    const written = fs.readdirSync(outDir).filter((f) => /^sitemap-.*\.xml$/.test(f) && f !== 'sitemap-index.xml');
    expect(sitemapFiles.toSorted()).toEqual(written.toSorted());
  });

  it.skipIf(!hasXsd || !hasXmllint)('validates the index against siteindex.xsd and every sitemap against sitemap.xsd', () => {
    const indexCheck = xmllint([path.join(outDir, 'sitemap-index.xml')], path.join(XSD, 'siteindex.xsd'));
    expect(indexCheck.ok, indexCheck.output).toBe(true);
    const sitemapCheck = xmllint(sitemapFiles.map((f) => path.join(outDir, f)), path.join(XSD, 'sitemap.xsd'));
    expect(sitemapCheck.ok, sitemapCheck.output).toBe(true);
  });

  it('keeps every sitemap file below the protocol limit of 50,000 URLs', () => {
    for (const file of sitemapFiles) expect(read(file).split('<url>').length - 1, file).toBeLessThan(50_000);
  });

  it('leaves closed vacancies out and lists open ones with their posting date as lastmod', () => {
    expect(entries.has(`${SITE}/lowongan/disnaker-uji-u-3/`)).toBe(false);
    expect(entries.has(`${SITE}/lowongan/disnaker-uji-u-4/`)).toBe(false);
    expect(entries.get(`${SITE}/lowongan/disnaker-uji-u-1/`)).toBe('2026-11-01T00:00:00.000Z');
    expect(entries.get(`${SITE}/lowongan/disnaker-uji-u-2/`)).toBe('2026-11-10T00:00:00.000Z');
    expect(entries.get(`${SITE}/lowongan/disnaker-uji-u-6/`)).toBe('2026-11-20T00:00:00.000Z');
    expect(entries.get(`${SITE}/lowongan/disnaker-uji-u-7/`)).toBe('2026-11-21T00:00:00.000Z');
  });

  it("dates list pages by the data's as-of date, never by the build clock", () => {
    for (const url of ['/', '/wilayah/jawa-barat/', '/wilayah/jawa-barat/kota-bandung/', '/jabatan/2-profesional/']) {
      expect(entries.get(`${SITE}${url}`), url).toBe('2026-11-28T00:00:00.000Z');
    }
    expect([...entries.values()].every(Boolean)).toBe(true);
  });

  it('leaves out list pages with no open vacancy, which ask not to be indexed, and keeps every other list page', () => {
    const noindex = '<meta name="robots" content="noindex">';
    let empty = 0;
    for (const top of ['wilayah', 'jabatan', 'luar-negeri']) {
      for (const file of fs.readdirSync(path.join(outDir, top), { recursive: true }) as string[]) {
        if (!file.endsWith('index.html')) continue;
        const url = `${SITE}/${top}/${file.slice(0, -'index.html'.length)}`;
        const hidden = read(path.join(top, file)).includes(noindex);
        if (hidden) empty++;
        expect(entries.has(url), url).toBe(!hidden);
      }
    }
    expect(empty).toBeGreaterThan(100);
    expect(read('wilayah/jawa-barat/kota-bekasi/index.html')).toContain(noindex);
    expect(entries.has(`${SITE}/wilayah/jawa-barat/kota-bekasi/`)).toBe(false);
    expect(entries.has(`${SITE}/wilayah/jawa-barat/kota-bandung/`)).toBe(true);
    expect(read('jabatan/5230-kasir-dan-petugas-tiket/index.html')).toContain(noindex);
    expect(read('jabatan/2221-profesional-perawat/index.html')).not.toContain(noindex);
  });

  it('lists pages only, not feeds or robots.txt', () => {
    expect([...entries.keys()].filter((url) => !url.endsWith('/'))).toEqual([]);
  });

  it('has robots.txt point crawlers at the sitemap index under the site URL', () => {
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
  });
});
