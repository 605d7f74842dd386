import { describe, expect, it } from 'vitest';
import { renderIssue } from '../../src/lib/report/renderIssue';
import { expectEveryRowAccountedFor, ingestFixture, summary } from './ingestFixture';

describe('ingest: a mapping file translates an export\'s own labels (ingest-values)', () => {
  const result = ingestFixture('values', '2026-11-15');

  it('reads "Contractual", "ojt  trainee", " REGULAR " and "Closed - Hired" as the mapping says, ignoring case and spaces, and the usual labels as before', () => {
    expectEveryRowAccountedFor(result);
    expect(result.vacancies.map((v) => `${v.id} ${v.employment_type} ${v.status}`)).toEqual([
      'V-1 contract open',
      'V-2 internship open',
      'V-3 internship filled',
      'V-4 permanent filled',
      'V-5 contract open',
    ]);
  });

  it('lets a label the mapping does not cover fall through to the usual check, so the officer sees the unknown value', () => {
    const errors = result.issues.filter((i) => i.source === 'portal-karir' && i.severity === 'error');
    expect(errors.map((i) => `${i.line} ${i.type} ${i.field} ${i.value}`)).toEqual(['7 row/invalid-option employment_type Shift Malam']);
    expect(renderIssue(errors[0]!).message).toMatchInlineSnapshot(`"Nilai employment_type "Shift Malam" tidak dikenal. Pilihan yang diterima: full_time, part_time, contract, permanent, temporary, internship, daily."`);
  });

  it('refuses a mapping whose target is not an accepted value, or that translates a field without a list of values, naming field, label and the accepted values', () => {
    expect(summary(result, 'portal-salah')).toMatchObject({ read: 1, rejected: 1, accepted: 0 });
    const issue = result.issues.find((i) => i.source === 'portal-salah')!;
    expect(issue.type).toBe('file/invalid-mapping');
    expect(renderIssue(issue).message).toMatchInlineSnapshot(`"Berkas pemetaan tidak sah: values.employment_type.Contractual: "kontrak" tidak dikenal; harus salah satu dari "full_time", "part_time", "contract", "permanent", "temporary", "internship", "daily"; values: kolom "title" tidak punya daftar nilai; "values" hanya untuk "employer_sector", "work_mode", "employment_type", "education_min", "gender", "status". Semua 1 baris ditolak; perbaiki berkas pemetaan vacancies/portal-salah.mapping.json."`);
    expect(renderIssue(issue).messageEn).toMatchInlineSnapshot(`"The mapping file is invalid: values.employment_type.Contractual: "kontrak" is not accepted; must be one of "full_time", "part_time", "contract", "permanent", "temporary", "internship", "daily"; values: field "title" has no list of values; "values" is only for "employer_sector", "work_mode", "employment_type", "education_min", "gender", "status". All 1 rows were rejected; fix the mapping file vacancies/portal-salah.mapping.json."`);
  });
});
