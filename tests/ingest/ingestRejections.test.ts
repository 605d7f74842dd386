import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestResult } from '../../src/lib/ingest/ingest';
import { renderIssue } from '../../src/lib/report/renderIssue';
import { ingestFixture, vacancy, summary, expectEveryRowAccountedFor, messageOf } from './ingestFixture';

describe('ingest: regions and occupations that do not resolve (ingest-unresolved)', () => {
  let result: IngestResult;
  beforeAll(() => {
    result = ingestFixture('unresolved');
  });
  const issuesAt = (line: number) => result.issues.filter((i) => i.line === line).map((i) => [i.type, i.field, i.value]);

  it('accounts for every row', () => {
    expectEveryRowAccountedFor(result);
    expect(summary(result, 'disnaker-dki')).toMatchObject({ read: 7, accepted: 2, duplicates: 0, rejected: 5 });
  });

  it('rejects an ambiguous place name and lists the places it could mean', () => {
    expect(issuesAt(2)).toEqual([['row/ambiguous-region', 'region', 'Tanah Abang']]);
    const issue = result.issues.find((i) => i.line === 2)!;
    expect(messageOf(issue)).toContain('Kota Administrasi Jakarta Pusat, Daerah Khusus Ibukota Jakarta');
    expect(messageOf(issue)).toContain('Kabupaten Penukal Abab Lematang Ilir, Sumatera Selatan');
    expect(messageOf(issue)).toMatchInlineSnapshot(`"Wilayah "Tanah Abang" bisa berarti lebih dari satu tempat. Tulis kabupaten/kota yang dimaksud (mis. "Tanah Abang, Jakarta Pusat") atau pakai kode Kemendagri. Kandidat / candidates: Kabupaten Penukal Abab Lematang Ilir, Sumatera Selatan; Kota Administrasi Jakarta Pusat, Daerah Khusus Ibukota Jakarta."`);
  });

  it('rejects a place name that is nowhere in Indonesia', () => {
    expect(issuesAt(3)).toEqual([['row/unknown-region', 'region', 'Atlantis Raya']]);
  });

  it('rejects an occupation code that is not in KBJI 2014', () => {
    expect(issuesAt(4)).toEqual([['row/unknown-occupation', 'occupation_code', '9999']]);
    expect(messageOf(result.issues.find((i) => i.line === 4))).toMatchInlineSnapshot(`"Kode jabatan "9999" tidak ada dalam KBJI 2014. Periksa kode golongan empat angka di data/reference/kbji-2014.csv."`);
  });

  it('rejects a major-group code and asks for a four-digit unit group', () => {
    expect(issuesAt(5)).toEqual([['row/not-unit-occupation', 'occupation_code', '2']]);
    expect(messageOf(result.issues.find((i) => i.line === 5))).toMatchInlineSnapshot(`"Kode jabatan "2" adalah kelompok besar. Gunakan kode golongan empat angka (mis. 2221)."`);
  });

  it('reports an unknown occupation and an unknown region of one row together', () => {
    expect(issuesAt(6)).toEqual([
      ['row/unknown-occupation', 'occupation_code', '9999'],
      ['row/unknown-region', 'region', 'Atlantis Raya'],
    ]);
  });

  it('accepts the ambiguous name once its kabupaten/kota is added, a unique kecamatan, and a 6-digit position code', () => {
    expect(vacancy(result, 'DKI-6')).toMatchObject({ region_scope: 'regency', province_code: '31', regency_code: '31.71' });
    expect(vacancy(result, 'DKI-7')).toMatchObject({ regency_code: '31.74', occupation_code: '2221.01', occupation_unit: '2221' });
  });
});

