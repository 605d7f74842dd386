import { describe, expect, it } from 'vitest';
import { renderIssue } from '../../src/lib/report/renderIssue';
import { expectEveryRowAccountedFor, ingestFixture } from './ingestFixture';

describe('ingest: places abroad and the country column (ingest-abroad)', () => {
  const result = ingestFixture('abroad', '2026-11-15');
  const issuesOf = (source: string) => result.issues.filter((i) => i.source === source).map((i) => `${i.line} ${i.type}: ${renderIssue(i).message}`);

  it('accounts for every row, publishing none abroad as an Indonesian place', () => {
    expectEveryRowAccountedFor(result);
    expect(result.vacancies.filter((v) => v.region_scope !== 'overseas').map((v) => [v.id, v.country, v.region_scope])).toEqual([['L-4', 'ID', 'regency'], ['A-6', 'ID', 'regency']]);
  });

  it('sends a place abroad written without a country to the overseas placements of an office that publishes them, towns missing from the big-city table included', () => {
    expect(result.vacancies.filter((v) => v.region_scope === 'overseas').map((v) => `${v.id} ${v.country}`))
      .toEqual(['A-1 PH', 'A-11 PH', 'A-12 PH', 'A-2 PH', 'A-3 MY', 'A-4 TW', 'A-5 US', 'A-7 PH', 'A-9 MY']);
    expect(issuesOf('portal-asia').filter((i) => i.includes('routed'))[0]).toMatchInlineSnapshot(`"2 row/place-abroad-routed: Wilayah "Manila" ada di luar negeri (Filipina); diterbitkan sebagai penempatan luar negeri di Filipina karena kolom country kosong. Isi kolom country dengan PH agar jelas."`);
  });

  it('rejects a place abroad under the country Indonesia, and an Indonesian place under another country', () => {
    expect(issuesOf('portal-asia').filter((i) => !i.includes('routed') && !i.includes('missing-placement-agency'))).toMatchInlineSnapshot(`
      [
        "9 row/region-in-indonesia: Negara PH, padahal wilayah "Jakarta Selatan" adalah tempat di Indonesia. Bila lowongan ini di Indonesia, kosongkan kolom country atau isi ID; bila di luar negeri, tulis kota di negara itu.",
        "11 row/region-in-indonesia: Negara PH, padahal wilayah "Bali" adalah tempat di Indonesia. Bila lowongan ini di Indonesia, kosongkan kolom country atau isi ID; bila di luar negeri, tulis kota di negara itu.",
        "14 row/place-abroad: Wilayah "Manila" ada di luar negeri (Filipina), bukan di Indonesia, jadi tidak diterbitkan sebagai tempat di Indonesia. Untuk penempatan luar negeri, isi kolom country dengan PH (atau "country": "PH" di bagian defaults berkas pemetaan).",
      ]
    `);
  });

  it('points a place abroad of an office with no overseas placements to the country column, and keeps an ambiguous Indonesian town ambiguous', () => {
    expect(issuesOf('kantor-lokal')).toMatchInlineSnapshot(`
      [
        "2 row/place-abroad: Wilayah "Manila" ada di luar negeri (Filipina), bukan di Indonesia, jadi tidak diterbitkan sebagai tempat di Indonesia. Untuk penempatan luar negeri, isi kolom country dengan PH (atau "country": "PH" di bagian defaults berkas pemetaan).",
        "3 row/place-abroad: Wilayah "Makati" ada di luar negeri (Filipina), bukan di Indonesia, jadi tidak diterbitkan sebagai tempat di Indonesia. Untuk penempatan luar negeri, isi kolom country dengan PH (atau "country": "PH" di bagian defaults berkas pemetaan).",
        "4 row/place-abroad: Wilayah "Mandaluyong" ada di luar negeri (Filipina), bukan di Indonesia, jadi tidak diterbitkan sebagai tempat di Indonesia. Untuk penempatan luar negeri, isi kolom country dengan PH (atau "country": "PH" di bagian defaults berkas pemetaan).",
        "6 row/ambiguous-region: Wilayah "Cibitung" bisa berarti lebih dari satu tempat. Tulis kabupaten/kota yang dimaksud (mis. "Tanah Abang, Jakarta Pusat") atau pakai kode Kemendagri. Kandidat / candidates: Kabupaten Sukabumi, Jawa Barat; Kabupaten Bekasi, Jawa Barat; Kabupaten Pandeglang, Banten.",
      ]
    `);
  });
});
