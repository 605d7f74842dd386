import { describe, expect, it } from 'vitest';
import { renderIssue } from '../../src/lib/report/renderIssue';
import { expectEveryRowAccountedFor, ingestFixture } from './ingestFixture';

describe('ingest: places as exports write them (ingest-places)', () => {
  const result = ingestFixture('places', '2026-11-15');

  it('accounts for every row', () => {
    expectEveryRowAccountedFor(result);
    expect(result.sources[0]).toMatchObject({ read: 8, accepted: 6, rejected: 2 });
  });

  it('publishes directions, suffixes and District qualifiers under the kabupaten/kota meant', () => {
    expect(result.vacancies.map((v) => [v.id, v.regency_code])).toEqual([['P-1', '31.71'], ['P-2', '32.73'], ['P-3', '36.03'], ['P-4', '32.79'], ['P-5', '63.03'], ['P-6', '17.03']]);
  });

  it('tells the officer every doubt and every rejected place, in words they can act on', () => {
    expect(result.issues.map((i) => `${i.line} ${i.severity}: ${renderIssue(i).message}`)).toMatchInlineSnapshot(`
      [
        "5 warning: Wilayah "Banjar" dibaca sebagai Kota Banjar, Jawa Barat hanya karena nama kota didahulukan; bisa juga Kabupaten Banjar, Kalimantan Selatan. Bila bukan itu, tulis "Kabupaten ..." beserta provinsinya, atau kode Kemendagri.",
        "7 warning: Alamat kerja "Jl. Radio Dalam Raya 5, Kebayoran Baru, Jakarta Selatan" menyebut Kota Administrasi Jakarta Selatan, Daerah Khusus Ibukota Jakarta, padahal wilayahnya Kabupaten Bengkulu Utara, Bengkulu. Lowongan diterbitkan di Kabupaten Bengkulu Utara, Bengkulu; periksa kolom region atau alamatnya.",
        "8 error: Wilayah "Cibitung" bisa berarti lebih dari satu tempat. Tulis kabupaten/kota yang dimaksud (mis. "Tanah Abang, Jakarta Pusat") atau pakai kode Kemendagri. Kandidat / candidates: Kabupaten Sukabumi, Jawa Barat; Kabupaten Bekasi, Jawa Barat; Kabupaten Pandeglang, Banten.",
        "9 error: Wilayah "Lombok" tidak ditemukan. Tulis nama kabupaten/kota (Kota Bandung), provinsi, atau kode Kemendagri (32.73). Untuk kerja jarak jauh, tulis wilayah kantor atau "Seluruh Indonesia" dan isi work_mode remote.",
      ]
    `);
  });
});
