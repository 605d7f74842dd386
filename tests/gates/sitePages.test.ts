import { describe, expect, it } from 'vitest';
import { pageIds, pageLinks } from '../../src/lib/gates/links';
import { pagesPerTemplate, templateOf } from '../../src/lib/gates/sitePages';

describe('the pages the gates check', () => {
  it('names a page template by its first folder, the others as * and page numbers as N', () => {
    expect(['/', '/404.html', '/lowongan/disnaker-uji-u-1/', '/lowongan/2/', '/wilayah/jawa-barat/kota-bandung/3/', '/data/kamus/'].map(templateOf)).toMatchInlineSnapshot(`
      [
        "",
        "404.html",
        "lowongan/*",
        "lowongan/N",
        "wilayah/*/*/N",
        "data/*",
      ]
    `);
  });

  it('takes at most n pages of each template, spread from the first to the last', () => {
    const pages = ['/', ...Array.from({ length: 9 }, (_, i) => `/lowongan/v-${i}/`)].map((url) => ({ url, file: url }));
    expect(pagesPerTemplate(pages, 3).map((p) => p.url)).toEqual(['/', '/lowongan/v-0/', '/lowongan/v-4/', '/lowongan/v-8/']);
    expect(pagesPerTemplate(pages, 1).map((p) => p.url)).toEqual(['/', '/lowongan/v-0/']);
  });

  it('reads the addresses of links, stylesheets, scripts and forms with entities decoded, and the ids', () => {
    const html = '<link rel="stylesheet" href="/a.css"><a class="x" href="/cari/?q=a&amp;b=1#hasil">x</a><script type="module" src="/s.js"></script><form action="/cari/"><p id="isi"></p><a name="lama"></a>';
    expect(pageLinks(html)).toEqual(['/a.css', '/cari/?q=a&b=1#hasil', '/s.js', '/cari/']);
    expect([...pageIds(html)]).toEqual(['isi', 'lama']);
  });
});
