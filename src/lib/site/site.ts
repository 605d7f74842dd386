import { slugify } from '../slugify';
import type { Vacancy } from '../schema/publishedVacancy';
import { siteIndex, type SiteIndex } from './groupVacancies';
import { loadSiteData } from './siteData';

/** The grouped site data for this build; the one entry point pages use. */
export function site(): SiteIndex {
  return siteIndex(loadSiteData);
}

const countryNames = new Intl.DisplayNames(['id'], { type: 'region' });

/** Indonesian name of a country code (`JP` → `Jepang`). */
export function countryName(code: string): string {
  return countryNames.of(code) ?? code;
}

/** Slug of an overseas placement country: its Indonesian name (`korea-selatan`). */
export function countrySlug(code: string): string {
  return slugify(countryName(code));
}

/** Place of work as a reader says it: `Kota Bandung, Jawa Barat`, `Seluruh Indonesia`, `Jepang`. */
export function placeLabel(s: SiteIndex, v: Vacancy): string {
  if (v.region_scope === 'overseas') return countryName(v.country) + (v.region ? ` (${v.region})` : '');
  if (v.region_scope === 'national') return 'Seluruh Indonesia';
  const province = s.provinceByCode.get(v.province_code ?? '')?.name ?? '';
  const regency = v.regency_code ? s.regencyByCode.get(v.regency_code)?.name : undefined;
  return regency ? `${regency}, ${province}` : province;
}

/** Path of a vacancy page. */
export const vacancyUrl = (v: Pick<Vacancy, 'slug'>) => `/lowongan/${v.slug}/`;
