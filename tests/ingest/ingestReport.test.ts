import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/lib/report/formatReport';
import { expectEveryRowAccountedFor, ingestFixture } from './ingestFixture';

describe('ingest: the report an officer reads (ingest-report)', () => {
  const result = ingestFixture('report', '2026-11-15');

  it('reports every problem of a row at once, and every unknown place with its count', () => {
    expectEveryRowAccountedFor(result);
    expect(result.issues.filter((i) => i.line === 2).map((i) => i.field)).toEqual(['employer_name', 'region']);
    const report = formatReport(result).split('\n');
    expect(report.slice(report.indexOf('== vacancies/kantor-r.csv'))).toMatchInlineSnapshot(`
      [
        "== vacancies/kantor-r.csv",
        "  [DITOLAK] baris 2, kolom employer_name: Kolom employer_name wajib diisi. Lengkapi sel ini lalu unggah ulang.",
        "  [DITOLAK] baris 2–5 (4 baris), kolom region: Wilayah "Atlantis" tidak ditemukan. Tulis nama kabupaten/kota (Kota Bandung), provinsi, atau kode Kemendagri (32.73). Untuk kerja jarak jauh, tulis wilayah kantor atau "Seluruh Indonesia" dan isi work_mode remote. (Contoh dari baris 2; baris lain melanggar aturan yang sama dengan nilainya sendiri, lihat laporan JSON.)",
        "    Nilai (2 berbeda, terbanyak dulu): "Atlantis" ×3, "Lemuria" ×1",
        "",
      ]
    `);
  });
});
