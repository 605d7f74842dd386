import { createHash } from 'node:crypto';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestResult } from '../../src/lib/ingest/ingest';

/** Runs the whole ingest on `tests/fixtures/ingest-<name>/`, against the project's reference tables. */
function ingestFixture(name: string, asOf = '2025-04-15'): IngestResult {
  return ingest({ dataDir: path.resolve('tests/fixtures', `ingest-${name}`), asOf, referenceDataDir: path.resolve('data') });
}

/** The published vacancy with this id (ids are unique across these fixtures). */
function vacancy(result: IngestResult, id: string) {
  const found = result.vacancies.find((v) => v.id === id);
  if (!found) throw new Error(`vacancy ${id} was not published`);
  return found;
}

function summary(result: IngestResult, source: string) {
  const found = result.sources.find((s) => s.source === source);
  if (!found) throw new Error(`no source ${source}`);
  return found;
}

/** The contract's promise: every row ends in exactly one place, and every rejected row says where and why in Indonesian. */
function expectEveryRowAccountedFor(result: IngestResult): void {
  const sum = (key: 'read' | 'accepted' | 'duplicates' | 'rejected') => result.sources.reduce((n, s) => n + s[key], 0);
  for (const s of result.sources) expect(s.read, s.source).toBe(s.accepted + s.duplicates + s.rejected);
  expect(sum('read')).toBe(sum('accepted') + sum('duplicates') + sum('rejected'));
  expect(result.vacancies).toHaveLength(sum('accepted'));

  for (const issue of result.issues) {
    expect(issue.file, issue.type).toMatch(/^vacancies\/.+\.(csv|txt)$/);
    expect(issue.message.length, issue.type).toBeGreaterThan(20);
    expect(issue.message, issue.type).not.toBe(issue.messageEn);
  }
  const rowErrors = result.issues.filter((i) => i.severity === 'error' && i.type.startsWith('row/'));
  for (const issue of rowErrors) {
    expect(issue.line, issue.type).toBeGreaterThan(1);
    // A row with too many cells or an unclosed quote is wrong as a whole; every other rule names the field to fix.
    if (issue.type !== 'row/column-count' && issue.type !== 'row/malformed') expect(issue.field, issue.type).toBeTruthy();
  }
  for (const s of result.sources) {
    const wholeFile = result.issues.filter((i) => i.source === s.source && i.severity === 'error' && i.line === undefined);
    if (wholeFile.length) {
      expect(s.accepted + s.duplicates, s.source).toBe(0);
      continue;
    }
    const rejectedLines = new Set(rowErrors.filter((i) => i.source === s.source).map((i) => `${i.file}:${i.line}`));
    expect(rejectedLines.size, s.source).toBe(s.rejected);
  }
  const published = new Set(result.vacancies.map((v) => `${v.file}:${v.line}`));
  expect(rowErrors.filter((i) => published.has(`${i.file}:${i.line}`))).toEqual([]);
}

