import type { JobPostingContext } from '../../src/lib/seo/jobPosting';
import type { Vacancy } from '../../src/lib/schema/publishedVacancy';

/** Names for the codes the test vacancies use. */
export const context: JobPostingContext = {
  provinceByCode: new Map([['32', { name: 'Jawa Barat' }], ['31', { name: 'DKI Jakarta' }]]),
  regencyByCode: new Map([['32.73', { name: 'Kota Bandung' }], ['31.74', { name: 'Kota Administrasi Jakarta Selatan' }]]),
  sourceByName: new Map([['disnaker-jabar', { name: 'Disnakertrans Provinsi Jawa Barat' }]]),
};

/** An open, on-site vacancy in Kota Bandung with a pay range; override what a case is about. */
export function vacancy(overrides: Partial<Vacancy> = {}): Vacancy {
  return {
    id: 'JB-1', source: 'disnaker-jabar', slug: 'disnaker-jabar-jb-1', file: 'vacancies/disnaker-jabar.csv', line: 2,
    title: 'Perawat Rawat Inap', occupation_code: '2221', occupation_unit: '2221', employer_name: 'RS Sehat Sentosa', openings: 2,
    region: 'Kota Bandung', region_scope: 'regency', province_code: '32', regency_code: '32.73', country: 'ID',
    work_mode: 'onsite', employment_type: 'contract', gender: 'any', salary_min: 5_000_000, salary_max: 6_500_000,
    description: 'Merawat pasien rawat inap.\n\n- Shift bergilir', date_posted: '2026-11-01', valid_through: '2026-12-31',
    status: 'open', apply_url: 'https://rs.example.co.id/karir', is_open: true, also_published_by: [], defaulted: [],
    ...overrides,
  };
}
