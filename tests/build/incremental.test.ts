import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE_BUILD_ARGS, hashTree, runBuild } from './buildSite';
import { tempDir } from '../tempDir';

const NEXT_DAY = ['--as-of', '2026-12-11'];
const UNCHANGED = 'lowongan/disnaker-uji-u-1/index.html';
const CHANGED = 'lowongan/disnaker-uji-u-6/index.html';
/** Closed before day one (expired 2026-10-31) and not changed since: settled on the next day (pipeline/settledPages.ts). */
const SETTLED = 'lowongan/disnaker-uji-u-3/index.html';
/** A list whose only vacancy (U-12, open until 2027) is the same on both days: it names no build date, so it is reused. */
const UNCHANGED_LIST = 'wilayah/jawa-tengah/kota-magelang/index.html';
/** A list that loses U-9 (closes 2026-12-05) by the next day: rendered anew. */
const CHANGED_LIST = 'wilayah/jawa-tengah/kabupaten-kudus/index.html';

/** The next day's export: one vacancy retitled, one no longer reported, one new; U-2 closes on the new date. */
function nextDay(dataDir: string): void {
  const file = path.join(dataDir, 'vacancies', 'disnaker-uji.csv');
  const lines = fs.readFileSync(file, 'utf8').replace(/\n$/, '').split('\n')
    .filter((line) => !line.startsWith('U-7,'))
    .map((line) => line.replace('U-6,Operator Produksi,', 'U-6,Operator Produksi Senior,'));
  const added = 'U-99,Tukang Las,7212,PT Baja Kuat,2,Kota Bandung,kontrak,Mengelas rangka baja.,2026-12-11,2027-01-11,,,las@baja.example.co.id,,,';
  fs.writeFileSync(file, `${lines.join('\n')}\n${added}\n`);
}

describe('an incremental build the next day, against a full build of the same data', () => {
  const { dataDir } = inject('fixtureSite');
  const root = tempDir('incremental');
  const [incremental, full] = ['incremental', 'full'].map((name) => ({ data: path.join(root, `${name}-data`), out: path.join(root, name, 'dist') }));
  const inode = (dir: string, file: string) => fs.statSync(path.join(dir, file)).ino;
  let dayOne: { unchanged: number; changed: number; unchangedList: number; changedList: number; settled: number };
  let log = '';

  beforeAll(() => {
    // Day one, published with the record of its pages; the full build starts from a copy of the same site and ledger.
    fs.cpSync(dataDir, incremental!.data, { recursive: true });
    for (const side of [incremental!, full!]) fs.mkdirSync(path.dirname(side.out), { recursive: true });
    const first = runBuild(incremental!.data, incremental!.out, FIXTURE_BUILD_ARGS);
    expect(first.status, first.stdout + first.stderr).toBe(0);
    dayOne = { unchanged: inode(incremental!.out, UNCHANGED), changed: inode(incremental!.out, CHANGED), unchangedList: inode(incremental!.out, UNCHANGED_LIST), changedList: inode(incremental!.out, CHANGED_LIST), settled: inode(incremental!.out, SETTLED) };
    fs.cpSync(incremental!.data, full!.data, { recursive: true });
    fs.cpSync(fs.realpathSync(incremental!.out), full!.out, { recursive: true });
    for (const side of [incremental!, full!]) nextDay(side.data);
    const next = runBuild(incremental!.data, incremental!.out, [...FIXTURE_BUILD_ARGS, ...NEXT_DAY]);
    log = next.stdout + next.stderr;
    expect(next.status, log).toBe(0);
    const rebuilt = runBuild(full!.data, full!.out, [...FIXTURE_BUILD_ARGS, ...NEXT_DAY, '--full']);
    expect(rebuilt.status, rebuilt.stdout + rebuilt.stderr).toBe(0);
  }, 600_000);

  it('produces byte-identical output, file for file', () => {
    const a = hashTree(incremental!.out);
    const b = hashTree(full!.out);
    expect(a.size).toBeGreaterThan(100);
    expect([...a.entries()]).toEqual([...b.entries()]);
  });

  it('links an unchanged vacancy page from the published site and renders the changed one anew', () => {
    expect(log).toMatch(/Bertahap \/ incremental: \d+ berkas halaman dipakai ulang/);
    expect(inode(incremental!.out, UNCHANGED)).toBe(dayOne.unchanged);
    expect(inode(incremental!.out, CHANGED)).not.toBe(dayOne.changed);
    expect(fs.readFileSync(path.join(incremental!.out, CHANGED), 'utf8')).toContain('Operator Produksi Senior');
  });

  it('settles the closed vacancies whose pages did not change: their pages are linked, their records left out of the site data', () => {
    const settled = Number(/(\d+) halaman lowongan tertutup tidak berubah/.exec(log)?.[1]);
    expect(settled).toBeGreaterThanOrEqual(2);
    expect(inode(incremental!.out, SETTLED)).toBe(dayOne.settled);
    expect(fs.readFileSync(path.join(incremental!.out, SETTLED), 'utf8')).toContain('Kasir Toko');
  });

  it('links a list page whose vacancies did not change from the published site, and renders one that lost a vacancy', () => {
    expect(inode(incremental!.out, UNCHANGED_LIST)).toBe(dayOne.unchangedList);
    expect(inode(incremental!.out, CHANGED_LIST)).not.toBe(dayOne.changedList);
    expect(fs.readFileSync(path.join(incremental!.out, UNCHANGED_LIST), 'utf8')).toContain('Guru Bahasa Inggris');
  });
});
