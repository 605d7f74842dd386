import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { ingest, type IngestResult } from '../../src/lib/ingest/ingest';
import { ingestFixture, vacancy, summary, expectEveryRowAccountedFor, messageOf } from './ingestFixture';

describe('ingest: the same vacancy reported twice (ingest-duplicates)', () => {
  let result: IngestResult;
  beforeAll(() => {
    result = ingestFixture('duplicates');
  });

  it('accounts for every row, counting merged rows as duplicates', () => {
    expectEveryRowAccountedFor(result);
    expect(summary(result, 'disnaker-bandung')).toMatchObject({ read: 3, accepted: 2, duplicates: 1, rejected: 0 });
    expect(summary(result, 'disnaker-jabar')).toMatchObject({ read: 2, accepted: 1, duplicates: 1, rejected: 0 });
  });

  it('keeps the last row when one office repeats an id, and warns at the earlier line naming the later one', () => {
    expect(result.vacancies.filter((v) => v.id === 'BDG-7')).toHaveLength(1);
    expect(vacancy(result, 'BDG-7')).toMatchObject({ line: 4, openings: 2, description: 'Melayani pembayaran; dua orang.' });
    const warning = result.issues.find((i) => i.type === 'row/duplicate-id');
    expect(warning).toMatchObject({ severity: 'warning', source: 'disnaker-bandung', file: 'vacancies/disnaker-bandung.csv', line: 2, field: 'id', value: 'BDG-7' });
    expect(messageOf(warning)).toMatchInlineSnapshot(`"Nomor lowongan "BDG-7" muncul lagi di vacancies/disnaker-bandung.csv baris 4; baris terakhir itu yang dipakai. Hapus baris ganda atau beri nomor berbeda."`);
  });

  it('lists a vacancy two offices reported once, under the first office, crediting the other', () => {
    const shared = result.vacancies.filter((v) => v.title === 'Pramuniaga');
    expect(shared.map((v) => [v.source, v.id, v.also_published_by])).toEqual([['disnaker-bandung', 'BDG-8', ['disnaker-jabar']]]);
    expect(vacancy(result, 'JBR-101').also_published_by).toEqual([]);
    const note = result.issues.find((i) => i.type === 'row/duplicate-across-sources');
    expect(note).toMatchObject({ severity: 'warning', source: 'disnaker-jabar', file: 'vacancies/disnaker-jabar.csv', line: 2, value: 'JBR-100' });
    expect(messageOf(note)).toContain('vacancies/disnaker-bandung.csv baris 3');
  });
});

describe('ingest: a vacancy already published under one office keeps its address when another reports it too', () => {
  // Yesterday only Jawa Barat's office reported the vacancy: its page is /lowongan/disnaker-jabar-jbr-100/.
  const result = ingest({ dataDir: path.resolve('tests/fixtures/ingest-duplicates'), asOf: '2025-04-15', referenceDataDir: path.resolve('data'), published: new Set(['disnaker-jabar-jbr-100']) });

  it('keeps the published report and credits the office whose name sorts first', () => {
    const shared = result.vacancies.filter((v) => v.title === 'Pramuniaga');
    expect(shared.map((v) => [v.slug, v.also_published_by])).toEqual([['disnaker-jabar-jbr-100', ['disnaker-bandung']]]);
    const note = result.issues.find((i) => i.type === 'row/duplicate-across-sources');
    expect(note).toMatchObject({ source: 'disnaker-bandung', file: 'vacancies/disnaker-bandung.csv', line: 3, value: 'BDG-8' });
    expect(messageOf(note)).toContain('vacancies/disnaker-jabar.csv baris 2');
  });

  it('still accounts for every row, the merged row now counted for the other office', () => {
    expectEveryRowAccountedFor(result);
    expect(summary(result, 'disnaker-bandung')).toMatchObject({ read: 3, accepted: 1, duplicates: 2, rejected: 0 });
    expect(summary(result, 'disnaker-jabar')).toMatchObject({ read: 2, accepted: 2, duplicates: 0, rejected: 0 });
  });

  it('changes nothing when neither or both reports are published', () => {
    const both = ingest({ dataDir: path.resolve('tests/fixtures/ingest-duplicates'), asOf: '2025-04-15', referenceDataDir: path.resolve('data'), published: new Set(['disnaker-jabar-jbr-100', 'disnaker-bandung-bdg-8']) });
    expect(both).toEqual(ingestFixture('duplicates'));
    const neither = ingest({ dataDir: path.resolve('tests/fixtures/ingest-duplicates'), asOf: '2025-04-15', referenceDataDir: path.resolve('data'), published: new Set(['disnaker-lain-x-1']) });
    expect(neither).toEqual(ingestFixture('duplicates'));
  });
});
