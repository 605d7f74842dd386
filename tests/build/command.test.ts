import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { historyNotKept } from '../../src/lib/pipeline/failure';

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

  it('says the new site is live when only the history could not be written after publishing', () => {
    const error = Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    expect(historyNotKept(error, 'data/ledger')).toMatchObject({
      exitCode: 3,
      message: 'Situs baru SUDAH terbit, tetapi riwayat tidak dapat ditulis di data/ledger (EROFS: read-only file system); periksa izin folder itu lalu jalankan lagi. / The new site IS published, but its history could not be written in data/ledger: check that folder\'s permissions and run again; the next build records it.',
    });
    expect(historyNotKept(Object.assign(new Error('no space'), { code: 'ENOSPC' }), 'data/ledger').exitCode).toBe(6);
  });
});