describe('ingest: offices exporting in different ways (ingest-mixed-offices)', () => {
  let result: IngestResult;
  beforeAll(() => {
    result = ingestFixture('mixed-offices');
  });

  it('accounts for every row of every office', () => {
    expectEveryRowAccountedFor(result);
    expect(result.sources.map((s) => [s.source, s.read, s.accepted, s.duplicates, s.rejected])).toEqual([
      ['disnaker-bandung', 3, 3, 0, 0],
      ['disnaker-surabaya', 2, 2, 0, 0],
      ['kemnaker', 3, 3, 0, 0],
    ]);
  });

  it('reports nothing for clean exports, whatever their delimiter, encoding or header language', () => {
    expect(result.issues).toEqual([]);
  });

  it('names each office from sources.csv, with its link', () => {
    expect(result.sources.map((s) => [s.source, s.name, s.url])).toEqual([
      ['disnaker-bandung', 'Disnaker Kota Bandung', 'https://disnaker.bandung.go.id'],
      ['disnaker-surabaya', 'Dinas Tenaga Kerja Kota Surabaya', undefined],
      ['kemnaker', 'Kementerian Ketenagakerjaan RI', 'https://kemnaker.go.id'],
    ]);
  });

  it('reads a semicolon-separated UTF-8 file with a BOM, CRLF line ends, Indonesian headers and DD/MM/YYYY dates', () => {
    expect(vacancy(result, 'BDG-001')).toMatchObject({
      source: 'disnaker-bandung', slug: 'disnaker-bandung-bdg-001', file: 'vacancies/disnaker-bandung.csv', line: 2,
      title: 'Perawat Rawat Inap', occupation_code: '2221', occupation_unit: '2221', employer_name: 'RS Sehat Sentosa', openings: 3,
      region_scope: 'regency', province_code: '32', regency_code: '32.73', employment_type: 'contract', education_min: 'd3',
      salary_min: 4_500_000, salary_max: 6_000_000, description: 'Merawat pasien rawat inap.\n\n- Shift pagi dan malam',
      date_posted: '2025-03-03', valid_through: '2025-03-31', apply_email: 'rekrutmen@sehat.co.id', defaulted: [],
    });
  });

  it('numbers the row after a multi-line description by its real line in the file', () => {
    expect(vacancy(result, 'BDG-002')).toMatchObject({ line: 5, openings: 2, employment_type: 'full_time', education_min: 'sma', salary_min: 5_000_000 });
    expect(vacancy(result, 'BDG-002').salary_max).toBeUndefined();
    expect(vacancy(result, 'BDG-003')).toMatchObject({ line: 6, date_posted: '2025-04-01', valid_through: '2025-04-30', regency_code: '32.73', employment_type: 'permanent' });
  });

  it('decodes a Windows-1252 export so "Café" and "crème brûlée" read as written', () => {
    expect(vacancy(result, 'SBY-01')).toMatchObject({
      title: 'Barista Café', employer_name: 'Café Olé Surabaya', description: 'Membuat kopi dan crème brûlée.',
      regency_code: '35.78', employment_type: 'part_time', salary_min: 2_500_000,
    });
  });

  it('reads every file of a folder source, comma- or tab-separated, as one office', () => {
    expect(summary(result, 'kemnaker').files).toEqual(['vacancies/kemnaker/2025-03.csv', 'vacancies/kemnaker/2025-04.csv']);
    expect(result.vacancies.filter((v) => v.source === 'kemnaker').map((v) => [v.id, v.file, v.line])).toEqual([
      ['KMN-0301', 'vacancies/kemnaker/2025-03.csv', 2],
      ['KMN-0302', 'vacancies/kemnaker/2025-03.csv', 3],
      ['KMN-0401', 'vacancies/kemnaker/2025-04.csv', 2],
    ]);
  });

  it('places nationwide, overseas and "City, Province" vacancies', () => {
    expect(vacancy(result, 'KMN-0301')).toMatchObject({ region_scope: 'national', work_mode: 'remote', country: 'ID' });
    expect(vacancy(result, 'KMN-0302')).toMatchObject({ region_scope: 'overseas', country: 'JP' });
    expect(vacancy(result, 'KMN-0302').province_code).toBeUndefined();
    expect(vacancy(result, 'KMN-0401')).toMatchObject({ region_scope: 'regency', regency_code: '12.71', employment_type: 'full_time' });
  });

  it('lists vacancies in slug order, so two builds of the same data are identical', () => {
    const slugs = result.vacancies.map((v) => v.slug);
    expect(slugs).toEqual([...slugs].sort());
    expect(ingestFixture('mixed-offices')).toEqual(result);
  });
});

describe('ingest: the same vacancy reported twice (ingest-duplicates)', () => {
  let result: IngestResult;
  beforeAll(() => {
    result = ingestFixture('duplicates');
  });

  it('accounts for every row, counting merged rows as duplicates', () => {
    expectEveryRowAccountedFor(result);
    expect(summary(result, 'disnaker-bandung')).toMatchObject({ read: 3, accepted: 2, duplicates: 1, rejected: 0 });
    expect(summary(result, 'disnaker-jabar')).toMatchObject({ read: 2, accepted: 1, duplicates: 1, rejected: 0 });
  });

  it('keeps the last row when one office repeats an id, and warns at the earlier line naming the later one', () => {
    expect(result.vacancies.filter((v) => v.id === 'BDG-7')).toHaveLength(1);
    expect(vacancy(result, 'BDG-7')).toMatchObject({ line: 4, openings: 2, description: 'Melayani pembayaran; dua orang.' });
    const warning = result.issues.find((i) => i.type === 'row/duplicate-id');
    expect(warning).toMatchObject({ severity: 'warning', source: 'disnaker-bandung', file: 'vacancies/disnaker-bandung.csv', line: 2, field: 'id', value: 'BDG-7' });
    expect(warning?.message).toMatchInlineSnapshot(`"Nomor lowongan "BDG-7" muncul lagi di vacancies/disnaker-bandung.csv baris 4; baris terakhir itu yang dipakai. Hapus baris ganda atau beri nomor berbeda."`);
  });

  it('lists a vacancy two offices reported once, under the first office, crediting the other', () => {
    const shared = result.vacancies.filter((v) => v.title === 'Pramuniaga');
    expect(shared.map((v) => [v.source, v.id, v.also_published_by])).toEqual([['disnaker-bandung', 'BDG-8', ['disnaker-jabar']]]);
    expect(vacancy(result, 'JBR-101').also_published_by).toEqual([]);
    const note = result.issues.find((i) => i.type === 'row/duplicate-across-sources');
    expect(note).toMatchObject({ severity: 'warning', source: 'disnaker-jabar', file: 'vacancies/disnaker-jabar.csv', line: 2, value: 'JBR-100' });
    expect(note?.message).toContain('vacancies/disnaker-bandung.csv baris 3');
  });
});

