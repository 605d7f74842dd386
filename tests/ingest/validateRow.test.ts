import { describe, expect, it } from 'vitest';
import { validateRow, type RawRow } from '../../src/lib/ingest/steps/validateRow';
import type { Issue } from '../../src/lib/issues/issue';
import { renderIssue } from '../../src/lib/report/renderIssue';

const place = { source: 'disnaker-bandung', file: 'vacancies/disnaker-bandung.csv', line: 7 };

/** A complete row as an office writes it, in Indonesian forms. */
const row: RawRow = {
  id: 'BDG-2025-001',
  title: 'Perawat Rawat Inap',
  occupation_code: '2221',
  employer_name: 'RS Sehat Sentosa',
  openings: '3 orang',
  region: 'Kota Bandung',
  employment_type: 'PKWT',
  description: 'Merawat pasien rawat inap.',
  date_posted: '03/03/2025',
  valid_through: '31/03/2025',
  apply_email: 'rekrutmen@sehat.co.id',
};

/** The issues for the row with some cells changed (undefined = left empty). */
function issuesFor(changes: RawRow): Issue[] {
  const result = validateRow({ ...row, ...changes }, place);
  if (result.ok) throw new Error(`expected the row to be rejected: ${JSON.stringify(changes)}`);
  return result.issues;
}

