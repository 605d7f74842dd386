import { t } from '../../i18n';
import { countryByCode } from '../reference/countries';
import { slugify } from '../slugify';
import type { Vacancy } from '../schema/publishedVacancy';
import { siteIndex, type SiteIndex } from './groupVacancies';
import { loadSiteData } from './siteData';

/** The grouped site data for this build; the one entry point pages use. */
export function site(): SiteIndex {
  return siteIndex(loadSiteData);
}

/** Indonesian name of a country code (`JP` → `Jepang`), from the pinned country table. */
export function countryName(code: string): string {
  return countryByCode(code)?.id ?? code;
}

/** Slug of an overseas placement country (`korea-selatan`), pinned in the country table so its address never changes. */
export function countrySlug(code: string): string {
  return countryByCode(code)?.slug ?? slugify(code);
}

/** Place of work as a reader says it: `Kota Bandung, Jawa Barat`, `Seluruh Indonesia`, `Jepang`. */
export function placeLabel(s: Pick<SiteIndex, 'provinceByCode' | 'regencyByCode'>, v: Vacancy): string {
  if (v.region_scope === 'overseas') return countryName(v.country) + (v.region ? ` (${v.region})` : '');
  if (v.region_scope === 'national') return t.labels.nationwide;
  const province = s.provinceByCode.get(v.province_code ?? '')?.name ?? '';
  const regency = v.regency_code ? s.regencyByCode.get(v.regency_code)?.name : undefined;
  return regency ? `${regency}, ${province}` : province;
}

/** Path of a vacancy page. */
export const vacancyUrl = (v: Pick<Vacancy, 'slug'>) => `/lowongan/${v.slug}/`;

/** Slug of the nationwide list, beside the provinces under `/wilayah/`. */
export const NATIONAL_SLUG = 'seluruh-indonesia';

/** Path of a province's list (`/wilayah/jawa-barat/`), or of the nationwide list. */
export const provinceUrl = (province: { slug: string }) => `/wilayah/${province.slug}/`;

/** Path of a kabupaten/kota list (`/wilayah/jawa-barat/kota-bandung/`). */
export const regencyUrl = (province: { slug: string }, regency: { slug: string }) => `/wilayah/${province.slug}/${regency.slug}/`;

/** Path of an occupation group list (`/jabatan/2221-profesional-perawat/`). */
export const occupationUrl = (occupation: { slug: string }) => `/jabatan/${occupation.slug}/`;

/** Path of an overseas country list (`/luar-negeri/jepang/`). */
export const countryUrl = (code: string) => `/luar-negeri/${countrySlug(code)}/`;
