import { describe, expect, it } from 'vitest';
import { renderIssue } from '../../src/lib/report/renderIssue';
import { expectEveryRowAccountedFor, ingestFixture, summary, vacancy } from './ingestFixture';

describe('ingest: a folder of repeated snapshots of one feed (ingest-snapshots)', () => {
  const result = ingestFixture('snapshots', '2026-11-15');

  it('publishes each vacancy once, its latest version winning, earlier versions counted as duplicates', () => {
    expectEveryRowAccountedFor(result);
    expect(summary(result, 'portal')).toMatchObject({ read: 9, accepted: 4, duplicates: 5, rejected: 0 });
    expect(result.vacancies.map((v) => [v.id, v.title, v.file])).toEqual([
      ['S-1', 'Kepala Kasir', 'vacancies/portal/2026-11-03.csv'], ['S-2', 'Pramuniaga Toko', 'vacancies/portal/2026-11-03.csv'],
      ['S-3', 'Gudang', 'vacancies/portal/2026-11-01.csv'], ['S-4', 'Sopir', 'vacancies/portal/2026-11-02.csv'],
    ]);
    expect(vacancy(result, 'S-1').line).toBe(2);
  });

  it('sums the superseded versions up in one note, warning only about an id repeated inside one file', () => {
    expect(result.issues.map((i) => `${i.file}${i.line ? `:${i.line}` : ''} ${renderIssue(i).message}`)).toMatchInlineSnapshot(`
      [
        "vacancies/portal/2026-11-03.csv:3 Nomor lowongan "S-2" muncul lagi di vacancies/portal/2026-11-03.csv baris 4; baris terakhir itu yang dipakai. Hapus baris ganda atau beri nomor berbeda.",
        "vacancies/portal/2026-11-03.csv 4 baris adalah versi lama dari 2 lowongan yang muncul lagi di berkas berikutnya (3 berkas, urut nama): versi terakhir yang dipakai, versi lama dihitung sebagai ganda. Ini wajar untuk ekspor berulang; tidak perlu diperbaiki.",
      ]
    `);
  });
});
