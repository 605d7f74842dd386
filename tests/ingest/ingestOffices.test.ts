import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { ingest, type IngestResult } from '../../src/lib/ingest/ingest';
import { loadReferences } from '../../src/lib/reference/loadReferences';
import { ingestFixture, vacancy, summary, expectEveryRowAccountedFor } from './ingestFixture';

describe('ingest: offices exporting in different ways (ingest-mixed-offices)', () => {
  let result: IngestResult;
  beforeAll(() => {
    result = ingestFixture('mixed-offices');
  });

  it('accounts for every row of every office', () => {
    expectEveryRowAccountedFor(result);
    expect(result.sources.map((s) => [s.source, s.read, s.accepted, s.duplicates, s.rejected])).toEqual([
      ['disnaker-bandung', 3, 3, 0, 0],
      ['disnaker-surabaya', 2, 2, 0, 0],
      ['kemnaker', 3, 3, 0, 0],
    ]);
  });

  it('reports nothing for clean exports, whatever their delimiter or header language, but that a file not in UTF-8 was read as Windows-1252', () => {
    expect(result.issues.map((i) => `${i.file} ${i.type}`)).toEqual(['vacancies/disnaker-surabaya.csv file/encoding-guess']);
  });

  it('names each office from sources.csv, with its link', () => {
    expect(result.sources.map((s) => [s.source, s.name, s.url])).toEqual([
      ['disnaker-bandung', 'Disnaker Kota Bandung', 'https://disnaker.bandung.go.id'],
      ['disnaker-surabaya', 'Dinas Tenaga Kerja Kota Surabaya', undefined],
      ['kemnaker', 'Kementerian Ketenagakerjaan RI', 'https://kemnaker.go.id'],
    ]);
  });

  it('reads a semicolon-separated UTF-8 file with a BOM, CRLF line ends, Indonesian headers and DD/MM/YYYY dates', () => {
    expect(vacancy(result, 'BDG-001')).toMatchObject({
      source: 'disnaker-bandung', slug: 'disnaker-bandung-bdg-001', file: 'vacancies/disnaker-bandung.csv', line: 2,
      title: 'Perawat Rawat Inap', occupation_code: '2221', occupation_unit: '2221', employer_name: 'RS Sehat Sentosa', openings: 3,
      region_scope: 'regency', province_code: '32', regency_code: '32.73', employment_type: 'contract', education_min: 'd3',
      salary_min: 4_500_000, salary_max: 6_000_000, description: 'Merawat pasien rawat inap.\n\n- Shift pagi dan malam',
      date_posted: '2025-03-03', valid_through: '2025-03-31', apply_email: 'rekrutmen@sehat.co.id', defaulted: [],
    });
  });

  it('numbers the row after a multi-line description by its real line in the file', () => {
    expect(vacancy(result, 'BDG-002')).toMatchObject({ line: 5, openings: 2, employment_type: 'full_time', education_min: 'sma', salary_min: 5_000_000 });
    expect(vacancy(result, 'BDG-002').salary_max).toBeUndefined();
    expect(vacancy(result, 'BDG-003')).toMatchObject({ line: 6, date_posted: '2025-04-01', valid_through: '2025-04-30', regency_code: '32.73', employment_type: 'permanent' });
  });

  it('decodes a Windows-1252 export so "Café" and "crème brûlée" read as written', () => {
    expect(vacancy(result, 'SBY-01')).toMatchObject({
      title: 'Barista Café', employer_name: 'Café Olé Surabaya', description: 'Membuat kopi dan crème brûlée.',
      regency_code: '35.78', employment_type: 'part_time', salary_min: 2_500_000,
    });
  });

  it('reads every file of a folder source, comma- or tab-separated, as one office', () => {
    expect(summary(result, 'kemnaker').files).toEqual(['vacancies/kemnaker/2025-03.csv', 'vacancies/kemnaker/2025-04.csv']);
    expect(result.vacancies.filter((v) => v.source === 'kemnaker').map((v) => [v.id, v.file, v.line])).toEqual([
      ['KMN-0301', 'vacancies/kemnaker/2025-03.csv', 2],
      ['KMN-0302', 'vacancies/kemnaker/2025-03.csv', 3],
      ['KMN-0401', 'vacancies/kemnaker/2025-04.csv', 2],
    ]);
  });

  it('places nationwide, overseas and "City, Province" vacancies', () => {
    expect(vacancy(result, 'KMN-0301')).toMatchObject({ region_scope: 'national', work_mode: 'remote', country: 'ID' });
    expect(vacancy(result, 'KMN-0302')).toMatchObject({ region_scope: 'overseas', country: 'JP' });
    expect(vacancy(result, 'KMN-0302').province_code).toBeUndefined();
    expect(vacancy(result, 'KMN-0401')).toMatchObject({ region_scope: 'regency', regency_code: '12.71', employment_type: 'full_time' });
  });

  it('lists vacancies in slug order, so two builds of the same data are identical', () => {
    const slugs = result.vacancies.map((v) => v.slug);
    expect(slugs).toEqual([...slugs].sort());
    expect(ingestFixture('mixed-offices')).toEqual(result);
  });
});

describe('ingest: open or closed as of a date (ingest-open-closed)', () => {
  it('closes expired, filled and cancelled vacancies and keeps the rest open through their last day', () => {
    const result = ingestFixture('open-closed', '2025-04-15');
    expectEveryRowAccountedFor(result);
    expect(result.vacancies.map((v) => [v.id, v.is_open, v.closed_reason])).toEqual([
      ['SLM-CANCELLED', false, 'cancelled'],
      ['SLM-EXPIRED', false, 'expired'],
      ['SLM-FILLED', false, 'filled'],
      ['SLM-LASTDAY', true, undefined],
      ['SLM-OPEN', true, undefined],
    ]);
    expect(summary(result, 'disnaker-sleman')).toMatchObject({ read: 5, accepted: 5, open: 2 });
  });

  it('still publishes closed vacancies, so their pages stay', () => {
    const result = ingestFixture('open-closed', '2025-04-15');
    expect(result.vacancies).toHaveLength(5);
  });

  it('judges against the given date, not the clock', () => {
    const later = ingestFixture('open-closed', '2025-05-01');
    expect(later.vacancies.filter((v) => v.is_open)).toEqual([]);
    expect(later.vacancies.find((v) => v.id === 'SLM-OPEN')?.closed_reason).toBe('expired');
    expect(later.asOf).toBe('2025-05-01');
  });
});

describe('ingest: references loaded once by the caller', () => {
  it('uses the references it is given instead of loading them', () => {
    const references = loadReferences(path.resolve('data'));
    const given = ingest({ dataDir: path.resolve('tests/fixtures/ingest-mixed-offices'), asOf: '2025-04-15', referenceDataDir: path.resolve('no-such-folder'), references });
    expect(given).toEqual(ingestFixture('mixed-offices'));
  });
});
