import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyFailure } from '../../src/lib/pipeline/failure';
import { publish, publishedSite, releasesDir } from '../../src/lib/pipeline/publish';
import { SAMPLE_SITE_URL } from '../../src/lib/site/siteConfig';
import { fixtureDataDir } from './buildSite';
import { canMount, mountReadOnly, mountTmpfs, unmount } from './faults/mounts';
import { tempDir } from '../tempDir';

const mounted: string[] = [];
afterEach(() => {
  for (const dir of mounted.splice(0).reverse()) unmount(dir);
});

function site(dir: string, marker: string, bytes = 0): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), marker);
  if (bytes > 0) fs.writeFileSync(path.join(dir, 'big.bin'), Buffer.alloc(bytes, 1));
  return dir;
}

/** The real build command on the fixture data into `out`; fails before any stage in these tests. */
function build(out: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/build.ts', '--data', fixtureDataDir('build-site'), '--out', out, '--work', `${tempDir('work')}/w`, '--as-of', '2026-11-28'], {
    encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LOKER_SITE_URL: SAMPLE_SITE_URL, ...env },
  });
  return { code: r.status, output: r.stdout + r.stderr, lastLine: (r.stdout + r.stderr).trim().split('\n').at(-1) };
}

const live = (out: string) => fs.readFileSync(path.join(out, 'index.html'), 'utf8');

describe.skipIf(!canMount)('an output location that cannot take the new site', () => {
  it('on a read-only file system: fails before any stage with one plain line and exit code 3, the published site untouched', () => {
    const root = path.join(tempDir('ro'), 'site');
    const out = path.join(root, 'dist');
    publish(site(path.join(tempDir('ro'), 'first'), 'first'), out);
    expect(mountReadOnly(root)).toBe(true);
    mounted.push(root);
    const result = build(out);
    expect(result.code).toBe(3);
    expect(result.output).not.toContain('[1/4]');
    expect(result.lastLine).toMatch(/^BUILD GAGAL \/ FAILED \(kode keluar \/ exit 3\): Tidak dapat menulis di .*site \(EROFS\); situs lama tetap\. .* \/ cannot write in .*site \(EROFS\)/);
    expect(live(out)).toBe('first');
  });

  it('a real output folder that is itself a mount point: fails before any stage with exit code 3, as it cannot be replaced', () => {
    const out = site(path.join(tempDir('ro'), 'dist'), 'mounted');
    expect(mountReadOnly(out)).toBe(true);
    mounted.push(out);
    const result = build(out);
    expect(result.code).toBe(3);
    expect(result.output).not.toContain('[1/4]');
    expect(result.lastLine).toMatch(/^BUILD GAGAL \/ FAILED \(kode keluar \/ exit 3\): Folder keluaran .*dist tidak dapat dipindahkan \(EBUSY\); situs lama tetap\. .* Point --out at a folder inside it, not at a mount point\.$/);
    expect(live(out)).toBe('mounted');
  });

  it('on a full file system: fails before any stage with one plain line and exit code 6, the published site untouched', () => {
    const root = path.join(tempDir('full'), 'disk');
    expect(mountTmpfs(root, 8)).toBe(true);
    mounted.push(root);
    const out = path.join(root, 'dist');
    publish(site(path.join(tempDir('full'), 'first'), 'first'), out);
    fs.writeFileSync(path.join(root, 'filler'), Buffer.alloc(7 * 1024 * 1024));
    const result = build(out);
    expect(result.code).toBe(6);
    expect(result.output).not.toContain('[1/4]');
    expect(result.lastLine).toMatch(/^BUILD GAGAL \/ FAILED \(kode keluar \/ exit 6\): Disk penuh \(.*disk: kurang dari \/ less than 256 MB, LOKER_MIN_FREE_MB\); situs lama tetap terpasang\. Kosongkan ruang disk lalu jalankan lagi\. \/ Disk full/);
    expect(live(out)).toBe('first');
  });

  // This test failed in about 1 run in 6 with a 6 MB site: the kernel let the whole copy onto the 4 MB tmpfs, publish
  // rightly put it live, and classifyFailure still said "disk full" from the free space. 64 MB and a check that the copy
  // threw make the premise hold (40 of 40 runs, 2026-12-02).
  it('filling up while the new site is copied in: a disk-full failure, the last good site live and no partial release left', () => {
    const root = path.join(tempDir('full'), 'disk');
    expect(mountTmpfs(root, 4)).toBe(true);
    mounted.push(root);
    const out = path.join(root, 'dist');
    publish(site(path.join(tempDir('full'), 'first'), 'first'), out);
    // The build folder is on another file system, so publishing copies it: 64 MB do not fit in 4.
    let error: unknown;
    try {
      publish(site(path.join(tempDir('full'), 'second'), 'second', 64 * 1024 * 1024), out);
    } catch (thrown) {
      error = thrown;
    }
    // The premise, checked (see above); at 64 MB cpSync reports EIO, not ENOSPC.
    expect(error).toBeInstanceOf(Error);
    expect(classifyFailure(error, [path.dirname(out)])).toMatchObject({ exitCode: 6, message: expect.stringMatching(/^Disk penuh/) });
    expect(live(out)).toBe('first');
    expect(fs.readdirSync(releasesDir(out)).filter((name) => name.startsWith('.incoming-'))).toEqual([]);
    expect(publishedSite(out)).toMatch(/dist\.releases\/\d{4}-/);
  });
});
