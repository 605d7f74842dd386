import { describe, expect, it } from 'vitest';
import { renderIssue } from '../../src/lib/report/renderIssue';
import { expectEveryRowAccountedFor, ingestFixture } from './ingestFixture';

describe('ingest: places abroad and the country column (ingest-abroad)', () => {
  const result = ingestFixture('abroad', '2026-11-15');

  it('accounts for every row, publishing none abroad as an Indonesian place', () => {
    expectEveryRowAccountedFor(result);
    expect(result.vacancies.map((v) => [v.id, v.country, v.region_scope])).toEqual([['A-6', 'ID', 'regency'], ['A-7', 'PH', 'overseas'], ['A-9', 'MY', 'overseas']]);
  });

  it('points a place abroad written without a country to the country column, and rejects an Indonesian place under another country', () => {
    expect(result.issues.map((i) => `${i.line} ${i.type}: ${renderIssue(i).message}`)).toMatchInlineSnapshot(`
      [
        "2 row/place-abroad: Wilayah "Manila" ada di luar negeri (Filipina), bukan di Indonesia, jadi tidak diterbitkan sebagai tempat di Indonesia. Untuk penempatan luar negeri, isi kolom country dengan PH (atau "country": "PH" di bagian defaults berkas pemetaan).",
        "3 row/place-abroad: Wilayah "Cebu, Philippines" ada di luar negeri (Filipina), bukan di Indonesia, jadi tidak diterbitkan sebagai tempat di Indonesia. Untuk penempatan luar negeri, isi kolom country dengan PH (atau "country": "PH" di bagian defaults berkas pemetaan).",
        "4 row/place-abroad: Wilayah "Kuala Lumpur" ada di luar negeri (Malaysia), bukan di Indonesia, jadi tidak diterbitkan sebagai tempat di Indonesia. Untuk penempatan luar negeri, isi kolom country dengan MY (atau "country": "MY" di bagian defaults berkas pemetaan).",
        "5 row/place-abroad: Wilayah "Taipei" ada di luar negeri (Taiwan), bukan di Indonesia, jadi tidak diterbitkan sebagai tempat di Indonesia. Untuk penempatan luar negeri, isi kolom country dengan TW (atau "country": "TW" di bagian defaults berkas pemetaan).",
        "6 row/place-abroad: Wilayah "Houston" ada di luar negeri (Amerika Serikat), bukan di Indonesia, jadi tidak diterbitkan sebagai tempat di Indonesia. Untuk penempatan luar negeri, isi kolom country dengan US (atau "country": "US" di bagian defaults berkas pemetaan).",
        "8 row/missing-placement-agency: Penempatan luar negeri tanpa perusahaan penempatan (P3MI) dan nomor izinnya. Lowongan tetap diterbitkan, tetapi pencari kerja tidak dapat memeriksa izinnya. Isi kolom placement_agency dengan nama P3MI dan placement_agency_license dengan nomor izin (SIP3MI) dari perjanjian penempatan.",
        "9 row/region-in-indonesia: Negara PH, padahal wilayah "Jakarta Selatan" adalah tempat di Indonesia. Bila lowongan ini di Indonesia, kosongkan kolom country atau isi ID; bila di luar negeri, tulis kota di negara itu.",
        "10 row/missing-placement-agency: Penempatan luar negeri tanpa perusahaan penempatan (P3MI) dan nomor izinnya. Lowongan tetap diterbitkan, tetapi pencari kerja tidak dapat memeriksa izinnya. Isi kolom placement_agency dengan nama P3MI dan placement_agency_license dengan nomor izin (SIP3MI) dari perjanjian penempatan.",
        "11 row/region-in-indonesia: Negara PH, padahal wilayah "Bali" adalah tempat di Indonesia. Bila lowongan ini di Indonesia, kosongkan kolom country atau isi ID; bila di luar negeri, tulis kota di negara itu.",
      ]
    `);
  });
});