/** The accepted vacancy for the row with some cells changed. */
function validRow(changes: RawRow) {
  const result = validateRow({ ...row, ...changes }, place);
  if (!result.ok) throw new Error(`expected the row to pass: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** The one issue for the row with some cells changed, with the text a publisher reads. */
function issueFor(changes: RawRow) {
  const issues = issuesFor(changes);
  expect(issues).toHaveLength(1);
  return renderIssue(issues[0]);
}

describe('validateRow', () => {
  it('accepts a complete row and normalises every cell to the contract form', () => {
    const result = validateRow({
      ...row, salary_min: 'Rp 4.500.000', salary_max: '6 jt', education_min: 'D-III', gender: 'L/P', work_mode: 'WFO',
      skills: 'Asuhan keperawatan; BTCLS;', disability_friendly: 'ya', status: 'Dibuka', employer_sector: 'q',
      experience_min_years: '1 tahun', age_min: '20', age_max: '35', country: 'Indonesia', apply_url: 'https://karir.sehat.co.id/perawat',
    }, place);
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'BDG-2025-001', title: 'Perawat Rawat Inap', occupation_code: '2221', employer_name: 'RS Sehat Sentosa', employer_sector: 'Q',
        openings: 3, region: 'Kota Bandung', country: 'ID', work_mode: 'onsite', employment_type: 'contract', education_min: 'd3',
        experience_min_years: 1, age_min: 20, age_max: 35, gender: 'any', skills: ['Asuhan keperawatan', 'BTCLS'],
        salary_min: 4_500_000, salary_max: 6_000_000, description: 'Merawat pasien rawat inap.', disability_friendly: true,
        date_posted: '2025-03-03', valid_through: '2025-03-31', status: 'open',
        apply_url: 'https://karir.sehat.co.id/perawat', apply_email: 'rekrutmen@sehat.co.id',
      },
    });
  });

  it('fills the contract defaults: country ID, work_mode onsite, gender any, status open', () => {
    const result = validateRow(row, place);
    expect(result.ok && result.value).toMatchObject({ country: 'ID', work_mode: 'onsite', gender: 'any', status: 'open' });
  });

  it('gives each problem as data without text: rule, file, line, field and the cell as written; the report adds Indonesian and English', () => {
    const [issue] = issuesFor({ date_posted: '31/02/2025' });
    expect(issue).toEqual({
      type: 'row/invalid-date', severity: 'error', source: 'disnaker-bandung', file: 'vacancies/disnaker-bandung.csv', line: 7,
      field: 'date_posted', value: '31/02/2025',
    });
    expect(renderIssue(issue)).toMatchObject({ message: expect.stringContaining('31/02/2025'), messageEn: expect.stringContaining('31/02/2025') });
  });

  it('carries what the schema knows: the minimum, the maximum, the accepted values', () => {
    expect(issueFor({ age_min: '12' })).toMatchObject({ type: 'row/too-small', minimum: 14 });
    expect(issueFor({ salary_min: '5' })).toMatchObject({ type: 'row/implausible-rupiah', minimum: 100_000 });
    expect(issueFor({ title: 'x'.repeat(201) })).toMatchObject({ type: 'row/too-long', maximum: 200 });
    expect(issueFor({ openings: '1000000' })).toMatchObject({ type: 'row/too-large', maximum: 100_000 });
    expect(issueFor({ work_mode: 'kadang-kadang' })).toMatchObject({ type: 'row/invalid-option', accepted: ['onsite', 'hybrid', 'remote'] });
  });

  it('accepts what offices write in free-form cells: undisclosed pay, "Minimal SMA", "Karyawan Kontrak 1 Tahun", "Fresh graduate", "±10", www links, comma-separated skills, 2026/11/03', () => {
    const v = validRow({ salary_min: 'Sesuai UMK', salary_max: 'Nego', education_min: 'Minimal SMA', employment_type: 'Karyawan Kontrak 1 Tahun',
      experience_min_years: 'Fresh graduate', openings: '±10', apply_url: 'www.example.co.id/loker', skills: 'Excel, Word', date_posted: '2025/03/03' });
    expect(v).toMatchObject({ education_min: 'sma', employment_type: 'contract', experience_min_years: 0, openings: 10,
      apply_url: 'https://www.example.co.id/loker', skills: ['Excel', 'Word'], date_posted: '2025-03-03' });
    expect(v.salary_min).toBeUndefined();
    expect(v.salary_max).toBeUndefined();
  });

  it('reports every problem of a row at once, not just the first', () => {
    const issues = issuesFor({ id: undefined, title: undefined, date_posted: 'kemarin', salary_min: 'lima juta', openings: '0', apply_email: undefined });
    expect(issues.map((i) => [i.type, i.field])).toEqual([
      ['row/required', 'id'],
      ['row/required', 'title'],
      ['row/too-small', 'openings'],
      ['row/invalid-rupiah', 'salary_min'],
      ['row/invalid-date', 'date_posted'],
      ['row/no-apply-method', 'apply_url'],
    ]);
  });

  describe('rejects, with a message saying what to do,', () => {
    it('a required cell left empty', () => {
      expect(issueFor({ title: undefined })).toMatchObject({ type: 'row/required', field: 'title', value: undefined });
      expect(issueFor({ description: undefined }).message).toMatchInlineSnapshot(`"Kolom description wajib diisi. Lengkapi sel ini lalu unggah ulang."`);
    });

    it.each(['id', 'title', 'occupation_code', 'employer_name', 'openings', 'employment_type', 'description', 'date_posted', 'valid_through'])(
      'a row without %s',
      (field) => {
        expect(issueFor({ [field]: undefined })).toMatchObject({ type: 'row/required', field });
      },
    );

    it('a date that does not exist', () => {
      expect(issueFor({ date_posted: '31/02/2025' }).message).toMatchInlineSnapshot(`"Tanggal date_posted "31/02/2025" tidak dikenali. Tulis sebagai YYYY-MM-DD (2025-03-31) atau DD/MM/YYYY (31/03/2025)."`);
    });

    it('a date in US month-first order', () => {
      expect(issueFor({ valid_through: '03/31/2025' })).toMatchObject({ type: 'row/invalid-date', field: 'valid_through' });
    });

    it('pay that is not a Rupiah amount', () => {
      expect(issueFor({ salary_min: 'lima juta' }).message).toMatchInlineSnapshot(`"Gaji salary_min "lima juta" tidak dikenali. Tulis per bulan dalam Rupiah, mis. 5000000, 5.000.000, Rp 5.000.000 atau 5,5 juta; kosongkan jika tidak diketahui."`);
      expect(issueFor({ salary_max: '5.00.000' })).toMatchObject({ type: 'row/invalid-rupiah', field: 'salary_max' });
    });

    it('pay too small to be a monthly Rupiah amount, such as 5 meaning 5 juta', () => {
      expect(issueFor({ salary_min: '5' })).toMatchObject({ type: 'row/implausible-rupiah', field: 'salary_min' });
      expect(issueFor({ salary_min: '0' })).toMatchObject({ type: 'row/implausible-rupiah', field: 'salary_min' });
      expect(issueFor({ salary_min: '5' }).message).toMatchInlineSnapshot(`"Gaji salary_min "5" terlalu kecil untuk gaji sebulan. Tulis jumlah Rupiah lengkap, mis. 5000000 atau 5 juta (bukan 5)."`);
    });

    it('pay beyond ten billion Rupiah a month', () => {
      expect(issueFor({ salary_max: '50.000.000.000' })).toMatchObject({ type: 'row/too-large', field: 'salary_max' });
    });

    it('a salary_min above salary_max', () => {
      const issue = issueFor({ salary_min: '7 juta', salary_max: '5 juta' });
      expect(issue).toMatchObject({ type: 'row/salary-order', field: 'salary_min', value: '7 juta' });
      expect(issue.message).toMatchInlineSnapshot(`"Gaji minimal lebih besar dari gaji maksimal. Tukar kedua nilai atau perbaiki salah satunya."`);
    });

    it('an age_min above age_max', () => {
      expect(issueFor({ age_min: '40', age_max: '30' })).toMatchObject({ type: 'row/age-order', field: 'age_min' });
    });

    it('a valid_through before date_posted', () => {
      const issue = issueFor({ date_posted: '2025-03-10', valid_through: '2025-03-01' });
      expect(issue).toMatchObject({ type: 'row/date-order', field: 'valid_through', value: '2025-03-01' });
      expect(issue.message).toMatchInlineSnapshot(`"Batas lamaran (valid_through) lebih awal dari tanggal posting (date_posted). Perbaiki salah satu tanggal."`);
    });

    it('a row with no way to apply', () => {
      const issue = issueFor({ apply_email: undefined });
      expect(issue).toMatchObject({ type: 'row/no-apply-method', field: 'apply_url' });
      expect(issue.message).toMatchInlineSnapshot(`"Tidak ada cara melamar. Isi salah satu: apply_url, apply_email atau apply_instructions."`);
    });

    it('an apply link that is not http(s), such as javascript:alert(1)', () => {
      const issue = issueFor({ apply_url: 'javascript:alert(1)' });
      expect(issue).toMatchObject({ type: 'row/invalid-url', field: 'apply_url', value: 'javascript:alert(1)' });
      expect(issue.message).toMatchInlineSnapshot(`"Tautan apply_url "javascript:alert(1)" tidak sah. Tulis alamat lengkap yang diawali http:// atau https://."`);
      expect(issueFor({ apply_url: 'ftp://files.example.id/cv' })).toMatchObject({ type: 'row/invalid-url' });
    });

    it('an id with a space', () => {
      const issue = issueFor({ id: 'BDG 001' });
      expect(issue).toMatchObject({ type: 'row/invalid-id', field: 'id', value: 'BDG 001' });
      expect(issue.message).toMatchInlineSnapshot(`"id "BDG 001" hanya boleh berisi huruf, angka, titik, garis bawah atau tanda hubung (maks. 64). Ganti spasi dan tanda lain."`);
    });

    it('an id longer than 64 characters', () => {
      expect(issueFor({ id: 'A'.repeat(65) })).toMatchObject({ type: 'row/invalid-id' });
    });

    it('an option that is not in the accepted labels', () => {
      const issue = issueFor({ employment_type: 'borongan' });
      expect(issue).toMatchObject({ type: 'row/invalid-option', field: 'employment_type', value: 'borongan' });
      expect(issue.message).toMatchInlineSnapshot(`"Nilai employment_type "borongan" tidak dikenal. Pilihan yang diterima: full_time, part_time, contract, permanent, temporary, internship, daily."`);
      expect(issueFor({ education_min: 'Kursus' })).toMatchObject({ type: 'row/invalid-option', field: 'education_min' });
      expect(issueFor({ gender: 'X' })).toMatchObject({ type: 'row/invalid-option', field: 'gender' });
      expect(issueFor({ work_mode: 'kadang-kadang' })).toMatchObject({ type: 'row/invalid-option', field: 'work_mode' });
      expect(issueFor({ status: 'closed' })).toMatchObject({ type: 'row/invalid-option', field: 'status' });
    });

    it('a count that is not a whole number', () => {
      const issue = issueFor({ openings: 'tiga' });
      expect(issue).toMatchObject({ type: 'row/invalid-number', field: 'openings', value: 'tiga' });
      expect(issue.message).toMatchInlineSnapshot(`"openings "tiga" harus berupa bilangan bulat, mis. 3."`);
      expect(issueFor({ experience_min_years: '1,5' })).toMatchObject({ type: 'row/invalid-number', field: 'experience_min_years' });
    });

    it('zero openings', () => {
      const issue = issueFor({ openings: '0' });
      expect(issue).toMatchObject({ type: 'row/too-small', field: 'openings', value: '0' });
      expect(issue.message).toMatchInlineSnapshot(`"openings "0" terlalu kecil: paling sedikit 1."`);
    });

    it('an age below 14 and an implausible number of openings', () => {
      expect(issueFor({ age_min: '12' })).toMatchObject({ type: 'row/too-small', field: 'age_min' });
      expect(issueFor({ openings: '1000000' })).toMatchObject({ type: 'row/too-large', field: 'openings' });
    });

    it('an e-mail address that is not one', () => {
      const issue = issueFor({ apply_email: 'hrd@' });
      expect(issue).toMatchObject({ type: 'row/invalid-email', field: 'apply_email', value: 'hrd@' });
      expect(issue.message).toMatchInlineSnapshot(`"Alamat surel apply_email "hrd@" tidak sah, mis. rekrutmen@perusahaan.co.id."`);
    });

    it('a country that is not one', () => {
      const issue = issueFor({ country: 'Atlantis', region: undefined });
      expect(issue).toMatchObject({ type: 'row/invalid-country', field: 'country', value: 'Atlantis' });
      expect(issue.message).toMatchInlineSnapshot(`"Negara country "Atlantis" tidak dikenal. Tulis kode dua huruf (MY, JP) atau nama negara."`);
    });

    it('an occupation code that is not shaped like a KBJI code', () => {
      const issue = issueFor({ occupation_code: '22210' });
      expect(issue).toMatchObject({ type: 'row/invalid-occupation', field: 'occupation_code', value: '22210' });
      expect(issue.message).toMatchInlineSnapshot(`"Kode jabatan occupation_code "22210" harus kode KBJI 2014 empat angka (2221) atau enam angka (2221.01)."`);
      expect(issueFor({ occupation_code: 'Perawat' })).toMatchObject({ type: 'row/invalid-occupation' });
    });

    it('a sector that is not a KBLI 2020 section letter', () => {
      expect(issueFor({ employer_sector: 'Z' })).toMatchObject({ type: 'row/invalid-sector', field: 'employer_sector' });
    });

    it('a yes/no cell that is neither', () => {
      expect(issueFor({ disability_friendly: 'mungkin' })).toMatchObject({ type: 'row/invalid-boolean', field: 'disability_friendly' });
    });

    it('a title longer than 200 characters', () => {
      expect(issueFor({ title: 'Perawat '.repeat(30) })).toMatchObject({ type: 'row/too-long', field: 'title' });
    });

    it('an empty region when the vacancy is in Indonesia', () => {
      const issue = issueFor({ region: undefined });
      expect(issue).toMatchObject({ type: 'row/required', field: 'region' });
      expect(issue.message).toMatchInlineSnapshot(`"Kolom region wajib diisi. Lengkapi sel ini lalu unggah ulang."`);
      expect(issueFor({ region: undefined, country: 'ID' })).toMatchObject({ type: 'row/required', field: 'region' });
    });
  });

  it('does not require a region for an overseas placement', () => {
    const result = validateRow({ ...row, region: undefined, country: 'Jepang' }, place);
    expect(result.ok && result.value).toMatchObject({ country: 'JP' });
    expect(result.ok && result.value.region).toBeUndefined();
  });

  it('accepts a 6-digit KBJI position with or without its dot, and a group code for resolving to judge', () => {
    for (const code of ['2221.01', '222101', '2']) expect(validateRow({ ...row, occupation_code: code }, place).ok).toBe(true);
  });

  it('accepts any one way to apply', () => {
    for (const apply of [{ apply_url: 'https://karir.sehat.co.id' }, { apply_instructions: 'Datang ke Disnaker Kota Bandung' }]) {
      expect(validateRow({ ...row, apply_email: undefined, ...apply }, place).ok).toBe(true);
    }
  });
});
