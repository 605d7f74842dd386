import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/lib/ingest/candidate';
import { rejectSlugCollisions } from '../../../src/lib/ingest/rejectSlugCollisions';
import { keepLastPerId } from '../../../src/lib/ingest/steps/keepLastPerId';
import { texts } from './texts';

/** An accepted row (only the fields these steps read). */
const row = (source: string, id: string, line: number, slug = `${source}-${id.toLowerCase()}`) =>
  ({ source, id, slug, file: `vacancies/${source}.csv`, line, title: `Kasir ${line}` }) as unknown as Candidate;

describe('keepLastPerId', () => {
  it('keeps every row when no id repeats', () => {
    const rows = [row('kantor-a', 'A1', 2), row('kantor-a', 'A2', 3)];
    expect(keepLastPerId(rows, 'kantor-a')).toEqual({ kept: rows, duplicates: 0, rejected: 0, issues: [] });
  });

  it('keeps the last row of an id written twice and warns at the earlier one, naming the later', () => {
    const result = keepLastPerId([row('kantor-a', 'A1', 2), row('kantor-a', 'B1', 3), row('kantor-a', 'A1', 4)], 'kantor-a');
    expect(result.kept.map((c) => [c.id, c.line])).toEqual([['A1', 4], ['B1', 3]]);
    expect(result.duplicates).toBe(1);
    expect(result.issues).toMatchObject([{ type: 'row/duplicate-id', severity: 'warning', line: 2, field: 'id', value: 'A1', kept: { line: 4, id: 'A1' } }]);
    expect(texts(result.issues)).toMatchInlineSnapshot(`
      [
        "Nomor lowongan "A1" muncul lagi di vacancies/kantor-a.csv baris 4; baris terakhir itu yang dipakai. Hapus baris ganda atau beri nomor berbeda.",
      ]
    `);
  });

  it('counts earlier versions of an id in earlier files (repeated snapshots) as superseded, in one note', () => {
    const day = (id: string, line: number, file: string) => ({ ...row('portal', id, line), file }) as Candidate;
    const result = keepLastPerId([day('A1', 2, 'vacancies/portal/1.csv'), day('B1', 3, 'vacancies/portal/1.csv'), day('A1', 2, 'vacancies/portal/2.csv'), day('A1', 2, 'vacancies/portal/3.csv')], 'portal');
    expect(result.kept.map((c) => [c.id, c.file])).toEqual([['A1', 'vacancies/portal/3.csv'], ['B1', 'vacancies/portal/1.csv']]);
    expect(result).toMatchObject({ duplicates: 2, rejected: 0, issues: [{ type: 'file/superseded-versions', rows: 2, vacancies: 1, files: 3 }] });
  });

  it('rejects a different id that gives the same page address as an earlier one, naming both rows', () => {
    const rows = [row('kantor-a', 'A.B', 2, 'kantor-a-a-b'), row('kantor-a', 'a-b', 3, 'kantor-a-a-b'), row('kantor-a', 'A_B', 4, 'kantor-a-a-b'), row('kantor-a', 'a1', 5)];
    const result = keepLastPerId([...rows, row('kantor-a', 'A1', 6, 'kantor-a-a1')], 'kantor-a');
    expect(result.kept.map((c) => c.id)).toEqual(['A.B', 'a1']);
    expect(result).toMatchObject({ duplicates: 0, rejected: 3 });
    expect(result.issues).toMatchObject([{ type: 'row/id-address-clash', severity: 'error', line: 3, value: 'a-b', first: { line: 2, id: 'A.B' } }, { line: 4 }, { line: 6 }]);
    expect(texts(result.issues)).toMatchInlineSnapshot(`
      [
        "Nomor lowongan "a-b" berbeda dari "A.B" (vacancies/kantor-a.csv baris 2), tetapi keduanya menjadi alamat halaman yang sama /lowongan/kantor-a-a-b/. Baris ini ditolak; beri nomor yang tidak hanya berbeda pada huruf besar/kecil atau tanda baca.",
        "Nomor lowongan "A_B" berbeda dari "A.B" (vacancies/kantor-a.csv baris 2), tetapi keduanya menjadi alamat halaman yang sama /lowongan/kantor-a-a-b/. Baris ini ditolak; beri nomor yang tidak hanya berbeda pada huruf besar/kecil atau tanda baca.",
        "Nomor lowongan "A1" berbeda dari "a1" (vacancies/kantor-a.csv baris 5), tetapi keduanya menjadi alamat halaman yang sama /lowongan/kantor-a-a1/. Baris ini ditolak; beri nomor yang tidak hanya berbeda pada huruf besar/kecil atau tanda baca.",
      ]
    `);
  });
});

describe('rejectSlugCollisions', () => {
  it('rejects the second office\'s vacancy whose page address the first already uses, naming the first', () => {
    const result = rejectSlugCollisions([row('disnaker', 'jabar-1', 2), row('disnaker-jabar', '1', 5, 'disnaker-jabar-1')]);
    expect(result.kept.map((c) => c.source)).toEqual(['disnaker']);
    expect([...result.rejectedPerSource]).toEqual([['disnaker-jabar', 1]]);
    expect(texts(result.issues)).toMatchInlineSnapshot(`
      [
        "Alamat halaman /lowongan/disnaker-jabar-1/ sudah dipakai lowongan jabar-1 dari disnaker (vacancies/disnaker.csv baris 2). Beri nomor lowongan lain, mis. dengan awalan kode kantor.",
      ]
    `);
  });
});
