import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest/ingest';
import { expectEveryRowAccountedFor, messageOf, vacancy } from './ingestFixture';

/** The identity fixture as built when these pages are already on the site. */
const run = (published: string[]) =>
  ingest({ dataDir: path.resolve('tests/fixtures/ingest-identity'), asOf: '2026-11-15', referenceDataDir: path.resolve('data'), published: new Set(published) });

describe('ingest: who owns a page address (ingest-identity)', () => {
  const result = run(['disnaker-kota-1', 'a-b-x1', 'a-b-x2']);

  it('accounts for every row of the offices read, each published at most once', () => {
    expectEveryRowAccountedFor(result);
    expect(new Set(result.vacancies.map((v) => v.slug)).size).toBe(result.vacancies.length);
    expect(result.sources.map((s) => [s.source, s.files, s.read, s.accepted, s.rejected])).toEqual([
      ['a-b', ['vacancies/A.B.csv'], 2, 2, 0],
      ['disnaker', ['vacancies/disnaker/maret.csv'], 1, 1, 0],
      ['kantor-a', ['vacancies/kantor-a.csv'], 4, 2, 2],
    ]);
  });

  it('keeps a published page with its office when a new file sorting first gives the same office name', () => {
    expect(vacancy(result, 'KOTA-1')).toMatchObject({ title: 'Kasir', employer_name: 'Toko Maju', apply_email: 'hrd@maju.co.id', file: 'vacancies/disnaker/maret.csv' });
    expect(result.vacancies.some((v) => v.employer_name === 'Orang Lain')).toBe(false);
    const clash = result.issues.find((i) => i.type === 'file/office-name-clash' && i.file === 'vacancies/Disnaker.csv');
    expect(clash).toMatchObject({ severity: 'error', source: 'Disnaker.csv', office: 'disnaker' });
    expect(messageOf(clash)).toMatchInlineSnapshot(`""Disnaker.csv" dan "disnaker/" sama-sama menjadi kantor "disnaker"; yang dipakai "disnaker/" (kantor yang sudah menerbitkan halamannya, atau yang namanya persis "disnaker"). 2 baris berkas ini ditolak dan tidak menggantikan halaman kantor lain. Jika ini kantor yang sama, pindahkan berkasnya ke "disnaker/"; jika lain, beri nama yang berbeda."`);
  });

  it('keeps the office whose rows own the published pages, even when the other is named exactly as the address', () => {
    expect(result.vacancies.filter((v) => v.source === 'a-b').map((v) => [v.id, v.employer_name])).toEqual([['X1', 'Toko Lama'], ['X2', 'Toko Lama']]);
    expect(messageOf(result.issues.find((i) => i.file === 'vacancies/a-b.csv'))).toMatchInlineSnapshot(`""a-b.csv" dan "A.B.csv" sama-sama menjadi kantor "a-b"; yang dipakai "A.B.csv" (kantor yang sudah menerbitkan halamannya, atau yang namanya persis "a-b"). 1 baris berkas ini ditolak dan tidak menggantikan halaman kantor lain. Jika ini kantor yang sama, pindahkan berkasnya ke "A.B.csv"; jika lain, beri nama yang berbeda."`);
  });

  it('without published pages, keeps the entry named exactly as its office, never merging the two', () => {
    const fresh = run([]);
    expect(fresh.sources.map((s) => s.files)).toEqual([['vacancies/a-b.csv'], ['vacancies/disnaker/maret.csv'], ['vacancies/kantor-a.csv']]);
    expect(fresh.issues.filter((i) => i.type === 'file/office-name-clash').map((i) => i.file)).toEqual(['vacancies/A.B.csv', 'vacancies/Disnaker.csv']);
  });

  it('rejects files whose names give no office name instead of publishing an office without a name', () => {
    const unnamed = result.issues.filter((i) => i.type === 'file/unnamed-office');
    expect(unnamed.map((i) => [i.severity, i.file])).toEqual([['error', 'vacancies/..csv'], ['error', 'vacancies/日本語.csv']]);
    expect(result.vacancies.every((v) => v.source)).toBe(true);
  });

  it('rejects ids that differ but give the same address, naming the row that keeps it', () => {
    expect(vacancy(result, 'A.B').employer_name).toBe('Toko Satu');
    const clashes = result.issues.filter((i) => i.type === 'row/id-address-clash');
    expect(clashes.map((i) => [i.line, i.value])).toEqual([[3, 'a-b'], [4, 'A_B']]);
    expect(messageOf(clashes[0])).toMatchInlineSnapshot(`"Nomor lowongan "a-b" berbeda dari "A.B" (vacancies/kantor-a.csv baris 2), tetapi keduanya menjadi alamat halaman yang sama /lowongan/kantor-a-a-b/. Baris ini ditolak; beri nomor yang tidak hanya berbeda pada huruf besar/kecil atau tanda baca."`);
  });

  it('removes bidi controls from cells, so they cannot reorder a title, a description or a feed', () => {
    expect(vacancy(result, 'BIDI-1')).toMatchObject({ title: 'Kasir gnalum', employer_name: 'Toko Maju' });
    expect(JSON.stringify(result.vacancies)).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });
});
