import { describe, expect, it } from 'vitest';
import { renderIssue } from '../../src/lib/report/renderIssue';
import { expectEveryRowAccountedFor, ingestFixture, summary } from './ingestFixture';

describe('ingest: occupations guessed from the title (ingest-guessed)', () => {
  const result = ingestFixture('guessed', '2026-11-15');

  it('publishes a clear guess marked inferred, not defaulted, and counts it for the office', () => {
    expectEveryRowAccountedFor(result);
    expect(result.vacancies.map((v) => `${v.id} ${v.occupation_code} ${v.inferred?.join('+')} [${v.defaulted.join('+')}]`)).toEqual([
      'G-3 5120 occupation_code []',
      'G-4 4321 occupation_code []',
      'G-5 2432 occupation_code []',
      'G-6 5230 occupation_code []',
    ]);
    expect(summary(result, 'portal-kuliner')).toMatchObject({ read: 6, accepted: 4, rejected: 2, inferred: { occupation_code: 4 } });
  });

  it('rejects a weak guess ("Commercial Cookery" is not a sales job, "Engineering hotel" not a receptionist) with the three best candidates', () => {
    expect(result.issues.map((i) => `${i.line} ${i.type}: ${renderIssue(i).message}`)).toMatchInlineSnapshot(`
      [
        "2 row/occupation-not-inferred: Kode jabatan kosong dan judul "Commercial Cookery" tidak cukup jelas untuk menebaknya. Isi kode KBJI 2014 empat angka; kandidat: 3322 Perwakilan Penjualan Komersial; 5120 Juru Masak; 7512 Pembuat Roti, Kue dan Kembang Gula.",
        "3 row/occupation-not-inferred: Kode jabatan kosong dan judul "Engineering hotel" tidak cukup jelas untuk menebaknya. Isi kode KBJI 2014 empat angka; kandidat: 1411 Manajer Hotel; 2141 Insinyur Industri dan Produksi; 4224 Resepsionis Hotel.",
      ]
    `);
  });
});
