import { describe, expect, it } from 'vitest';
import { regionLabel } from '../../src/lib/reference/regions';
import { loadReferences } from '../../src/lib/reference/loadReferences';
import { renderIssue } from '../../src/lib/report/renderIssue';
import { expectEveryRowAccountedFor, ingestFixture } from './ingestFixture';

const refs = loadReferences('data');
const rendered = (result: ReturnType<typeof ingestFixture>) => result.issues.map((i) => `${i.source} ${i.file}:${i.line ?? ''} ${i.type}: ${renderIssue(i).message}`);

describe('ingest: the office\'s own province in sources.csv (ingest-office-province)', () => {
  const result = ingestFixture('office-province', '2026-11-15');

  it('takes the place a bare name means in the office\'s province, and keeps the default with a warning where it names none there', () => {
    expectEveryRowAccountedFor(result);
    expect(result.vacancies.map((v) => `${v.id} ${regionLabel(refs.regions, v.province_code!, v.regency_code)}`)).toMatchInlineSnapshot(`
      [
        "X-1 Kota Banjar, Jawa Barat",
        "B-1 Kabupaten Buleleng, Bali",
        "N-1 Kabupaten Pandeglang, Banten",
        "K-1 Kabupaten Banjar, Kalimantan Selatan",
      ]
    `);
  });

  it('reports an office province it cannot read, and an ambiguous name no province decides', () => {
    expect(rendered(result)).toMatchInlineSnapshot(`
      [
        "disnaker-atlantis sources.csv: file/unknown-office-province: Provinsi kantor "Atlantis" di data/sources.csv tidak dikenal, jadi tidak dipakai untuk memilih wilayah. Tulis nama provinsi (Jawa Barat) atau kodenya (32).",
        "disnaker-atlantis vacancies/disnaker-atlantis.csv:2 row/region-default-choice: Wilayah "Banjar" dibaca sebagai Kota Banjar, Jawa Barat hanya karena nama kota didahulukan; bisa juga Kabupaten Banjar, Kalimantan Selatan. Bila bukan itu, tulis "Kabupaten ..." beserta provinsinya, atau kode Kemendagri.",
        "disnaker-atlantis vacancies/disnaker-atlantis.csv:3 row/ambiguous-region: Wilayah "Cibitung" bisa berarti lebih dari satu tempat. Tulis kabupaten/kota yang dimaksud (mis. "Tanah Abang, Jakarta Pusat") atau pakai kode Kemendagri. Kandidat / candidates: Kabupaten Sukabumi, Jawa Barat; Kabupaten Bekasi, Jawa Barat; Kabupaten Pandeglang, Banten.",
      ]
    `);
  });
});

describe('ingest: a broken sources.csv (ingest-broken-sources)', () => {
  const result = ingestFixture('broken-sources', '2026-11-15');

  it('says where it breaks, keeps the offices before the break, and never takes the next offices into one name', () => {
    expectEveryRowAccountedFor(result);
    expect(result.sources.map((s) => `${s.source}: ${s.name}`)).toMatchInlineSnapshot(`
      [
        "kantor-a: Kantor A",
        "kantor-b: kantor-b",
        "kantor-c: kantor-c",
      ]
    `);
    expect(rendered(result)).toMatchInlineSnapshot(`
      [
        " sources.csv:3 file/broken-sources: data/sources.csv rusak mulai baris 3 (Quoted field unterminated; biasanya tanda kutip " yang tidak ditutup). Kantor mulai baris itu dibaca tanpa nama, alamat web dan provinsinya. Perbaiki tanda kutipnya lalu bangun ulang.",
      ]
    `);
  });
});
