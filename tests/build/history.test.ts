import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { fixtureDataDir, runBuild } from './buildSite';
import { tempDir } from '../tempDir';

const DATES = ['2026-11-28', '2026-12-05', '2026-12-10'] as const;

describe('three data versions published one after another into the same site, with one ledger', () => {
  const root = tempDir('history');
  const ledger = path.join(root, 'ledger');
  const out = path.join(root, 'dist');
  const pages = new Map<string, string>();
  const published = new Map<string, { snapshot: Buffer; csv: Buffer }>();
  const snapshot = (dir: string, date: string) => fs.readFileSync(path.join(dir, `lowongan-${date}.csv.gz`));
  const page = (slug: string) => fs.readFileSync(path.join(out, 'lowongan', slug, 'index.html'), 'utf8');
  const rows = () => fs.readFileSync(path.join(ledger, 'ledger.csv'), 'utf8').trim().split('\n');

  beforeAll(() => {
    DATES.forEach((date, index) => {
      const built = runBuild(fixtureDataDir(`history/v${index + 1}`), out, ['--ledger', ledger, '--as-of', date]);
      expect(built.status, built.stdout + built.stderr).toBe(0);
      pages.set(date, page('disnaker-a-h-1'));
      published.set(date, { snapshot: snapshot(path.join(out, 'data', 'arsip'), date), csv: fs.readFileSync(path.join(out, 'data', 'lowongan-buka.csv')) });
    });
  }, 300_000);

  it('keeps one ledger row per vacancy ever published, with its first publication, last change, closing and withdrawal', () => {
    expect(rows()).toMatchInlineSnapshot(`
      [
        "slug,source,id,recorded_on,first_published,last_changed,content_hash,closed_on,closed_reason,withdrawn_on",
        "disnaker-a-h-1,disnaker-a,H-1,2026-11-28,2026-11-20,2026-11-20,063a63b24659c17c,,,",
        "disnaker-a-h-2,disnaker-a,H-2,2026-11-28,2026-11-20,2026-12-05,dae747dc4dd19e61,,,",
        "disnaker-a-h-3,disnaker-a,H-3,2026-11-28,2026-11-20,2026-11-20,71cd0b113487d85d,2026-12-05,expired,",
        "disnaker-a-h-4,disnaker-a,H-4,2026-11-28,2026-11-20,2026-12-05,ff3e2a10b64e9993,2026-12-05,filled,",
        "disnaker-a-h-5,disnaker-a,H-5,2026-11-28,2026-11-20,2026-11-20,dc9ebb5f15269b58,,,2026-12-05",
        "disnaker-a-h-6,disnaker-b,B-6,2026-11-28,2026-11-20,2026-12-10,ba6da8db57447b0c,,,",
        "disnaker-a-h-7,disnaker-a,H-7,2026-12-05,2026-12-05,2026-12-05,270da6b783445d35,,,",
      ]
    `);
  });

  it('writes a change file per publication, and keeps the earlier ones in the ledger folder and the site', () => {
    const changes = JSON.parse(fs.readFileSync(path.join(out, 'data', 'perubahan', '2026-12-05.json'), 'utf8'));
    expect(changes.counts).toEqual({ added: 1, updated: 3, closed: 2, withdrawn: 1 });
    expect(changes.changes.map((c: { change: string; slug: string }) => `${c.change} ${c.slug}`)).toMatchInlineSnapshot(`
      [
        "updated disnaker-a-h-2",
        "closed disnaker-a-h-3",
        "updated disnaker-a-h-4",
        "closed disnaker-a-h-4",
        "withdrawn disnaker-a-h-5",
        "updated disnaker-a-h-6",
        "added disnaker-a-h-7",
      ]
    `);
    expect(fs.readFileSync(path.join(out, 'data', 'perubahan', '2026-12-05.csv'), 'utf8').split('\n')[0]).toBe('change,slug,source,id,url,first_published,last_changed,closed_reason,withdrawn_on');
    expect(fs.readdirSync(path.join(ledger, 'perubahan')).sort()).toEqual(DATES.flatMap((d) => [`${d}.csv`, `${d}.json`]));
    const feed = JSON.parse(fs.readFileSync(path.join(out, 'data', 'perubahan', 'feed.json'), 'utf8'));
    expect(feed.items.map((i: { date_published: string }) => i.date_published)).toEqual([...DATES].reverse().map((d) => `${d}T00:00:00Z`));
  });

  it('publishes every publication\'s dated snapshot, kept in the ledger folder, byte-identical to what was published that day', () => {
    const expected = [...DATES].map((d) => `lowongan-${d}.csv.gz`);
    expect(fs.readdirSync(path.join(ledger, 'snapshots')).sort()).toEqual(expected);
    expect(fs.readdirSync(path.join(out, 'data', 'arsip')).sort()).toEqual(expected);
    for (const date of DATES) {
      const first = published.get(date)!;
      expect(snapshot(path.join(out, 'data', 'arsip'), date).equals(first.snapshot)).toBe(true);
      expect(snapshot(path.join(ledger, 'snapshots'), date).equals(first.snapshot)).toBe(true);
      expect(zlib.gunzipSync(first.snapshot).equals(first.csv)).toBe(true);
    }
    expect(published.get(DATES[0])!.csv.equals(published.get(DATES[1])!.csv)).toBe(false);
    const html = fs.readFileSync(path.join(out, 'data', 'index.html'), 'utf8');
    expect(html).toContain('href="/data/arsip/lowongan-2026-11-28.csv.gz"');
    expect(html).toContain('Lowongan dibuka per 28 November 2026');
  });

  it('keeps a day\'s snapshot as first published when the same day is built again with other data', () => {
    const again = path.join(root, 'same-day-ledger');
    fs.cpSync(ledger, again, { recursive: true });
    const date = DATES[2];
    const built = runBuild(fixtureDataDir('history/v2'), path.join(root, 'same-day'), ['--ledger', again, '--as-of', date]);
    expect(built.status, built.stdout + built.stderr).toBe(0);
    expect(snapshot(path.join(again, 'snapshots'), date).equals(published.get(date)!.snapshot)).toBe(true);
    expect(snapshot(path.join(root, 'same-day', 'data', 'arsip'), date).equals(published.get(date)!.snapshot)).toBe(true);
  }, 120_000);

  it('keeps the page of a vacancy no office reports any more: its last content, closed, noindex, no apply, no JobPosting, out of the sitemap', () => {
    const html = page('disnaker-a-h-5');
    expect(html).toContain('Operator Mesin');
    expect(html).toContain('Tidak lagi dilaporkan oleh kantor');
    expect(html).toContain('Tidak lagi dilaporkan sejak');
    expect(html).toContain('5 Desember 2026');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('Cara melamar');
    expect(html).not.toContain('JobPosting');
    const sitemap = fs.readdirSync(out).filter((f) => f.startsWith('sitemap')).map((f) => fs.readFileSync(path.join(out, f), 'utf8')).join('');
    expect(sitemap).not.toContain('disnaker-a-h-5');
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).not.toContain('Operator Mesin');
  });

  it('keeps the address of a vacancy another office took over, and the first publication date of every vacancy', () => {
    expect(page('disnaker-a-h-6')).toContain('Sopir');
    expect(page('disnaker-a-h-6')).not.toContain('tidak lagi dilaporkan');
    expect(fs.existsSync(path.join(out, 'lowongan', 'disnaker-b-b-6'))).toBe(false);
    expect(page('disnaker-a-h-2')).toContain('"datePosted":"2026-11-20"');
    expect(page('disnaker-a-h-7')).toContain('"datePosted":"2026-12-05"');
  });

  it('stops with a message, leaving the site and the ledger as they were, when the ledger is corrupt', () => {
    const broken = path.join(root, 'broken-ledger');
    fs.cpSync(ledger, broken, { recursive: true });
    fs.appendFileSync(path.join(broken, 'ledger.csv'), 'disnaker-a-h-9,disnaker-a,H-9,kemarin,,,,,,\n');
    const before = fs.readFileSync(path.join(broken, 'ledger.csv'), 'utf8');
    const sitemap = fs.readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8');
    const built = runBuild(fixtureDataDir('history/v3'), out, ['--ledger', broken, '--as-of', '2026-12-11']);
    expect(built.status).not.toBe(0);
    expect(built.stderr).toContain('Buku besar riwayat rusak');
    expect(built.stderr).toContain('baris 9, kolom "recorded_on"');
    expect(built.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(path.join(broken, 'ledger.csv'), 'utf8')).toBe(before);
    expect(fs.readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8')).toBe(sitemap);
  });

  it('leaves an unchanged vacancy page byte-identical across builds on different dates', () => {
    expect(pages.get(DATES[1])).toBe(pages.get(DATES[0]));
    expect(pages.get(DATES[2])).toBe(pages.get(DATES[0]));
  });
});

describe('the history of the fixture site', () => {
  const { dataDir, outDir } = inject('fixtureSite');

  it('keeps its ledger in the data folder and publishes its first change file, listing every vacancy as added', () => {
    expect(fs.readFileSync(path.join(dataDir, 'ledger', 'ledger.csv'), 'utf8').trim().split('\n')).toHaveLength(19);
    const changes = JSON.parse(fs.readFileSync(path.join(outDir, 'data', 'perubahan', '2026-11-28.json'), 'utf8'));
    expect(changes.counts).toEqual({ added: 18, updated: 0, closed: 2, withdrawn: 0 });
  });
});
