import { describe, expect, it } from 'vitest';
import { matchHeaders } from '../../../src/lib/ingest/matchHeaders';
import { readTable } from '../../../src/lib/ingest/readTable';
import { matchColumns } from '../../../src/lib/ingest/steps/matchColumns';
import { mapping, place, texts } from './texts';

const ALL_REQUIRED = 'id,title,occupation_code,employer_name,openings,employment_type,description,date_posted,valid_through';

describe('matchHeaders', () => {
  it('matches field names and Indonesian or English headers whatever their case and punctuation', () => {
    expect(matchHeaders(['No. Lowongan', 'JUDUL', 'Job Title', 'kode_jabatan', 'Gaji'], mapping()).fields).toEqual(['id', 'title', undefined, 'occupation_code', 'salary_range']);
  });

  it('lists headers it does not know and headers feeding a field already fed, the first column winning', () => {
    expect(matchHeaders(['judul', 'posisi', 'Catatan', ''], mapping())).toEqual({ fields: ['title', undefined, undefined, undefined], unknown: ['Catatan'], repeated: ['posisi'] });
  });

  it('follows the mapping file first, and drops columns mapped to "ignore" without calling them unknown', () => {
    const config = mapping({ columns: { 'Posisi Dibutuhkan': 'title', Catatan: 'ignore' } });
    expect(matchHeaders(['posisi dibutuhkan', 'catatan'], config)).toEqual({ fields: ['title', undefined], unknown: [], repeated: [] });
  });
});

describe('matchColumns (file checks: columns)', () => {
  it('reports nothing for a file with every required column', () => {
    expect(matchColumns(readTable(`${ALL_REQUIRED}\n`), mapping(), place).issues).toEqual([]);
  });

  it('warns about unknown and repeated columns at the header line', () => {
    const { issues } = matchColumns(readTable(`\n${ALL_REQUIRED},Catatan,judul\n`), mapping(), place);
    expect(issues.map((i) => [i.type, i.severity, i.line])).toEqual([['file/unknown-column', 'warning', 2], ['file/repeated-column', 'warning', 2]]);
    expect(texts(issues)).toMatchInlineSnapshot(`
      [
        "Kolom tidak dikenal dan diabaikan: Catatan. Jika berisi data lowongan, ganti judul kolomnya atau petakan di berkas pemetaan.",
        "Kolom ganda diabaikan (kolom pertama yang dipakai): judul.",
      ]
    `);
  });

  it('reports the required columns nothing feeds, pointing to the README', () => {
    const { issues } = matchColumns(readTable('title,description\n'), mapping(), place);
    expect(issues).toMatchObject([{ type: 'file/missing-column', severity: 'error', line: 1, fields: ['id', 'occupation_code', 'employer_name', 'openings', 'employment_type', 'date_posted', 'valid_through'] }]);
    expect(texts(issues)).toMatchInlineSnapshot(`
      [
        "Kolom wajib tidak ditemukan: id, occupation_code, employer_name, openings, employment_type, date_posted, valid_through. Tambahkan kolom itu atau petakan judul kolom Anda di berkas pemetaan (lihat kamus data di /data/kamus/ serta bagian "Input contract" dan "Mapping file" di README).",
      ]
    `);
  });

  it('counts defaults and derived values as present columns', () => {
    const config = mapping({ defaults: { openings: '1', employment_type: 'contract' }, derive: { id: ['title'], valid_through_days: 30, occupation_from_title: true } });
    expect(matchColumns(readTable('title,employer_name,description,date_posted\n'), config, place).issues).toEqual([]);
  });
});
