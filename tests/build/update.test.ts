import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SAMPLE_SITE_URL } from '../../src/lib/site/siteConfig';
import { tempDir } from '../tempDir';

describe('npm run update, the daily scheduled rebuild', () => {
  it('closes the vacancies past their deadline with no data changed, says so in its summary, and exits 0', () => {
    // The fixture's data folder holds the ledger of its build at 2026-11-28; nine days later two deadlines have passed.
    const data = path.join(tempDir('update'), 'data');
    fs.cpSync(inject('fixtureSite').dataDir, data, { recursive: true });
    const out = path.join(tempDir('update'), 'dist');
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/update.ts', '--data', data, '--out', out, '--work', `${out}.work`, '--as-of', '2026-12-09'], {
      encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LOKER_SITE_URL: SAMPLE_SITE_URL },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const summary = r.stdout.slice(r.stdout.indexOf('RINGKASAN')).replaceAll(out, '<out>');
    expect(summary).toMatchInlineSnapshot(`
      "RINGKASAN PEMBARUAN / UPDATE SUMMARY — data per 2026-12-09
      Baris / rows: 19 dibaca / read = 18 diterbitkan / published + 0 ganda / duplicates + 1 ditolak / rejected; 14 lowongan dibuka / open
      Ditutup / closed: 2 — disnaker-uji-u-18 (expired), disnaker-uji-u-9 (expired)
      Ditolak / rejected: 1 baris / rows; alasan / reasons (semua di / all in <out>.work/report/validation-report.txt):
        vacancies/disnaker-uji.csv, baris 8, kolom region: Wilayah "Kota Antah Berantah" tidak ditemukan. Tulis nama kabupaten/kota (Kota Bandung), provinsi, atau kode Kemendagri (32.73). Untuk kerja jarak jauh, tulis wilayah kantor atau "Seluruh Indonesia" dan isi work_mode remote.
      Hasil / result: DITERBITKAN / PUBLISHED di / at <out>
      "
    `);
    for (const slug of ['disnaker-uji-u-9', 'disnaker-uji-u-18']) {
      expect(fs.readFileSync(path.join(out, 'lowongan', slug, 'index.html'), 'utf8')).toContain('Lowongan ini sudah ditutup');
    }
  });
});
