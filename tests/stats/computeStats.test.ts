import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReferences } from '../../src/lib/reference/loadReferences';
import type { Vacancy } from '../../src/lib/schema/publishedVacancy';
import { computeStats } from '../../src/lib/stats/computeStats';
import { loadMinimumWages } from '../../src/lib/stats/minimumWages';
import { statsBlock } from '../../src/lib/stats/statsBlock';
import { weekOf } from '../../src/lib/stats/weeks';

const references = loadReferences(path.resolve('data'));
const vacancy = (n: number, extra: Partial<Vacancy> = {}): Vacancy => ({
  id: `V-${n}`, slug: `kantor-v-${n}`, source: 'kantor', title: 'Perawat', occupation_code: '2221', occupation_unit: '2221', employer_name: 'PT A', openings: 2,
  country: 'ID', work_mode: 'onsite', employment_type: 'contract', gender: 'any', status: 'open', description: 'x', date_posted: '2026-11-03', valid_through: '2026-12-31',
  region_scope: 'province', province_code: '32', is_open: true, also_published_by: [], defaulted: [], file: 'kantor.csv', line: n + 1, ...extra,
});
const stats = (vacancies: Vacancy[]) => computeStats({
  asOf: '2026-11-28', vacancies, provinces: references.regions.provinces, majors: references.occupations.all.filter((o) => o.level === 'major'),
  minimumWages: loadMinimumWages(path.resolve('data')), topology: {},
});

describe('the labour-demand statistics', () => {
  it('shows 0 for an empty cell, suppresses 1 to 4 vacancies, and counts open vacancies and their positions from 5', () => {
    const jabar = Array.from({ length: 6 }, (_, i) => vacancy(i));
    const jakarta = [vacancy(10, { province_code: '31' }), vacancy(11, { province_code: '31' })];
    const rows = stats([...jabar, ...jakarta, vacancy(12, { is_open: false })]).byProvince;
    expect(rows.filter((r) => ['31', '32', '33'].includes(r.key))).toEqual([
      { key: '31', label: 'Daerah Khusus Ibukota Jakarta', vacancies: null, positions: null, suppressed: true },
      { key: '32', label: 'Jawa Barat', vacancies: 6, positions: 12, suppressed: false },
      { key: '33', label: 'Jawa Tengah', vacancies: 0, positions: 0, suppressed: false },
    ]);
    expect(rows).toHaveLength(40);
  });

  it('gives pay quartiles only when 5 vacancies report pay, with the province UMP traced to its decree', () => {
    const paid = [3, 4, 5, 6, 7].map((m, i) => vacancy(i, { salary_min: m * 1_000_000 }));
    const jabar = stats([...paid, vacancy(9)]).pay.find((r) => r.key === '32')!;
    expect(jabar).toMatchObject({ vacancies: 6, reported: 5, p25: 4_000_000, median: 5_000_000, p75: 6_000_000 });
    expect(jabar.minimumWage).toMatchObject({ year: 2026, amount: 2_317_601, decree: expect.stringContaining('561/Kep.859-Kesra/2025') });
    const few = stats([...paid.slice(0, 4), vacancy(8), vacancy(9)]).pay.find((r) => r.key === '32')!;
    expect(few).toMatchObject({ vacancies: 6, reported: 4, median: null });
    expect(stats(paid).pay.find((r) => r.key === '33')!.minimumWage).toBeNull();
  });

  it('counts every published vacancy in the week of its posting date, 26 weeks up to the data date', () => {
    const weekly = stats([...Array.from({ length: 5 }, (_, i) => vacancy(i, { is_open: false, date_posted: '2026-11-25' })), vacancy(7, { date_posted: '2026-11-23' })]).weekly;
    expect(weekly).toHaveLength(26);
    expect(weekly.at(-1)).toMatchObject({ key: '2026-11-23', vacancies: 6 });
    expect([weekOf('2026-11-29'), weekOf('2026-11-30'), weekOf('2024-02-29')]).toEqual(['2026-11-23', '2026-11-30', '2024-02-26']);
  });

  it('says on a province or occupation list how many positions, what pay and how many are open to people with disabilities', () => {
    const list = [3, 4, 5, 6, 7].map((m, i) => vacancy(i, { salary_min: m * 1_000_000, disability_friendly: i === 0 }));
    expect(statsBlock({ params: { province: 'jawa-barat' }, vacancies: [...list, vacancy(9)] })?.figures).toMatchInlineSnapshot(`
      [
        "12 orang dibutuhkan",
        "Median gaji Rp 5.000.000 (separuh di antara Rp 4.000.000 dan Rp 6.000.000), dari 5 dari 6 lowongan yang mencantumkan gaji",
        "1 dari 6 lowongan terbuka bagi penyandang disabilitas",
      ]
    `);
    expect(statsBlock({ params: { group: '2-profesional' }, vacancies: list.slice(0, 3) })).toMatchObject({ figures: [], suppressed: 'Kurang dari 5 lowongan: angka rinci tidak ditampilkan, seperti di data terbuka.' });
    expect(statsBlock({ params: { province: 'jawa-barat', regency: 'kota-bandung' }, vacancies: list })).toBeUndefined();
    expect(statsBlock({ params: { group: '2-profesional' }, vacancies: [] })).toBeUndefined();
  });

  it('shows a minimum wage only with its year, amount, decree and a public source', () => {
    for (const wage of loadMinimumWages(path.resolve('data'))) {
      expect(wage.decree).toMatch(/^Keputusan Gubernur .+ Nomor .+/);
      expect(wage.source).toMatch(/^https:\/\//);
      expect(references.regions.provinceByCode.has(wage.provinceCode)).toBe(true);
    }
  });
});
