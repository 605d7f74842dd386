import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE_BUILD_ARGS, fixtureDataDir, hashTree, runBuild } from './buildSite';
import { tempDir } from '../tempDir';

const page = (out: string, url: string) => fs.readFileSync(path.join(out, url, 'index.html'), 'utf8');

describe('npm run build on a small office export', () => {
  const { dataDir: data, outDir: first, log } = inject('fixtureSite');
  const second = path.join(tempDir('build'), 'second');

  beforeAll(() => {
    const b = runBuild(data, second, FIXTURE_BUILD_ARGS);
    expect(b.status, b.stdout + b.stderr).toBe(0);
  });

  it('prints read = accepted + duplicates + rejected for every office', () => {
    expect(log).toContain('disnaker-uji: 19 dibaca = 18 diterbitkan + 0 ganda + 1 ditolak (16 dibuka)');
  });

  it('produces byte-identical output from the same data and date', () => {
    const a = hashTree(first);
    const b = hashTree(second);
    expect(a.size).toBeGreaterThan(100);
    expect([...b.entries()]).toEqual([...a.entries()]);
  });

  it('publishes a page per vacancy, region, kabupaten/kota and occupation group at the designed URLs', () => {
    for (const url of ['', 'lowongan/disnaker-uji-u-1', 'wilayah/jawa-barat', 'wilayah/jawa-barat/kota-bandung', 'wilayah/seluruh-indonesia', 'jabatan/2221-profesional-perawat', 'jabatan/2-profesional', 'cari']) {
      expect(fs.existsSync(path.join(first, url, 'index.html')), url).toBe(true);
    }
    expect(page(first, 'wilayah/jawa-barat')).toContain('Perawat Rawat Inap');
  });

  it('keeps closed vacancies on a page marked closed, noindex, without an apply section or search record', () => {
    for (const slug of ['disnaker-uji-u-3', 'disnaker-uji-u-4']) {
      const html = page(first, `lowongan/${slug}`);
      expect(html).toContain('Lowongan ini sudah ditutup');
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).not.toContain('Cara melamar');
      expect(html).not.toContain('data-pagefind-body');
    }
    const open = page(first, 'lowongan/disnaker-uji-u-1');
    expect(open).not.toContain('noindex');
    expect(open).not.toContain('data-pagefind-body');
    expect(open).toContain('<dt>Batas lamaran</dt><dd>31 Desember 2026</dd>');
  });

  it('generates a search record from the data for every open vacancy, and none for closed ones, in its province shard and one nationwide partition', () => {
    const records = path.join(`${first}.work`, 'search-records');
    const shardsOf = new Map<string, string[]>();
    let sample: Record<string, unknown> | undefined;
    for (const file of fs.readdirSync(records)) {
      for (const line of fs.readFileSync(path.join(records, file), 'utf8').split('\n').filter(Boolean)) {
        const record = JSON.parse(line);
        const slug = /^\/lowongan\/([^/]+)\/$/.exec(record.url)![1]!;
        shardsOf.set(slug, [...(shardsOf.get(slug) ?? []), file.replace('.ndjson', '')]);
        if (slug === 'disnaker-uji-u-1') sample = record;
      }
    }
    expect(shardsOf.size).toBe(16);
    expect(shardsOf.has('disnaker-uji-u-3')).toBe(false);
    expect(shardsOf.has('disnaker-uji-u-4')).toBe(false);
    for (const [slug, shards] of shardsOf) {
      expect(shards.filter((s) => s.startsWith('semua')), slug).toHaveLength(1);
      expect(shards.filter((s) => !s.startsWith('semua')), slug).toHaveLength(1);
    }
    expect(sample).toMatchObject({ language: 'id', sort: { posted: '2026-11-01' }, filters: { tutup: ['2026-12-31'] } });
  });

  it('shows markup inside a description as text, never as HTML', () => {
    const html = page(first, 'lowongan/disnaker-uji-u-2');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script>alert|<img src=x/);
  });

  it('indexes only open vacancies for search: a scope per province, one nationwide/overseas and the whole country, each cut newest first into parts', () => {
    const shards = JSON.parse(fs.readFileSync(path.join(first, 'pagefind', 'shards.json'), 'utf8'));
    // The fixture is built with parts of at most 6. Its newest posting is of Friday 2026-11-27: in each scope the week's
    // vacancies (from Monday 2026-11-23: U-8, U-13, U-14, all in Jawa Tengah), then the older ones, cut newest first.
    expect(shards).toEqual([
      { name: 'provinsi-12-lama', pages: 1 }, { name: 'provinsi-32-lama', pages: 2 },
      { name: 'provinsi-33', pages: 3 }, { name: 'provinsi-33-lama-1', pages: 6 }, { name: 'provinsi-33-lama-2', pages: 2 },
      { name: 'nasional-luar-negeri-lama', pages: 2 }, { name: 'semua', pages: 3 }, { name: 'semua-lama-1', pages: 6 }, { name: 'semua-lama-2', pages: 6 }, { name: 'semua-lama-3', pages: 1 },
    ]);
    // The build id the search page carries is the published index's.
    const { build } = JSON.parse(fs.readFileSync(path.join(first, 'pagefind', 'build.json'), 'utf8'));
    expect(build).toMatch(/^[0-9a-f]{12}$/);
    expect(page(first, 'cari')).toContain(`"build":"${build}"`);
    const files = fs.readdirSync(path.join(first, 'pagefind', 'provinsi-32-lama'));
    expect(files).toContain('pagefind.js');
    expect(files.filter((f) => f.startsWith('pagefind-ui') || f.startsWith('pagefind-component-ui'))).toEqual([]);
    expect(log).toContain('Pagefind: 16 lowongan yang dibuka per 2026-11-27 (yang diposting sebelum 2026-11-23: per 2026-11-23) diindeks dalam 4 bagian nasional dan 6 bagian per provinsi');
  });

  it('leaves the published site untouched when a strict build rejects rows', () => {
    const before = hashTree(second);
    const failed = runBuild(data, second, ['--strict']);
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toContain('--strict: 1 baris ditolak');
    expect(failed.stderr).toContain('BUILD GAGAL');
    expect([...hashTree(second).entries()]).toEqual([...before.entries()]);
  });
});

describe('npm run build when a second office starts reporting a published vacancy', () => {
  it('keeps the vacancy at the address it was published under', () => {
    const data = fixtureDataDir('ingest-duplicates');
    const bandung = path.join(data, 'vacancies', 'disnaker-bandung.csv');
    const later = fs.readFileSync(bandung);
    fs.rmSync(bandung);
    const out = path.join(tempDir('build'), 'site');
    const first = runBuild(data, out);
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(fs.existsSync(path.join(out, 'lowongan', 'disnaker-jabar-jbr-100', 'index.html'))).toBe(true);
    // The next day Kota Bandung's office, whose name sorts first, reports the same vacancy.
    fs.writeFileSync(bandung, later);
    const second = runBuild(data, out);
    expect(second.status, second.stdout + second.stderr).toBe(0);
    const page = fs.readFileSync(path.join(out, 'lowongan', 'disnaker-jabar-jbr-100', 'index.html'), 'utf8');
    expect(page).toContain('Pramuniaga');
    expect(fs.existsSync(path.join(out, 'lowongan', 'disnaker-bandung-bdg-8'))).toBe(false);
  }, 300_000); // two whole builds, each with the publication gates: as long as a build hook may take
});
