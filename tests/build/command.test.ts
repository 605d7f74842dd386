import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) => {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { code: r.status, lastLine: (r.stdout + r.stderr).trim().split('\n').at(-1) };
};

describe('the build command', () => {
  it('ends with one plain line and exit code 7 when a stage dies without a word, instead of Node\'s silent code 13', () => {
    expect(run(['--import', 'tsx', 'tests/build/faults/neverSettles.ts'])).toEqual({
      code: 7,
      lastLine: 'BUILD GAGAL / FAILED (kode keluar / exit 7): Build berhenti sebelum selesai: sebuah tahap (Pagefind/Astro) mati tanpa pesan / the build stopped before finishing: a stage died without a message (situs lama tetap terpasang / the last good site stays in place)',
    });
  });

  it('refuses a wrong flag or date with exit code 2 before anything runs', () => {
    expect(run(['node_modules/tsx/dist/cli.mjs', 'scripts/build.ts', '--bogus'])).toMatchObject({ code: 2, lastLine: expect.stringMatching(/^BUILD GAGAL \/ FAILED \(kode keluar \/ exit 2\): Perintah salah \/ wrong command line: Unknown option '--bogus'/) });
    expect(run(['node_modules/tsx/dist/cli.mjs', 'scripts/update.ts', '--as-of', '31-12-2026', '--out', '/tmp/loker-never-built/dist'])).toMatchObject({
      code: 2, lastLine: 'BUILD GAGAL / FAILED (kode keluar / exit 2): --as-of harus tanggal YYYY-MM-DD / must be a YYYY-MM-DD date: 31-12-2026',
    });
  });
});
