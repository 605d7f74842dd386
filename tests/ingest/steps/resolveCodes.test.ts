import { describe, expect, it } from 'vitest';
import { resolveCodes } from '../../../src/lib/ingest/steps/resolveCodes';
import type { VacancyInput } from '../../../src/lib/schema/vacancy';
import { references } from './references';
import { place, texts } from './texts';

const at = { ...place, line: 4 };
const row = (changes: Partial<VacancyInput>) => ({ occupation_code: '2221', country: 'ID', region: 'Kota Bandung', ...changes }) as VacancyInput;

/** The issues resolving a row gives (none when it resolves). */
function issuesFor(changes: Partial<VacancyInput>) {
  const result = resolveCodes(row(changes), references(), at);
  return result.ok ? [] : result.issues;
}

describe('resolveCodes (resolve)', () => {
  it('resolves a unit group and a kabupaten/kota name to their codes', () => {
    expect(resolveCodes(row({ occupation_code: '2221.01' }), references(), at)).toEqual({
      ok: true, value: { occupation_code: '2221.01', occupation_unit: '2221', region_scope: 'regency', province_code: '32', regency_code: '32.73' }, warnings: [],
    });
  });

  it('places nationwide and overseas vacancies without a regency', () => {
    const national = resolveCodes(row({ region: 'Seluruh Indonesia' }), references(), at);
    expect(national.ok && national.value.region_scope).toBe('national');
    const overseas = resolveCodes(row({ country: 'JP', region: undefined }), references(), at);
    expect(overseas.ok && overseas.value.region_scope).toBe('overseas');
  });

  it('rejects an occupation code that is not in KBJI 2014', () => {
    const issues = issuesFor({ occupation_code: '9999' });
    expect(issues).toMatchObject([{ type: 'row/unknown-occupation', field: 'occupation_code', value: '9999', line: 4 }]);
    expect(texts(issues)).toMatchInlineSnapshot(`
      [
        "Kode jabatan "9999" tidak ada dalam KBJI 2014. Periksa kode golongan empat angka di data/reference/kbji-2014.csv.",
      ]
    `);
  });

  it('rejects a major-group code and asks for a unit group', () => {
    expect(texts(issuesFor({ occupation_code: '2' }))).toMatchInlineSnapshot(`
      [
        "Kode jabatan "2" adalah kelompok besar. Gunakan kode golongan empat angka (mis. 2221).",
      ]
    `);
  });

  it('rejects a place that is nowhere in Indonesia', () => {
    const issues = issuesFor({ region: 'Atlantis Raya' });
    expect(issues).toMatchObject([{ type: 'row/unknown-region', field: 'region', value: 'Atlantis Raya' }]);
    expect(texts(issues)).toMatchInlineSnapshot(`
      [
        "Wilayah "Atlantis Raya" tidak ditemukan. Tulis nama kabupaten/kota (Kota Bandung), provinsi, atau kode Kemendagri (32.73). Untuk kerja jarak jauh, tulis wilayah kantor atau "Seluruh Indonesia" dan isi work_mode remote.",
      ]
    `);
  });

  it('rejects an ambiguous place, carrying the places it could mean', () => {
    const issues = issuesFor({ region: 'Tanah Abang' });
    expect(issues).toMatchObject([{ type: 'row/ambiguous-region', candidates: expect.arrayContaining(['Kota Administrasi Jakarta Pusat, Daerah Khusus Ibukota Jakarta']) }]);
    expect(texts(issues)).toMatchInlineSnapshot(`
      [
        "Wilayah "Tanah Abang" bisa berarti lebih dari satu tempat. Tulis kabupaten/kota yang dimaksud (mis. "Tanah Abang, Jakarta Pusat") atau pakai kode Kemendagri. Kandidat / candidates: Kabupaten Penukal Abab Lematang Ilir, Sumatera Selatan; Kota Administrasi Jakarta Pusat, Daerah Khusus Ibukota Jakarta.",
      ]
    `);
  });

  it('reports an unknown occupation and an unknown region of one row together', () => {
    expect(issuesFor({ occupation_code: '9999', region: 'Atlantis Raya' }).map((i) => i.type)).toEqual(['row/unknown-occupation', 'row/unknown-region']);
  });
});