describe('ingest: a vacancy already published under one office keeps its address when another reports it too', () => {
  // Yesterday only Jawa Barat's office reported the vacancy: its page is /lowongan/disnaker-jabar-jbr-100/.
  const result = ingest({ dataDir: path.resolve('tests/fixtures/ingest-duplicates'), asOf: '2025-04-15', referenceDataDir: path.resolve('data'), published: new Set(['disnaker-jabar-jbr-100']) });

  it('keeps the published report and credits the office whose name sorts first', () => {
    const shared = result.vacancies.filter((v) => v.title === 'Pramuniaga');
    expect(shared.map((v) => [v.slug, v.also_published_by])).toEqual([['disnaker-jabar-jbr-100', ['disnaker-bandung']]]);
    const note = result.issues.find((i) => i.type === 'row/duplicate-across-sources');
    expect(note).toMatchObject({ source: 'disnaker-bandung', file: 'vacancies/disnaker-bandung.csv', line: 3, value: 'BDG-8' });
    expect(note?.message).toContain('vacancies/disnaker-jabar.csv baris 2');
  });

  it('still accounts for every row, the merged row now counted for the other office', () => {
    expectEveryRowAccountedFor(result);
    expect(summary(result, 'disnaker-bandung')).toMatchObject({ read: 3, accepted: 1, duplicates: 2, rejected: 0 });
    expect(summary(result, 'disnaker-jabar')).toMatchObject({ read: 2, accepted: 2, duplicates: 0, rejected: 0 });
  });

  it('changes nothing when neither or both reports are published', () => {
    const both = ingest({ dataDir: path.resolve('tests/fixtures/ingest-duplicates'), asOf: '2025-04-15', referenceDataDir: path.resolve('data'), published: new Set(['disnaker-jabar-jbr-100', 'disnaker-bandung-bdg-8']) });
    expect(both).toEqual(ingestFixture('duplicates'));
    const neither = ingest({ dataDir: path.resolve('tests/fixtures/ingest-duplicates'), asOf: '2025-04-15', referenceDataDir: path.resolve('data'), published: new Set(['disnaker-lain-x-1']) });
    expect(neither).toEqual(ingestFixture('duplicates'));
  });
});

