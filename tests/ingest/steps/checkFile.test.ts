import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/lib/ingest/readTable';
import { checkFile } from '../../../src/lib/ingest/steps/checkFile';
import { mapping, place, texts, textsEn } from './texts';

const usable = { ok: true as const, config: mapping() };
const file = 'vacancies/kantor-a.mapping.json';

describe('checkFile (file checks: header and mapping)', () => {
  it('lets a file with a header go on with its mapping', () => {
    expect(checkFile(readTable('id,title\nA-1,Kasir\n'), usable, file, place)).toEqual(usable);
  });

  it('rejects every row of a file whose header row has an unclosed quote', () => {
    const result = checkFile(readTable('"id,title\nA-1,Kasir\nA-2,Kasir\n'), usable, file, place);
    expect(result).toMatchObject({ ok: false, issue: { type: 'file/malformed-header', line: 1 } });
    if (!result.ok) expect(texts([result.issue])).toMatchInlineSnapshot(`
      [
        "Baris judul kolom rusak (tanda kutip tidak ditutup); isi berkas tidak dapat dibaca. Perbaiki tanda kutip di baris 1 lalu unggah ulang.",
      ]
    `);
  });

  it('warns about an empty file, rejecting nothing', () => {
    const result = checkFile(readTable('\n\n'), usable, file, place);
    expect(result).toMatchObject({ ok: false, rejected: 0, issue: { type: 'file/empty', severity: 'warning' } });
    if (!result.ok) expect(texts([result.issue])).toMatchInlineSnapshot(`
      [
        "Berkas kosong: tidak ada judul kolom maupun baris. Hapus berkas ini atau ekspor ulang datanya.",
      ]
    `);
  });

  it('rejects every row when the mapping file is not JSON, in each language on its own', () => {
    const result = checkFile(readTable('id\nA-1\nA-2\n'), { ok: false, failure: { kind: 'not-json', error: 'Unexpected token } in JSON at position 9' } }, file, place);
    expect(result).toMatchObject({ ok: false, rejected: 2, issue: { type: 'file/invalid-mapping', rows: 2, mappingFile: file } });
    if (result.ok) return;
    expect(texts([result.issue])).toMatchInlineSnapshot(`
      [
        "Berkas pemetaan tidak dapat dibaca sebagai JSON (Unexpected token } in JSON at position 9). Semua 2 baris ditolak; perbaiki berkas pemetaan vacancies/kantor-a.mapping.json.",
      ]
    `);
    expect(textsEn([result.issue])).toMatchInlineSnapshot(`
      [
        "The mapping file cannot be read as JSON (Unexpected token } in JSON at position 9). All 2 rows were rejected; fix the mapping file vacancies/kantor-a.mapping.json.",
      ]
    `);
  });

  it('names each key to fix when the mapping file breaks the mapping schema', () => {
    const failure = { kind: 'invalid' as const, problems: [
      { path: 'delimiter', kind: 'not-allowed' as const, values: [',', ';', '\t', '|'] },
      { path: 'placeholders', kind: 'wrong-type' as const, expected: 'array' },
      { path: 'derive.valid_through_days', kind: 'too-small' as const, minimum: 1 },
    ] };
    const result = checkFile(readTable('id\nA-1\n'), { ok: false, failure }, file, place);
    if (result.ok) throw new Error('expected the file to be rejected');
    expect(texts([result.issue])).toMatchInlineSnapshot(`
      [
        "Berkas pemetaan tidak sah: delimiter: harus salah satu dari ",", ";", "\\t", "|"; placeholders: harus berupa daftar [ … ]; derive.valid_through_days: paling sedikit 1. Semua 1 baris ditolak; perbaiki berkas pemetaan vacancies/kantor-a.mapping.json.",
      ]
    `);
    expect(textsEn([result.issue])).toMatchInlineSnapshot(`
      [
        "The mapping file is invalid: delimiter: must be one of ",", ";", "\\t", "|"; placeholders: must be a list [ … ]; derive.valid_through_days: must be at least 1. All 1 rows were rejected; fix the mapping file vacancies/kantor-a.mapping.json.",
      ]
    `);
  });
});
