import type { SiteIndex } from './groupVacancies';
import { countryUrl, NATIONAL_SLUG, occupationUrl, provinceUrl, regencyUrl } from './site';

/**
 * Paths of list pages that list no open vacancy (a province, the nationwide list, a kabupaten/kota, an occupation
 * group, an overseas country whose vacancies have all closed, the overseas overview). They stay, so a link to them keeps working and they
 * point to busier neighbours, but they ask search engines not to index them and stay out of the sitemap: an empty
 * list is a thin page. The list pages mark themselves `noindex` by the same rule (no open vacancy in their list).
 */
export function emptyListPaths(s: SiteIndex): string[] {
  const empty = (list: readonly unknown[] | undefined) => !list?.length;
  const paths: string[] = [];
  for (const p of s.data.provinces) if (empty(s.open.byProvince.get(p.code))) paths.push(provinceUrl(p));
  if (empty(s.open.national)) paths.push(provinceUrl({ slug: NATIONAL_SLUG }));
  for (const r of s.data.regencies) if (empty(s.open.byRegency.get(r.code))) paths.push(regencyUrl(s.provinceByCode.get(r.provinceCode)!, r));
  for (const o of s.data.occupations) if (empty(s.open.byOccupation.get(o.code))) paths.push(occupationUrl(o));
  for (const code of s.byCountry.keys()) if (empty(s.open.byCountry.get(code))) paths.push(countryUrl(code));
  if (![...s.open.byCountry.values()].some((list) => list.length)) paths.push('/luar-negeri/');
  return paths.sort();
}