describe('ingest: broken files (ingest-broken)', () => {
  let result: IngestResult;
  beforeAll(() => {
    result = ingestFixture('broken');
  });
  const issuesOf = (source: string) => result.issues.filter((i) => i.source === source);

  it('accounts for every row of every file, broken or not', () => {
    expectEveryRowAccountedFor(result);
    expect(result.sources.map((s) => [s.source, s.read, s.accepted, s.duplicates, s.rejected])).toEqual([
      ['kantor-baik', 1, 1, 0, 0],
      ['kosong', 0, 0, 0, 0],
      ['kutip-terbuka', 2, 1, 0, 1],
      ['pemetaan-rusak', 2, 0, 0, 2],
      ['pemetaan-salah-kunci', 1, 0, 0, 1],
      ['sel-berlebih', 2, 1, 0, 1],
      ['tanpa-deskripsi', 2, 0, 0, 2],
    ]);
  });

  it('still publishes the other offices when one office\'s files are broken', () => {
    expect(result.vacancies.map((v) => v.id)).toEqual(['OK-1', 'KT-1', 'SB-2']);
  });

  it('rejects every row of a source whose mapping file is not valid JSON, with one file issue naming the mapping file', () => {
    const issues = issuesOf('pemetaan-rusak');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ type: 'file/invalid-mapping', severity: 'error', file: 'vacancies/pemetaan-rusak.csv' });
    expect(messageOf(issues[0])).toContain('vacancies/pemetaan-rusak.mapping.json');
    expect(messageOf(issues[0])).toMatch(/^Berkas pemetaan tidak dapat dibaca sebagai JSON \(.+\)\. Semua 2 baris ditolak;/);
  });

  it('rejects every row of a source whose mapping file has unknown keys or an unknown encoding, naming each', () => {
    const issues = issuesOf('pemetaan-salah-kunci');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      type: 'file/invalid-mapping', rows: 1, mappingFile: 'vacancies/pemetaan-salah-kunci.mapping.json',
      failure: { kind: 'invalid', problems: [{ path: 'encoding', kind: 'unknown-encoding' }, { path: '', kind: 'unknown-keys', keys: ['kolom'] }] },
    });
    expect(messageOf(issues[0])).toMatchInlineSnapshot(`"Berkas pemetaan tidak sah: encoding: pengodean tidak dikenal; pakai mis. utf-8, windows-1252, utf-16le; (root): kunci tidak dikenal: "kolom". Semua 1 baris ditolak; perbaiki berkas pemetaan vacancies/pemetaan-salah-kunci.mapping.json."`);
    expect(renderIssue(issues[0]).messageEn).toMatchInlineSnapshot(`"The mapping file is invalid: encoding: unknown encoding; use e.g. utf-8, windows-1252, utf-16le; (root): unknown key: "kolom". All 1 rows were rejected; fix the mapping file vacancies/pemetaan-salah-kunci.mapping.json."`);
  });

  it('rejects a row with more cells than the header, pointing at its line', () => {
    const issue = issuesOf('sel-berlebih').find((i) => i.type === 'row/column-count');
    expect(issue).toMatchObject({ severity: 'error', file: 'vacancies/sel-berlebih.csv', line: 2 });
    expect(messageOf(issue)).toMatchInlineSnapshot(`"Baris ini punya 12 sel, padahal judul kolom ada 11. Kemungkinan ada pemisah (,) di dalam isi sel tanpa tanda kutip."`);
  });

  it('accepts a row whose extra cells are empty (trailing separators from a spreadsheet)', () => {
    expect(vacancy(result, 'SB-2')).toMatchObject({ line: 3, file: 'vacancies/sel-berlebih.csv' });
  });

  it('reports a missing required column once for the file, and rejects each row for it', () => {
    const issues = issuesOf('tanpa-deskripsi');
    expect(issues.map((i) => [i.type, i.line, i.field])).toEqual([
      ['file/missing-column', 1, undefined],
      ['row/required', 2, 'description'],
      ['row/required', 3, 'description'],
    ]);
    expect(messageOf(issues[0])).toMatchInlineSnapshot(`"Kolom wajib tidak ditemukan: description. Tambahkan kolom itu atau petakan judul kolom Anda di berkas pemetaan (lihat kamus data di /data/kamus/ serta bagian "Input contract" dan "Mapping file" di README)."`);
  });

  it('warns about an empty file instead of failing', () => {
    expect(issuesOf('kosong')).toEqual([expect.objectContaining({ type: 'file/empty', severity: 'warning', file: 'vacancies/kosong.csv' })]);
    expect(summary(result, 'kosong').files).toEqual(['vacancies/kosong.csv']);
  });

  it('rejects the row an unclosed quote swallows, at the line the quote opens, saying the lines after it were absorbed', () => {
    const issues = issuesOf('kutip-terbuka');
    expect(issues.map((i) => [i.type, i.severity, i.line])).toEqual([['row/malformed', 'error', 3]]);
    expect(messageOf(issues[0])).toContain('tanda kutip');
  });
});
