import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { hasXmllint, xmllint } from '../sitemap/xmllint';

const SITE = 'https://loker-terbuka.example.id';
/** Each `<item>` of an RSS feed: its title, link, guid and pubDate. */
const items = (xml: string) => [...xml.matchAll(/<item>(.*?)<\/item>/g)].map(([, item]) => ({
  title: /<title>(.*?)<\/title>/.exec(item)?.[1],
  link: /<link>(.*?)<\/link>/.exec(item)?.[1],
  guid: /<guid isPermaLink="true">(.*?)<\/guid>/.exec(item)?.[1],
  pubDate: /<pubDate>(.*?)<\/pubDate>/.exec(item)?.[1],
  description: /<description>(.*?)<\/description>/.exec(item)?.[1],
}));

describe('feeds of new vacancies on the fixture site', () => {
  const { outDir } = inject('fixtureSite');
  const read = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');
  const feeds = fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => path.basename(f) === 'feed.xml').sort();

  it('publishes a feed per province, kabupaten/kota and occupation major group, beside the list it follows', () => {
    for (const feed of ['wilayah/jawa-barat', 'wilayah/seluruh-indonesia', 'wilayah/jawa-barat/kota-bandung', 'jabatan/2-profesional']) {
      expect(feeds, feed).toContain(`${feed}/feed.xml`);
    }
    expect(feeds.filter((f) => f.startsWith('jabatan/')).map((f) => f.split('/')[1].split('-')[0].length)).toEqual(Array(10).fill(1));
  });

  it.skipIf(!hasXmllint)('writes every feed as well-formed XML', () => {
    const check = xmllint(feeds.map((f) => path.join(outDir, f)));
    expect(check.ok, check.output).toBe(true);
  });

  it('carries open vacancies only, newest first, linked and identified by their page', () => {
    for (const feed of feeds) {
      const list = items(read(feed));
      expect(list.map((i) => i.link).filter((link) => /disnaker-uji-u-[34]\//.test(link ?? '')), feed).toEqual([]);
      const dates = list.map((i) => Date.parse(i.pubDate ?? ''));
      expect(dates, feed).toEqual(dates.toSorted((a, b) => b - a));
      for (const i of list) expect(i.guid, feed).toBe(i.link);
    }
    expect(items(read('wilayah/jawa-timur/feed.xml'))).toEqual([]);
    expect(items(read('wilayah/jawa-barat/feed.xml')).map((i) => i.link)).toEqual([
      `${SITE}/lowongan/disnaker-uji-u-2/`, `${SITE}/lowongan/disnaker-uji-u-1/`,
    ]);
  });

  it('titles an item "title — employer, place" and dates it by date_posted, not the build clock', () => {
    const xml = read('wilayah/jawa-barat/kota-bandung/feed.xml');
    expect(items(xml)).toEqual([{
      title: 'Perawat Rawat Inap — RS Sehat Sentosa, Kota Bandung, Jawa Barat',
      link: `${SITE}/lowongan/disnaker-uji-u-1/`,
      guid: `${SITE}/lowongan/disnaker-uji-u-1/`,
      pubDate: 'Sun, 01 Nov 2026 00:00:00 GMT',
      description: 'Rp 5.000.000 – Rp 6.500.000 per bulan · Kontrak (PKWT) · 2 orang · lamar sebelum 31 Desember 2026. Merawat pasien rawat inap. - Shift bergilir',
    }]);
    expect(xml).toContain('<language>id</language><lastBuildDate>Sat, 28 Nov 2026 00:00:00 GMT</lastBuildDate>');
    expect(xml).toContain(`<link>${SITE}/wilayah/jawa-barat/kota-bandung/</link>`);
  });

  it('keeps markup inside a description as text for feed readers, which read descriptions as HTML', () => {
    const [item] = items(read('jabatan/8-operator-dan-perakit-mesin/feed.xml')).filter((i) => i.link?.endsWith('u-2/'));
    expect(item.description).toContain('&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;');
  });

  it('is linked from the lists it follows, in the head for readers and as a visible follow link to its page for people', () => {
    const lists = { 'wilayah/jawa-barat': 'wilayah/jawa-barat', 'wilayah/jawa-barat/kota-bandung': 'wilayah/jawa-barat/kota-bandung', 'jabatan/2-profesional': 'jabatan/2-profesional', 'jabatan/2221-profesional-perawat': 'jabatan/2-profesional' };
    for (const [list, feed] of Object.entries(lists)) {
      const html = read(`${list}/index.html`);
      expect(html, list).toMatch(new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${SITE}/${feed}/feed.xml">`));
      expect(html, list).toContain(`<a href="/${feed}/ikuti/"><strong>Ikuti lowongan baru</strong>`);
    }
  });

  it('has a feed file behind every feed a list page links to, and a linking list page beside every feed', () => {
    const pages = fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => /^(wilayah|jabatan|luar-negeri|lowongan)\/.*index\.html$/.test(f));
    const linked = new Set(pages.flatMap((page) => [...read(page).matchAll(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="([^"]+)">/g)]
      .map(([, href]) => new URL(href).pathname.slice(1))));
    expect([...linked].filter((feed) => !feeds.includes(feed))).toEqual([]);
    expect(feeds.filter((feed) => !linked.has(feed))).toEqual([]);
  });
});
