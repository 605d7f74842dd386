import type { SiteData } from '../../src/lib/site/siteData';
import { vacancy } from '../seo/vacancyFixture';

/** A small site: Jawa Barat with open vacancies in Kota Bandung and province-wide, one closed; Jawa Tengah with none; a closed one in Japan. */
export const data: SiteData = {
  asOf: '2026-11-28',
  sources: [{ source: 'disnaker-jabar', name: 'Disnakertrans Jawa Barat' }, { source: 'disnaker-dki', name: 'Disnakertrans DKI' }],
  provinces: [{ code: '32', name: 'Jawa Barat', slug: 'jawa-barat' }, { code: '33', name: 'Jawa Tengah', slug: 'jawa-tengah' }],
  regencies: [
    { code: '32.73', provinceCode: '32', name: 'Kota Bandung', kind: 'kota', slug: 'kota-bandung' },
    { code: '32.01', provinceCode: '32', name: 'Kabupaten Bogor', kind: 'kabupaten', slug: 'kabupaten-bogor' },
    { code: '33.74', provinceCode: '33', name: 'Kota Semarang', kind: 'kota', slug: 'kota-semarang' },
  ],
  occupations: [
    { code: '2', level: 'major', parentCode: null, titleId: 'Profesional', titleEn: 'Professionals', slug: '2-profesional' },
    { code: '22', level: 'sub_major', parentCode: '2', titleId: 'Profesional Kesehatan', titleEn: 'Health professionals', slug: '22-profesional-kesehatan' },
    { code: '222', level: 'minor', parentCode: '22', titleId: 'Profesional Keperawatan', titleEn: 'Nursing', slug: '222-profesional-keperawatan' },
    { code: '2221', level: 'unit', parentCode: '222', titleId: 'Profesional Perawat', titleEn: 'Nurses', slug: '2221-profesional-perawat' },
  ],
  vacancies: [
    vacancy({ slug: 'a', date_posted: '2026-11-01', valid_through: '2026-12-31' }),
    vacancy({ slug: 'b', date_posted: '2026-11-20', valid_through: '2026-11-30', openings: 3, also_published_by: ['disnaker-dki'] }),
    vacancy({ slug: 'c', date_posted: '2026-11-25', valid_through: '2026-11-27', is_open: false, closed_reason: 'expired' }),
    vacancy({ slug: 'd', regency_code: undefined, region_scope: 'province', date_posted: '2026-11-10', valid_through: '2026-12-02' }),
    vacancy({ slug: 'e', region_scope: 'overseas', country: 'JP', province_code: undefined, regency_code: undefined, is_open: false, closed_reason: 'filled' }),
  ],
};