describe('ingest: a mapping file for an export with its own columns (ingest-mapping)', () => {
  let result: IngestResult;
  beforeAll(() => {
    result = ingestFixture('mapping', '2025-03-20');
  });
  const bkk = () => result.vacancies.filter((v) => v.source === 'bkk-smkn1-cimahi');
  const derivedId = (...cells: string[]) => `h${createHash('sha1').update(cells.join('\u0000')).digest('hex').slice(0, 12)}`;

  it('accounts for every row', () => {
    expectEveryRowAccountedFor(result);
    expect(summary(result, 'bkk-smkn1-cimahi')).toMatchObject({ read: 4, accepted: 3, duplicates: 0, rejected: 1 });
    expect(summary(result, 'lpk-sakura')).toMatchObject({ read: 2, accepted: 1, duplicates: 0, rejected: 1 });
  });

  it('reads renamed columns and ignores the column mapped to "ignore" without calling it unknown', () => {
    expect(bkk().map((v) => [v.title, v.employer_name, v.date_posted, v.apply_instructions])).toEqual(expect.arrayContaining([
      ['Operator Produksi', 'PT Maju Mundur', '2025-03-03', 'Kirim CV ke BKK SMKN 1 Cimahi'],
    ]));
    expect(result.issues.filter((i) => i.type === 'file/unknown-column')).toEqual([]);
  });

  it('derives a stable id from the listed columns and marks it defaulted', () => {
    const operator = bkk().find((v) => v.title === 'Operator Produksi')!;
    expect(operator.id).toBe(derivedId('Operator Produksi', 'PT Maju Mundur', '03/03/2025'));
    expect(operator.slug).toBe(`bkk-smkn1-cimahi-${operator.id}`);
    expect(ingestFixture('mapping', '2025-03-20').vacancies.map((v) => v.id)).toEqual(result.vacancies.map((v) => v.id));
  });

  it('derives valid_through as date_posted plus the configured days', () => {
    expect(bkk().map((v) => [v.date_posted, v.valid_through]).sort()).toEqual([
      ['2025-03-03', '2025-04-02'],
      ['2025-03-10', '2025-04-09'],
      ['2025-03-15', '2025-04-14'],
    ]);
  });

  it('fills defaults only where the export is empty, and marks which fields were filled', () => {
    const byTitle = Object.fromEntries(bkk().map((v) => [v.title, v]));
    expect(byTitle['Operator Produksi']).toMatchObject({ openings: 5, employment_type: 'internship', defaulted: ['employment_type', 'id', 'valid_through'] });
    expect(byTitle['Admin Gudang']).toMatchObject({ openings: 1, defaulted: ['openings', 'employment_type', 'id', 'valid_through'] });
    expect(byTitle['Mekanik Motor']).toMatchObject({ openings: 1, defaulted: ['openings', 'employment_type', 'id', 'valid_through'] });
  });

  it('counts defaulted fields in the source summary', () => {
    expect(summary(result, 'bkk-smkn1-cimahi').defaulted).toEqual({ openings: 2, employment_type: 3, id: 3, valid_through: 3 });
  });

  it('treats N/A, "-" and the mapping\'s own placeholders as empty cells', () => {
    const admin = bkk().find((v) => v.title === 'Admin Gudang')!;
    expect(admin.salary_min).toBeUndefined(); // "TBA" is a placeholder
    expect(bkk().find((v) => v.title === 'Mekanik Motor')!.openings).toBe(1); // "N/A" is empty, so the default applies
  });

  it('splits a salary_range column into salary_min and salary_max', () => {
    const pay = Object.fromEntries(bkk().map((v) => [v.title, [v.salary_min, v.salary_max]]));
    expect(pay['Operator Produksi']).toEqual([4_000_000, 4_500_000]);
    expect(pay['Mekanik Motor']).toEqual([3_000_000, 4_000_000]);
  });

  it('rejects a salary_range it cannot read, as salary_min', () => {
    expect(result.issues.filter((i) => i.source === 'bkk-smkn1-cimahi')).toEqual([
      expect.objectContaining({ type: 'row/invalid-rupiah', severity: 'error', file: 'vacancies/bkk-smkn1-cimahi.csv', line: 5, field: 'salary_min', value: 'lima juta' }),
    ]);
  });

  it('names an office not in sources.csv from its mapping file, or else from its file name', () => {
    expect(summary(result, 'bkk-smkn1-cimahi').name).toBe('BKK SMK Negeri 1 Cimahi');
    expect(summary(result, 'lpk-sakura').name).toBe('lpk-sakura');
  });

  it('reads a folder\'s mapping.json: its encoding and delimiter, defaults for an overseas office, occupations guessed from titles', () => {
    expect(summary(result, 'lpk-sakura')).toMatchObject({ files: ['vacancies/lpk-sakura/2025-03.txt'], defaulted: { country: 1, employment_type: 1, occupation_code: 1 } });
    expect(vacancy(result, 'SKR-1')).toMatchObject({
      title: 'Perawat Lansia', occupation_code: '5322', country: 'JP', region_scope: 'overseas', employment_type: 'contract',
      defaulted: ['country', 'employment_type', 'occupation_code'],
    });
  });

  it('says so when an occupation cannot be guessed from the title', () => {
    const issue = result.issues.find((i) => i.source === 'lpk-sakura');
    expect(issue).toMatchObject({ type: 'row/occupation-not-inferred', line: 3, field: 'occupation_code', value: 'Penjinak Naga' });
    expect(issue?.message).toMatchInlineSnapshot(`"Kode jabatan kosong dan tidak dapat ditebak dari judul "Penjinak Naga". Isi kode KBJI 2014 empat angka."`);
  });
});

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
    expect(issue.message).toContain('Kota Administrasi Jakarta Pusat, Daerah Khusus Ibukota Jakarta');
    expect(issue.message).toContain('Kabupaten Penukal Abab Lematang Ilir, Sumatera Selatan');
    expect(issue.message).toMatchInlineSnapshot(`"Wilayah "Tanah Abang" bisa berarti lebih dari satu tempat. Tulis kabupaten/kota yang dimaksud (mis. "Tanah Abang, Jakarta Pusat") atau pakai kode Kemendagri. Kandidat / candidates: Kabupaten Penukal Abab Lematang Ilir, Sumatera Selatan; Kota Administrasi Jakarta Pusat, Daerah Khusus Ibukota Jakarta."`);
  });

  it('rejects a place name that is nowhere in Indonesia', () => {
    expect(issuesAt(3)).toEqual([['row/unknown-region', 'region', 'Atlantis Raya']]);
  });

  it('rejects an occupation code that is not in KBJI 2014', () => {
    expect(issuesAt(4)).toEqual([['row/unknown-occupation', 'occupation_code', '9999']]);
    expect(result.issues.find((i) => i.line === 4)!.message).toMatchInlineSnapshot(`"Kode jabatan "9999" tidak ada dalam KBJI 2014. Periksa kode golongan empat angka di kamus jabatan."`);
  });

  it('rejects a major-group code and asks for a four-digit unit group', () => {
    expect(issuesAt(5)).toEqual([['row/not-unit-occupation', 'occupation_code', '2']]);
    expect(result.issues.find((i) => i.line === 5)!.message).toMatchInlineSnapshot(`"Kode jabatan "2" adalah kelompok besar. Gunakan kode golongan empat angka (mis. 2221)."`);
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

describe('ingest: open or closed as of a date (ingest-open-closed)', () => {
  it('closes expired, filled and cancelled vacancies and keeps the rest open through their last day', () => {
    const result = ingestFixture('open-closed', '2025-04-15');
    expectEveryRowAccountedFor(result);
    expect(result.vacancies.map((v) => [v.id, v.is_open, v.closed_reason])).toEqual([
      ['SLM-CANCELLED', false, 'cancelled'],
      ['SLM-EXPIRED', false, 'expired'],
      ['SLM-FILLED', false, 'filled'],
      ['SLM-LASTDAY', true, undefined],
      ['SLM-OPEN', true, undefined],
    ]);
    expect(summary(result, 'disnaker-sleman')).toMatchObject({ read: 5, accepted: 5, open: 2 });
  });

  it('still publishes closed vacancies, so their pages stay', () => {
    const result = ingestFixture('open-closed', '2025-04-15');
    expect(result.vacancies).toHaveLength(5);
  });

  it('judges against the given date, not the clock', () => {
    const later = ingestFixture('open-closed', '2025-05-01');
    expect(later.vacancies.filter((v) => v.is_open)).toEqual([]);
    expect(later.vacancies.find((v) => v.id === 'SLM-OPEN')?.closed_reason).toBe('expired');
    expect(later.asOf).toBe('2025-05-01');
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
    expect(issues[0].message).toContain('vacancies/pemetaan-rusak.mapping.json');
    expect(issues[0].message).toMatch(/^Berkas pemetaan tidak dapat dibaca sebagai JSON \(.+\)\. Semua 2 baris ditolak;/);
  });

  it('rejects every row of a source whose mapping file has unknown keys or an unknown encoding, naming each', () => {
    const issues = issuesOf('pemetaan-salah-kunci');
    expect(issues).toHaveLength(1);
    expect(issues[0].type).toBe('file/invalid-mapping');
    expect(issues[0].message).toContain('encoding: unknown encoding');
    expect(issues[0].message).toContain('"kolom"');
    expect(issues[0].message).toContain('Semua 1 baris ditolak');
  });

  it('rejects a row with more cells than the header, pointing at its line', () => {
    const issue = issuesOf('sel-berlebih').find((i) => i.type === 'row/column-count');
    expect(issue).toMatchObject({ severity: 'error', file: 'vacancies/sel-berlebih.csv', line: 2 });
    expect(issue?.message).toMatchInlineSnapshot(`"Baris ini punya 12 sel, padahal judul kolom ada 11. Kemungkinan ada pemisah (,) di dalam isi sel tanpa tanda kutip."`);
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
    expect(issues[0].message).toMatchInlineSnapshot(`"Kolom wajib tidak ditemukan: description. Tambahkan kolom itu atau petakan judul kolom Anda di berkas pemetaan (lihat kamus data)."`);
  });

  it('warns about an empty file instead of failing', () => {
    expect(issuesOf('kosong')).toEqual([expect.objectContaining({ type: 'file/empty', severity: 'warning', file: 'vacancies/kosong.csv' })]);
    expect(summary(result, 'kosong').files).toEqual(['vacancies/kosong.csv']);
  });

  it('rejects the row an unclosed quote swallows, at the line the quote opens, saying the lines after it were absorbed', () => {
    const issues = issuesOf('kutip-terbuka');
    expect(issues.map((i) => [i.type, i.severity, i.line])).toEqual([['row/malformed', 'error', 3]]);
    expect(issues[0].message).toContain('tanda kutip');
  });
});
