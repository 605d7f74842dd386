import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSiteUrl, siteUrl } from '../../src/lib/site/siteConfig';
import { publisherOf } from '../../src/lib/opendata/publisher';
import { tempDir } from '../tempDir';

function dataWith(config?: object): string {
  const dir = tempDir('site-url');
  if (config) fs.writeFileSync(path.join(dir, 'site.json'), JSON.stringify(config));
  return dir;
}

describe('the site address', () => {
  it('comes from LOKER_SITE_URL first, then "url" in site.json, without a trailing slash', () => {
    const data = dataWith({ url: 'https://loker.example.go.id/' });
    expect(siteUrl(data, {})).toBe('https://loker.example.go.id');
    expect(siteUrl(data, { LOKER_SITE_URL: 'https://kerja.example.go.id' })).toBe('https://kerja.example.go.id');
    expect(publisherOf({ LOKER_SITE_URL: 'https://kerja.example.go.id/' }).siteUrl).toBe('https://kerja.example.go.id');
  });

  it('is required for a production build, with a message that says where to set it', () => {
    const data = dataWith({ sample: false });
    expect(resolveSiteUrl(data, {})).toEqual({
      problem: `Alamat situs belum diatur: isi "url" di ${data}/site.json atau LOKER_SITE_URL (contoh https://loker.example.go.id) / the site's address is not set: put "url" in site.json or set LOKER_SITE_URL`,
    });
  });

  it('may be the sample placeholder only in a sample build, which says so', () => {
    expect(resolveSiteUrl(dataWith({ sample: true }), {})).toEqual({ url: 'https://loker-terbuka.example.id', sample: true });
    expect(resolveSiteUrl(dataWith({ sample: false }), { LOKER_SITE_URL: 'ftp://x' })).toMatchObject({ problem: expect.stringContaining('bukan alamat http(s)') });
  });

  it('stops a production build before any stage when it is missing (exit code 3)', () => {
    const data = dataWith();
    const out = path.join(tempDir('site-url'), 'dist');
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    delete env.LOKER_SITE_URL;
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/build.ts', '--data', data, '--out', out, '--work', `${out}.work`], { encoding: 'utf8', env });
    expect(r.status).toBe(3);
    expect(r.stdout).not.toContain('[1/4]');
    expect(r.stderr.trim()).toBe(`BUILD GAGAL / FAILED (kode keluar / exit 3): Alamat situs belum diatur: isi "url" di ${data}/site.json atau LOKER_SITE_URL (contoh https://loker.example.go.id) / the site's address is not set: put "url" in site.json or set LOKER_SITE_URL`);
  });
});
