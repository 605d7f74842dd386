import { describe, expect, it } from 'vitest';
import { searchFilters, searchSorts } from '../../src/lib/search/build/searchRecord';
import { customRecord } from '../../src/lib/search/build/customRecord';
import { groupVacancies } from '../../src/lib/site/groupVacancies';
import type { SiteData } from '../../src/lib/site/siteData';
import { vacancy } from '../seo/vacancyFixture';
import type { SearchWindow } from '../../src/lib/search/searchWindow';

const week: SearchWindow = { since: '2026-11-28' };

const data: SiteData = {
  asOf: '2026-11-28',
  sources: [{ source: 'disnaker-jabar', name: 'Disnakertrans Provinsi Jawa Barat' }],
  provinces: [{ code: '32', name: 'Jawa Barat', slug: 'jawa-barat' }],
  regencies: [{ code: '32.73', provinceCode: '32', name: 'Kota Bandung', kind: 'kota', slug: 'kota-bandung' }],
  occupations: [{ code: '2221', level: 'unit', parentCode: '222', titleId: 'Profesional perawat', titleEn: 'Nursing professionals', slug: '2221-profesional-perawat' }],
  vacancies: [],
} as SiteData;
const s = groupVacancies(data);

describe('customRecord', () => {
  it('gives Pagefind the vacancy page URL, the words a searcher types and the result card, markup kept as plain text', () => {
    const v = vacancy({ title: 'Perawat <script>alert(1)</script> & "Bidan"', employer_name: "RS O'Neil" });
    const record = customRecord(v, s, week);
    expect(record.url).toBe(`/lowongan/${v.slug}/`);
    expect(record.language).toBe('id');
    expect(record.meta).toEqual({
      title: 'Perawat <script>alert(1)</script> & "Bidan"',
      employer: "RS O'Neil",
      place: 'Kota Bandung, Jawa Barat',
      pay: 'Rp 5.000.000 – Rp 6.500.000 per bulan',
      closes: '31 Desember 2026',
      closesOn: '2026-12-31',
      posted: '1 November 2026',
      occupation: '',
    });
    expect(record.content).toMatch(/^Perawat <script>.* RS O'Neil Profesional perawat Kota Bandung, Jawa Barat .*Merawat pasien rawat inap\. - Shift bergilir$/);
  });

  it('gives only strings for a sparse vacancy too: no pay, no work mode, no kabupaten/kota, nationwide or overseas', () => {
    const noPay = { salary_min: undefined, salary_max: undefined };
    const records = [
      vacancy({ ...noPay, work_mode: undefined, regency_code: undefined, skills: undefined }),
      vacancy({ ...noPay, region_scope: 'national', province_code: undefined, regency_code: undefined }),
      vacancy({ ...noPay, region_scope: 'overseas', province_code: undefined, regency_code: undefined, country: 'JP', education_min: undefined }),
    ].map((v) => customRecord(v, s, week));
    for (const record of records) {
      const values = [record.url, record.content, ...Object.values(record.meta), ...Object.values(record.filters).flat(), ...Object.values(record.sort)];
      for (const value of values) expect(typeof value, JSON.stringify(record)).toBe('string');
      expect(record.filters.upah).toEqual(['000000000000']);
      expect(record.meta.pay).toBe('');
    }
    expect(records[0]!.filters.cara).toEqual(['onsite']);
    expect(records[0]!.filters.kabkota).toBeUndefined();
    expect(records[1]!.filters.provinsi).toEqual(['seluruh-indonesia']);
    expect(records[2]!.filters.provinsi).toBeUndefined();
    expect(records[2]!.filters.luar).toEqual(['ya']);
  });

  it('carries every filter value and sort key of the vacancy, all strings (a null crashes Pagefind\'s Node API)', () => {
    const v = vacancy({ disability_friendly: true, date_posted: '2026-11-25' });
    const record = customRecord(v, s, week);
    const filters = searchFilters(v, { window: week, provinceSlug: 'jawa-barat', regencySlug: 'kota-bandung' });
    expect(filters.provinsi).toEqual(['jawa-barat']);
    expect(filters.kabkota).toEqual(['kota-bandung']);
    expect(record.filters).toEqual(filters);
    expect(record.sort).toEqual(searchSorts(v));
    const values = [record.url, record.content, ...Object.values(record.meta), ...Object.values(record.filters).flat(), ...Object.values(record.sort)];
    for (const value of values) expect(typeof value).toBe('string');
  });
});
