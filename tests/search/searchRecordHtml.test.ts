import { describe, expect, it } from 'vitest';
import { searchFilters, searchSorts } from '../../src/lib/search/searchRecord';
import { searchRecordHtml } from '../../src/lib/search/searchRecordHtml';
import { groupVacancies } from '../../src/lib/site/groupVacancies';
import type { SiteData } from '../../src/lib/site/siteData';
import { vacancy } from '../seo/vacancyFixture';

const data: SiteData = {
  asOf: '2026-11-28',
  sources: [{ source: 'disnaker-jabar', name: 'Disnakertrans Provinsi Jawa Barat' }],
  provinces: [{ code: '32', name: 'Jawa Barat', slug: 'jawa-barat' }],
  regencies: [{ code: '32.73', provinceCode: '32', name: 'Kota Bandung', kind: 'kota', slug: 'kota-bandung' }],
  occupations: [{ code: '2221', level: 'unit', parentCode: '222', titleId: 'Profesional perawat', titleEn: 'Nursing professionals', slug: '2221-profesional-perawat' }],
  vacancies: [],
} as SiteData;
const s = groupVacancies(data);

describe('searchRecordHtml', () => {
  it('renders a standalone document whose indexed text and meta keep markup in the data as text', () => {
    const v = vacancy({ title: 'Perawat <script>alert(1)</script> & "Bidan"', employer_name: "RS O'Neil" });
    const html = searchRecordHtml(v, s);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="id">.*<div data-pagefind-body>.*<\/div><\/body><\/html>\n$/s);
    expect(html).not.toContain('<script>');
    expect(html).toContain('<span data-pagefind-meta="title">Perawat &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Bidan&quot;</span>');
    expect(html).toContain('<span data-pagefind-meta="employer">RS O&#39;Neil</span>');
    expect(html).toContain('<span data-pagefind-meta="place">Kota Bandung, Jawa Barat</span>');
    expect(html).toContain('<span data-pagefind-meta="pay">Rp 5.000.000 – Rp 6.500.000 per bulan</span>');
    expect(html).toContain('<span data-pagefind-meta="closes">31 Desember 2026</span>');
    expect(html).toContain('<span data-pagefind-meta="sort">2026-11-01 2026-12-31 0006500000</span>');
    expect(html).toMatch(/<p>Perawat &lt;script&gt;.* RS O&#39;Neil Profesional perawat Kota Bandung, Jawa Barat .*Merawat pasien rawat inap\. - Shift bergilir<\/p>/);
  });

  it('carries every filter value and sort key of the vacancy, as strings', () => {
    const v = vacancy({ disability_friendly: true, date_posted: '2026-11-25' });
    const html = searchRecordHtml(v, s);
    const filters = searchFilters(v, { asOf: data.asOf, provinceSlug: 'jawa-barat', regencySlug: 'kota-bandung' });
    expect(filters.provinsi).toEqual(['jawa-barat']);
    expect(filters.kabkota).toEqual(['kota-bandung']);
    const found = [...html.matchAll(/<span data-pagefind-filter="([^"]+)">([^<]*)<\/span>/g)].map((m) => [m[1], m[2]]);
    expect(found).toEqual(Object.entries(filters).flatMap(([key, values]) => values.map((value) => [key, value])));
    for (const [key, value] of Object.entries(searchSorts(v))) {
      expect(typeof value).toBe('string');
      expect(html).toContain(`<span data-pagefind-sort="${key}">${value}</span>`);
    }
  });
});
