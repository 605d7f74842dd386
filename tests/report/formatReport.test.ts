import { describe, expect, it } from 'vitest';
import type { IngestResult } from '../../src/lib/ingest/ingest';
import type { Issue } from '../../src/lib/issues/issue';
import { formatReport, lineRanges } from '../../src/lib/report/formatReport';

const place = { source: 'kantor-a', file: 'vacancies/kantor-a.csv' };
const required = (line: number): Issue => ({ type: 'row/required', severity: 'error', ...place, line, field: 'title' });
const badDate = (line: number, value: string): Issue => ({ type: 'row/invalid-date', severity: 'error', ...place, line, field: 'date_posted', value });

describe('the validation report for people', () => {
  const result: IngestResult = {
    asOf: '2025-04-15',
    vacancies: [],
    sources: [{ source: 'kantor-a', name: 'Kantor A', files: ['vacancies/kantor-a.csv'], read: 10, accepted: 2, duplicates: 0, rejected: 8, rejectedVacancies: 8, open: 2, defaulted: {}, inferred: {} }],
    issues: [
      { type: 'file/missing-column', severity: 'error', ...place, line: 1, fields: ['title'] },
      ...[2, 3, 4, 5, 7, 8].map(required),
      badDate(9, '31/02/2025'),
      badDate(10, '32/01/2025'),
      badDate(10, '32/01/2025'),
      { type: 'row/duplicate-id', severity: 'warning', ...place, line: 6, field: 'id', value: 'A-6', kept: { ...place, line: 11, id: 'A-6' } },
      { type: 'file/empty', severity: 'warning', ...place },
    ],
  };
  const report = formatReport(result);

  it('starts with the balance of every office', () => {
    expect(report).toContain('kantor-a: 10 dibaca = 2 diterbitkan + 0 ganda + 8 ditolak (2 dibuka)');
    expect(report).toContain('10 kesalahan (baris ditolak / rows rejected), 2 peringatan (warnings).');
  });

  it('says a rule broken on many rows once, with their lines as ranges and the first as example, each other problem on its own line', () => {
    const lines = report.split('\n');
    const file = lines.indexOf('== vacancies/kantor-a.csv');
    expect(lines.slice(file + 1, file + 6)).toMatchInlineSnapshot(`
      [
        "  [catatan] berkas: Berkas kosong: tidak ada judul kolom maupun baris. Hapus berkas ini atau ekspor ulang datanya.",
        "  [DITOLAK] baris 1: Kolom wajib tidak ditemukan: title. Tambahkan kolom itu atau petakan judul kolom Anda di berkas pemetaan (lihat kamus data di /data/kamus/ serta bagian "Input contract" dan "Mapping file" di README).",
        "  [DITOLAK] baris 2–5, 7–8 (6 baris), kolom title: Kolom title wajib diisi. Lengkapi sel ini lalu unggah ulang.",
        "  [catatan] baris 6, kolom id: Nomor lowongan "A-6" muncul lagi di vacancies/kantor-a.csv baris 11; baris terakhir itu yang dipakai. Hapus baris ganda atau beri nomor berbeda.",
        "  [DITOLAK] baris 9–10 (2 baris), kolom date_posted: Tanggal date_posted "31/02/2025" tidak dikenali. Tulis sebagai YYYY-MM-DD (2025-03-31) atau DD/MM/YYYY (31/03/2025). (Contoh dari baris 9; baris lain melanggar aturan yang sama dengan nilainya sendiri, lihat laporan JSON.)",
      ]
    `);
  });

  it('lists every distinct value a rule met with its count, most frequent first', () => {
    const unknown = (line: number, value: string): Issue => ({ type: 'row/unknown-region', severity: 'error', ...place, line, field: 'region', value });
    const many = formatReport({ ...result, issues: [unknown(2, 'Lombok'), unknown(3, 'Central Jakarta'), unknown(4, 'Central Jakarta'), unknown(5, 'Halmahera'), unknown(6, 'Central Jakarta')] });
    expect(many.split('\n').filter((l) => l.startsWith('    '))).toMatchInlineSnapshot(`
      [
        "    Nilai (3 berbeda, terbanyak dulu): "Central Jakarta" ×3, "Halmahera" ×1, "Lombok" ×1",
      ]
    `);
  });

  it('writes long line lists as ranges, cut after twenty', () => {
    expect(lineRanges([2, 3, 4, 6, 8, 9])).toBe('2–4, 6, 8–9');
    expect(lineRanges([5])).toBe('5');
    expect(lineRanges(Array.from({ length: 30 }, (_, i) => 2 + i * 2))).toBe(`${Array.from({ length: 20 }, (_, i) => 2 + i * 2).join(', ')}, …`);
  });
});
