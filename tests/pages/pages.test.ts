import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const SITE = 'https://loker-terbuka.example.id';
const { outDir } = inject('fixtureSite');
const read = (url: string) => fs.readFileSync(path.join(outDir, url, 'index.html'), 'utf8');
const meta = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]));
const breadcrumbNames = (html: string) => jsonLd(html).find((d) => d['@type'] === 'BreadcrumbList')?.itemListElement.map((i: { name: string }) => i.name);
/** Visible text of a page's main element, tags dropped. */
const mainText = (html: string) => /<main[^>]*>(.*)<\/main>/s.exec(html)![1].replace(/<script.*?<\/script>/gs, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('every page type of the fixture site', () => {
  const pages = ['', 'lowongan/disnaker-uji-u-1', 'lowongan/disnaker-uji-u-3', 'wilayah/jawa-barat', 'wilayah/jawa-barat/kota-bandung', 'jabatan/2-profesional', 'jabatan/2221-profesional-perawat', 'luar-negeri'];

  it.each(pages)('/%s has a description, a canonical URL and Open Graph tags', (url) => {
    const html = read(url);
    const canonical = `${SITE}/${url ? `${url}/` : ''}`;
    expect(html).toContain(`<link rel="canonical" href="${canonical}">`);
    expect(meta(html, 'description')?.length).toBeGreaterThan(40);
    // Link previews read the meta description: no og:description repeats it.
    expect(meta(html, 'og:description')).toBeUndefined();
    expect(meta(html, 'og:title')).toMatch(/ · Loker Terbuka$/);
    expect(meta(html, 'og:url')).toBe(canonical);
    expect(meta(html, 'og:type')).toBe(url.startsWith('lowongan/') ? 'article' : 'website');
    expect(meta(html, 'og:site_name')).toBe('Loker Terbuka');
    expect(meta(html, 'og:locale')).toBe('id_ID');
  });

  it('gives pages with breadcrumbs a matching BreadcrumbList, and the home page none', () => {
    expect(breadcrumbNames(read(''))).toBeUndefined();
    expect(breadcrumbNames(read('lowongan/disnaker-uji-u-1'))).toEqual(['Beranda', 'Jawa Barat', 'Kota Bandung', 'Perawat Rawat Inap']);
    expect(breadcrumbNames(read('jabatan/2221-profesional-perawat'))).toEqual(['Beranda', 'Profesional', 'Profesional Kesehatan', 'Profesional Keperawatan dan Kebidanan', 'Profesional Perawat']);
    const [crumbs] = jsonLd(read('wilayah/jawa-barat/kota-bandung')).filter((d) => d['@type'] === 'BreadcrumbList');
    expect(crumbs.itemListElement[1]).toEqual({ '@type': 'ListItem', position: 2, name: 'Jawa Barat', item: `${SITE}/wilayah/jawa-barat/` });
    expect(crumbs.itemListElement[2].item).toBeUndefined();
  });
});

describe('home page', () => {
  const text = mainText(read(''));

  it('shows totals with the data date, a search form to /cari/ and counts per province and occupation group', () => {
    const html = read('');
    expect(html).toMatch(/<form class="field" action="\/cari\/" method="get" role="search">/);
    expect(html).toContain('name="q"');
    expect(text).toContain('Data per 28 November 2026.');
    expect(text).toMatch(/\d+ lowongan dibuka/);
    expect(html).toMatch(/<a href="\/wilayah\/jawa-barat\/">Jawa Barat<\/a> <span class="count">\(2\)<\/span>/);
    expect(html).toMatch(/<a href="\/jabatan\/2-profesional\/">Profesional<\/a> <span class="count">\(\d+\)<\/span>/);
  });

  it('lists the newest open vacancies and those closing within a week, never a closed one', () => {
    expect(text).toContain('Lowongan terbaru');
    expect(text).toContain('Segera ditutup');
    expect(text).not.toContain('Kasir Toko');
    expect(text).not.toContain('Juru Masak');
  });
});

describe('vacancy pages', () => {
  it('show every reported fact, how to apply, the closing date, when first published, provenance and the no-fee notice', () => {
    const text = mainText(read('lowongan/disnaker-uji-u-1'));
    for (const part of ['Perawat Rawat Inap', 'RS Sehat Sentosa', 'Kota Bandung, Jawa Barat', 'Profesional Perawat (KBJI 2221)', 'Kontrak (PKWT)', 'Di lokasi',
      'Rp 5.000.000 – Rp 6.500.000 per bulan', '2 orang', 'Batas lamaran 31 Desember 2026', 'Cara melamar', 'Dilaporkan oleh Dinas Tenaga Kerja Uji',
      'Tanggal dilaporkan 1 November 2026', 'Pertama terbit 1 November 2026', 'Terakhir diperbarui 1 November 2026', 'Data per 1 November 2026', 'Melamar tidak dipungut biaya']) {
      expect(text).toContain(part);
    }
  });

  it('mark a closed vacancy closed, with its reason, no apply action and links to open vacancies like it', () => {
    const html = read('lowongan/disnaker-uji-u-4');
    const text = mainText(html);
    expect(text).toContain('Lowongan ini sudah ditutup Lowongan sudah terisi. Lamaran tidak diterima lagi.');
    expect(text).not.toContain('Cara melamar');
    expect(html).not.toContain('mailto:');
    expect(html).toContain('<a href="/jabatan/5120-juru-masak/">untuk jabatan Juru Masak</a>');
  });
});

describe('list pages', () => {
  it('list only open vacancies, newest first, with the count', () => {
    const text = mainText(read('wilayah/jawa-timur'));
    expect(text).toContain('0 lowongan dibuka');
    expect(text).not.toContain('Kasir Toko');
    const semarang = mainText(read('wilayah/jawa-tengah/kota-semarang'));
    const titles = ['Pelayan Restoran', 'Akuntan', 'Teknisi Listrik', 'Programmer Web'].map((t) => semarang.indexOf(t));
    expect(titles.every((i) => i > 0)).toBe(true);
    expect([...titles].sort((a, b) => a - b)).toEqual(titles);
  });

  it('send a reader from an empty kabupaten/kota to its province and to neighbours that have vacancies', () => {
    const html = read('wilayah/jawa-barat/kota-bekasi');
    expect(mainText(html)).toContain('Belum ada lowongan dibuka di Kota Bekasi');
    expect(html).toContain('<a href="/wilayah/jawa-barat/">Semua lowongan di Jawa Barat (2)</a>');
    expect(html).toContain('<a href="/wilayah/jawa-barat/kota-bandung/">Kota Bandung</a>');
    expect(html).toContain('<a href="/wilayah/jawa-barat/kabupaten-bogor/">Kabupaten Bogor</a>');
    expect(html).toContain('href="/wilayah/seluruh-indonesia/"');
  });

  it('send a reader from an empty occupation group to the group above it', () => {
    const html = read('jabatan/5230-kasir-dan-petugas-tiket');
    expect(mainText(html)).toContain('Belum ada lowongan dibuka untuk Kasir dan Petugas Tiket');
    expect(html).toContain('<a href="/jabatan/523-kasir-dan-petugas-tiket/">Kelompok di atasnya: Kasir dan Petugas Tiket (0)</a>');
    expect(html).toMatch(/<a href="\/jabatan\/5-tenaga-usaha-jasa-dan-tenaga-penjualan\/">Kelompok di atasnya: Tenaga Usaha Jasa dan Tenaga Penjualan \(\d+\)<\/a>/);
  });

  it('name a province\'s kabupaten/kota with vacancies as links with counts, and those without apart', () => {
    const html = read('wilayah/jawa-barat');
    expect(html).toContain('<a href="/wilayah/jawa-barat/kota-bandung/">Kota Bandung</a> <span class="count">(1)</span>');
    expect(html).not.toContain('<a href="/wilayah/jawa-barat/kota-bekasi/">');
    expect(mainText(html)).toMatch(/Belum ada lowongan dibuka di: .*Kota Bekasi/);
  });
});
