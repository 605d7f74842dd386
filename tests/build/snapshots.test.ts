import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipFixed, keepSnapshots, linkSnapshots, listSnapshots, snapshotName, takeSnapshot } from '../../src/lib/history/snapshots';
import { tempDir } from '../tempDir';

describe('dated snapshots of the open vacancies', () => {
  it('gzips the same CSV to the same bytes, with no clock in the header', () => {
    const csv = Buffer.from('slug,title\na,Perawat\n');
    const one = gzipFixed(csv);
    expect(one.equals(gzipFixed(csv))).toBe(true);
    expect(one.readUInt32LE(4)).toBe(0);
    expect(zlib.gunzipSync(one).equals(csv)).toBe(true);
  });

  it('never replaces a snapshot already kept for the day, in the work folder or when kept again', () => {
    const root = tempDir('snapshots');
    const [kept, work, csv] = ['kept', 'work', 'buka.csv'].map((name) => path.join(root, name));
    fs.writeFileSync(csv!, 'slug\na\n');
    expect(takeSnapshot(csv!, '2026-12-01', kept!, work!)).toBe(true);
    keepSnapshots(work!, kept!);
    const first = fs.readFileSync(path.join(kept!, snapshotName('2026-12-01')));
    fs.rmSync(work!, { recursive: true });
    fs.writeFileSync(csv!, 'slug\nb\n');
    expect(takeSnapshot(csv!, '2026-12-01', kept!, work!)).toBe(false);
    expect(takeSnapshot(csv!, '2026-12-02', kept!, work!)).toBe(true);
    fs.writeFileSync(path.join(work!, snapshotName('2026-12-01')), 'other');
    keepSnapshots(work!, kept!);
    expect(fs.readFileSync(path.join(kept!, snapshotName('2026-12-01'))).equals(first)).toBe(true);
    expect(listSnapshots([kept!, work!]).map((s) => `${s.date} ${s.bytes}`)).toEqual([`2026-12-02 ${fs.statSync(path.join(kept!, snapshotName('2026-12-02'))).size}`, `2026-12-01 ${first.length}`]);
  });

  it('publishes kept snapshots as hard links to the kept files, never replacing one the site already holds', () => {
    const root = tempDir('snapshot-links');
    const [kept, site] = ['kept', 'site'].map((name) => path.join(root, name));
    fs.mkdirSync(kept!);
    fs.mkdirSync(site!);
    fs.writeFileSync(path.join(kept!, snapshotName('2026-12-01')), gzipFixed(Buffer.from('slug\na\n')));
    fs.writeFileSync(path.join(kept!, snapshotName('2026-12-02')), gzipFixed(Buffer.from('slug\nb\n')));
    fs.writeFileSync(path.join(kept!, 'notes.txt'), 'not a snapshot');
    fs.writeFileSync(path.join(site!, snapshotName('2026-12-02')), 'already there');
    linkSnapshots(kept!, site!);
    const [from, to] = [kept, site].map((dir) => fs.statSync(path.join(dir!, snapshotName('2026-12-01'))));
    expect(to!.ino).toBe(from!.ino);
    expect(fs.readFileSync(path.join(site!, snapshotName('2026-12-02')), 'utf8')).toBe('already there');
    expect(fs.readdirSync(site!).sort()).toEqual([snapshotName('2026-12-01'), snapshotName('2026-12-02')]);
  });
});
