import { t } from '../../i18n';
import type { Occupation } from '../reference/occupations';
import type { Vacancy } from '../schema/publishedVacancy';
import type { Crumb } from './breadcrumbList';
import type { SiteIndex } from './groupVacancies';
import { countryName } from './countryNames';
import { countryUrl, NATIONAL_SLUG, occupationUrl, OVERSEAS_URL, provinceUrl, regencyUrl } from './urls';
import { shortPlaceName } from './shortNames';

/** Breadcrumbs (after home) of the lists a vacancy belongs to by place: province › kabupaten/kota, nationwide, or overseas › country. */
export function placeCrumbs(s: SiteIndex, v: Vacancy): Crumb[] {
  if (v.region_scope === 'overseas') return [{ href: OVERSEAS_URL, label: t.labels.overseas }, { href: countryUrl(v.country), label: countryName(v.country) }];
  if (v.region_scope === 'national') return [{ href: provinceUrl({ slug: NATIONAL_SLUG }), label: t.phone.waysIn.nationalName }];
  const province = v.province_code ? s.provinceByCode.get(v.province_code) : undefined;
  const regency = v.regency_code ? s.regencyByCode.get(v.regency_code) : undefined;
  if (!province) return [];
  return [{ href: provinceUrl(province), label: shortPlaceName(province.name) }, ...(regency ? [{ href: regencyUrl(province, regency), label: shortPlaceName(regency.name) }] : [])];
}

/** The occupation groups above a group, major first (`2221` → 2, 22, 222). */
export function occupationAncestors(s: SiteIndex, occupation: Pick<Occupation, 'code'>): Occupation[] {
  return [1, 2, 3].filter((n) => n < occupation.code.length).map((n) => s.occupationByCode.get(occupation.code.slice(0, n))).filter((o): o is Occupation => Boolean(o));
}

/** Breadcrumbs (after home) of an occupation group page: its ancestors, then itself. */
export function occupationCrumbs(s: SiteIndex, occupation: Occupation): Crumb[] {
  return [...occupationAncestors(s, occupation).map((a) => ({ href: occupationUrl(a), label: a.titleId })), { label: occupation.titleId }];
}
