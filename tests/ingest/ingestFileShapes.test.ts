import { describe, expect, it } from 'vitest';
import { renderIssue } from '../../src/lib/report/renderIssue';
import { expectEveryRowAccountedFor, ingestFixture, vacancy } from './ingestFixture';

describe('ingest: file shapes as Excel and portals write them (ingest-file-shapes)', () => {
  const result = ingestFixture('file-shapes', '2026-11-15');

  it('reads the sep=; hint line and UTF-16 without a byte-order mark', () => {
    expectEveryRowAccountedFor(result);
    expect(result.vacancies.map((v) => [v.id, v.title, v.line])).toEqual([['E-1', 'Kasir', 3], ['E-2', 'Barista', 4], ['U-1', 'Kasir Café', 2]]);
    expect(vacancy(result, 'U-1').employer_name).toBe('Toko Maju');
  });

  it('rejects a PNG or an XLSX renamed .csv as not a CSV file, with no row errors of binary junk', () => {
    expect(result.issues.map((i) => `${i.file}: ${renderIssue(i).message}`)).toMatchInlineSnapshot(`
      [
        "vacancies/foto.csv: Berkas ini bukan berkas CSV (isinya PNG), jadi tidak dibaca. Buka di program asalnya lalu simpan sebagai CSV UTF-8.",
        "vacancies/spreadsheet.csv: Berkas ini bukan berkas CSV (isinya ZIP/XLSX), jadi tidak dibaca. Buka di program asalnya lalu simpan sebagai CSV UTF-8.",
      ]
    `);
  });
});
