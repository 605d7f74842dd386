import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest/ingest';
import { formatReport } from '../../src/lib/report/formatReport';
import { renderIssue } from '../../src/lib/report/renderIssue';
import { writeReport } from '../../src/lib/report/writeReport';
import { tempDir } from '../tempDir';
import { expectEveryRowAccountedFor, ingestFixture, vacancy } from './ingestFixture';

describe('ingest: a report an officer can act on (ingest-officer-report)', () => {
  const result = ingestFixture('officer-report', '2026-11-15');
  const of = (source: string) => result.issues.filter((i) => i.source === source);

  it('gives the spreadsheet row beside the line after a cell spanning lines', () => {
    expectEveryRowAccountedFor(result);
    expect(of('kantor-panjang').map((i) => [i.line, i.record])).toEqual([[6, 3], [7, 4], [8, 5]]);
    expect(formatReport(result).split('\n').filter((l) => l.includes('kolom region'))).toMatchInlineSnapshot(`
      [
        "  [DITOLAK] baris 6–8 (3 baris) (baris spreadsheet 3–5), kolom region: Wilayah "Atlantis" tidak ditemukan. Tulis nama kabupaten/kota (Kota Bandung), provinsi, atau kode Kemendagri (32.73). Untuk kerja jarak jauh, tulis wilayah kantor atau "Seluruh Indonesia" dan isi work_mode remote.",
        "  [DITOLAK] baris 2–3 (2 baris), kolom region: Wilayah "Atlantis" tidak ditemukan. Tulis nama kabupaten/kota (Kota Bandung), provinsi, atau kode Kemendagri (32.73). Untuk kerja jarak jauh, tulis wilayah kantor atau "Seluruh Indonesia" dan isi work_mode remote.",
        "  [DITOLAK] baris 2, kolom region: Wilayah "Atlantis" tidak ditemukan. Tulis nama kabupaten/kota (Kota Bandung), provinsi, atau kode Kemendagri (32.73). Untuk kerja jarak jauh, tulis wilayah kantor atau "Seluruh Indonesia" dan isi work_mode remote.",
      ]
    `);
  });

  it('names the lines of bytes that are not UTF-8, and says when a whole file was read as Windows-1252', () => {
    expect(vacancy(result, 'U-1').employer_name).toBe('Café Mawar');
    expect(vacancy(result, 'U-3').employer_name).toBe('Caf\uFFFD Anggrek');
    expect(vacancy(result, 'W-1').employer_name).toBe('Café Kenanga');
    expect([...of('kantor-utf8-rusak'), ...of('kantor-windows')].map((i) => `${i.type}: ${renderIssue(i).message}`)).toMatchInlineSnapshot(`
      [
        "file/encoding-guess: Berkas ini UTF-8, tetapi baris 4 berisi byte yang bukan UTF-8; byte itu diganti dengan tanda � di halaman. Perbaiki huruf di baris itu, atau ekspor ulang sebagai CSV UTF-8.",
        "file/encoding-guess: Berkas ini bukan UTF-8 dan dibaca sebagai Windows-1252 (tebakan); huruf seperti é atau ñ di baris 2 mungkin salah. Ekspor ulang sebagai CSV UTF-8, atau tulis "encoding" di berkas pemetaan.",
      ]
    `);
  });

  it('counts the vacancies rejected beside the rows: one vacancy rejected in two snapshots is one, one with a valid version none', () => {
    expect(result.sources.filter((s) => s.source === 'portal-harian').map((s) => [s.read, s.accepted, s.rejected, s.rejectedVacancies])).toEqual([[4, 1, 3, 1]]);
    expect(formatReport(result).split('\n').find((l) => l.startsWith('portal-harian'))).toMatchInlineSnapshot(`"portal-harian: 4 dibaca = 1 diterbitkan + 0 ganda + 3 ditolak (1 lowongan) (1 dibuka)"`);
  });

  it('groups identical rows in the JSON report, with every line', () => {
    const dir = tempDir('report');
    writeReport(result, dir);
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'validation-report.json'), 'utf8')) as { issues: { type: string; file: string; count?: number; lines?: number[]; records?: number[] }[] };
    expect(json.issues.filter((i) => i.type === 'row/unknown-region' && i.file.endsWith('kantor-panjang.csv')).map((i) => [i.count, i.lines, i.records])).toEqual([[3, [6, 7, 8], [3, 4, 5]]]);
  });
});

describe('ingest: symbolic links under data/vacancies', () => {
  it('follows a link inside the data folder and refuses one leading out of it, saying where it points', () => {
    const root = tempDir('links');
    const outside = tempDir('outside');
    const data = path.join(root, 'data');
    fs.mkdirSync(path.join(data, 'vacancies'), { recursive: true });
    fs.mkdirSync(path.join(data, 'kept'));
    const csv = fs.readFileSync('tests/fixtures/ingest-officer-report/vacancies/kantor-windows.csv');
    fs.writeFileSync(path.join(data, 'kept', 'dalam.csv'), csv);
    fs.writeFileSync(path.join(outside, 'luar.csv'), csv);
    fs.symlinkSync(path.join(data, 'kept', 'dalam.csv'), path.join(data, 'vacancies', 'kantor-dalam.csv'));
    fs.symlinkSync(path.join(outside, 'luar.csv'), path.join(data, 'vacancies', 'kantor-luar.csv'));
    fs.symlinkSync(outside, path.join(data, 'vacancies', 'kantor-folder'));
    const result = ingest({ dataDir: data, asOf: '2026-11-15', referenceDataDir: path.resolve('data') });
    expect(result.sources.map((s) => `${s.source} ${s.read}`)).toEqual(['kantor-dalam 2']);
    expect(result.issues.filter((i) => i.type === 'file/symlink-outside').map((i) => `${i.file} ${i.severity}`)).toEqual(['vacancies/kantor-folder error', 'vacancies/kantor-luar.csv error']);
  });
});
