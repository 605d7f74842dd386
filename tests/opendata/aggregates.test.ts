import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labourDemand, MIN_CELL } from '../../src/lib/opendata/aggregates';
import { loadReferences } from '../../src/lib/reference/loadReferences';
import type { Vacancy } from '../../src/lib/schema/publishedVacancy';

const references = loadReferences(path.resolve('data'));
const vacancy = (n: number, pay?: number): Vacancy => ({
  id: `V-${n}`, slug: `kantor-v-${n}`, source: 'kantor', title: 'Perawat', occupation_code: '2221', occupation_unit: '2221', employer_name: 'PT A', openings: 2,
  country: 'ID', work_mode: 'onsite', employment_type: 'contract', gender: 'any', status: 'open', description: 'x', date_posted: '2026-11-03', valid_through: '2026-12-31',
  region_scope: 'province', province_code: '32', is_open: true, also_published_by: [], defaulted: [], file: 'kantor.csv', line: n + 1, ...(pay ? { salary_min: pay } : {}),
});

describe('the labour-demand aggregates', () => {
  it('counts vacancies and positions by province, major group and month, with pay quartiles where pay is reported', () => {
    const pays = [3_000_000, 4_000_000, 5_000_000, 6_000_000, undefined];
    expect(labourDemand(pays.map((pay, i) => vacancy(i, pay)), references)).toMatchInlineSnapshot(`
      [
        {
          "area": "32",
          "area_name": "Jawa Barat",
          "month_posted": "2026-11",
          "occupation_major": "2",
          "occupation_major_title": "Profesional",
          "pay_median": 4500000,
          "pay_p25": 3750000,
          "pay_p75": 5250000,
          "pay_reported_share": 0.8,
          "positions": 10,
          "suppressed": false,
          "vacancies": 5,
        },
      ]
    `);
  });

  it(`suppresses a cell of fewer than ${MIN_CELL} vacancies: no counts, no pay, marked`, () => {
    const [row] = labourDemand([1, 2, 3, 4].map((n) => vacancy(n, 5_000_000)), references);
    expect(row).toMatchObject({ area: '32', vacancies: undefined, positions: undefined, pay_median: undefined, suppressed: true });
  });
});
