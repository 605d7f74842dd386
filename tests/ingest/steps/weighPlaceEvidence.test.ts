import { describe, expect, it } from 'vitest';
import { resolveCodes } from '../../../src/lib/ingest/steps/resolveCodes';
import type { VacancyInput } from '../../../src/lib/schema/vacancy';
import { references } from './references';
import { place, texts } from './texts';

const at = { ...place, line: 4 };
/** Resolving a row with this region and work address: where it is published, and the warnings an officer reads. */
function resolve(region: string, work_address?: string) {
  const result = resolveCodes({ occupation_code: '5230', country: 'ID', region, work_address } as VacancyInput, references(), at);
  if (!result.ok) throw new Error('expected the row to resolve');
  return { regency: result.value.regency_code, province: result.value.province_code, warnings: texts(result.warnings) };
}

describe('weighPlaceEvidence (resolve)', () => {
  it('takes the kabupaten the work address points to when a bare name is shared by places of two provinces', () => {
    expect(resolve('Banjar', 'Jl. A. Yani Km 5, Martapura, Kalimantan Selatan')).toEqual({ regency: '63.03', province: '63', warnings: [] });
  });

  it('keeps the kota by default without other evidence, saying so with the alternative', () => {
    const banjar = resolve('Banjar');
    expect(banjar.regency).toBe('32.79');
    expect(banjar.warnings).toMatchInlineSnapshot(`
      [
        "Wilayah "Banjar" dibaca sebagai Kota Banjar, Jawa Barat hanya karena nama kota didahulukan; bisa juga Kabupaten Banjar, Kalimantan Selatan. Bila bukan itu, tulis "Kabupaten ..." beserta provinsinya, atau kode Kemendagri.",
      ]
    `);
  });

  it('warns when the work address names another kabupaten/kota than the region, publishing under the region', () => {
    const row = resolve('Bengkulu Utara', 'Jl. Radio Dalam Raya 5, Kebayoran Baru, Jakarta Selatan 12140');
    expect(row.regency).toBe('17.03');
    expect(row.warnings).toMatchInlineSnapshot(`
      [
        "Alamat kerja "Jl. Radio Dalam Raya 5, Kebayoran Baru, Jakarta Selatan 12140" menyebut Kota Administrasi Jakarta Selatan, Daerah Khusus Ibukota Jakarta, padahal wilayahnya Kabupaten Bengkulu Utara, Bengkulu. Lowongan diterbitkan di Kabupaten Bengkulu Utara, Bengkulu; periksa kolom region atau alamatnya.",
      ]
    `);
  });

  it('says nothing when the address agrees with the region or names no place it can read', () => {
    expect(resolve('Jakarta Selatan', 'Jl. Radio Dalam Raya 5, Kebayoran Baru, Jakarta Selatan').warnings).toEqual([]);
    expect(resolve('DKI Jakarta', 'Gedung Cyber, Kuningan Barat, Jakarta Selatan').warnings).toEqual([]);
    expect(resolve('Kota Bandung', 'Jl. Asia Afrika No. 8').warnings).toEqual([]);
  });
});
