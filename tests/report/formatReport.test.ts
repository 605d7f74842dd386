import { describe, expect, it } from 'vitest';
import type { IngestResult } from '../../src/lib/ingest/ingest';
import type { IngestIssue } from '../../src/lib/ingest/issues';
import { formatReport, lineRanges } from '../../src/lib/report/formatReport';

const issue = (line: number | undefined, field: string | undefined, message: string, severity: IngestIssue['severity'] = 'error', type = `row/${field ?? 'file'}`): IngestIssue =>
  ({ type, severity, source: 'kantor-a', file: 'vacancies/kantor-a.csv', line, field, message, messageEn: message });

describe('the validation report for people', () => {
  const result: IngestResult = {
    asOf: '2025-04-15',
    vacancies: [],
    sources: [{ source: 'kantor-a', name: 'Kantor A', files: ['vacancies/kantor-a.csv'], read: 10, accepted: 2, duplicates: 0, rejected: 8, open: 2, defaulted: {} }],
    issues: [
      issue(1, undefined, 'Kolom wajib tidak ditemukan: title.', 'error', 'file/missing-column'),
      ...[2, 3, 4, 5, 7, 8].map((line) => issue(line, 'title', 'Kolom title wajib diisi.')),
      issue(9, 'date_posted', 'Tanggal tidak dikenali: "31/02/2025".'),
      issue(10, 'date_posted', 'Tanggal tidak dikenali: "32/01/2025".'),
      issue(10, 'date_posted', 'Tanggal tidak dikenali: "32/01/2025".'),
      issue(6, 'salary_min', 'Gaji terlalu kecil.', 'warning'),
      issue(undefined, undefined, 'Berkas kosong.', 'warning', 'file/empty'),
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
    expect(lines.slice(file + 1, file + 6)).toEqual([
      '  [catatan] berkas: Berkas kosong.',
      '  [DITOLAK] baris 1: Kolom wajib tidak ditemukan: title.',
      '  [DITOLAK] baris 2–5, 7–8 (6 baris), kolom title: Kolom title wajib diisi.',
      '  [catatan] baris 6, kolom salary_min: Gaji terlalu kecil.',
      '  [DITOLAK] baris 9–10 (2 baris), kolom date_posted: Tanggal tidak dikenali: "31/02/2025". (Contoh dari baris 9; baris lain melanggar aturan yang sama dengan nilainya sendiri, lihat laporan JSON.)',
    ]);
  });

  it('writes long line lists as ranges, cut after twenty', () => {
    expect(lineRanges([2, 3, 4, 6, 8, 9])).toBe('2–4, 6, 8–9');
    expect(lineRanges([5])).toBe('5');
    expect(lineRanges(Array.from({ length: 30 }, (_, i) => 2 + i * 2))).toBe(`${Array.from({ length: 20 }, (_, i) => 2 + i * 2).join(', ')}, …`);
  });
});
