import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { IngestResult } from '../../src/lib/ingest/ingest';
import { ingestFixture, vacancy, summary, expectEveryRowAccountedFor, messageOf } from './ingestFixture';

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
    expect(summary(result, 'lpk-sakura')).toMatchObject({ files: ['vacancies/lpk-sakura/2025-03.txt'], defaulted: { country: 1, employment_type: 1 }, inferred: { occupation_code: 1 } });
    expect(vacancy(result, 'SKR-1')).toMatchObject({
      title: 'Perawat Lansia', occupation_code: '5322', country: 'JP', region_scope: 'overseas', employment_type: 'contract',
      defaulted: ['country', 'employment_type'], inferred: ['occupation_code'],
    });
  });

  it('says so when an occupation cannot be guessed from the title', () => {
    const issue = result.issues.find((i) => i.source === 'lpk-sakura' && i.severity === 'error');
    expect(issue).toMatchObject({ type: 'row/occupation-not-inferred', line: 3, field: 'occupation_code', value: 'Penjinak Naga' });
    expect(messageOf(issue)).toMatchInlineSnapshot(`"Kode jabatan kosong dan tidak dapat ditebak dari judul "Penjinak Naga". Isi kode KBJI 2014 empat angka."`);
  });
});
