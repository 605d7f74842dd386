import { t } from '../../i18n';
import type { Province, Regency } from '../reference/regions';
import { placeFeed } from './feedLinks';
import { formatCount } from './format';
import { busiest, groupLinks, type GroupLink } from './groupLinks';
import type { SiteIndex } from './groupVacancies';
import { listBase, type ListView } from './listView';
import { NATIONAL_SLUG, provinceUrl, regencyUrl } from './urls';
import { shortPlaceName } from './shortNames';

const l = t.lists;

/** How many busier places an empty list points to. */
const NEIGHBOURS = 10;

/** Each province's kabupaten/kota, in reference order. */
function regenciesByProvince(s: SiteIndex): Map<string, Regency[]> {
  const map = new Map<string, Regency[]>();
  for (const r of s.data.regencies) {
    const list = map.get(r.provinceCode);
    if (list) list.push(r);
    else map.set(r.provinceCode, [r]);
  }
  return map;
}

const regencyLinks = (s: SiteIndex, province: { slug: string }, regencies: readonly Regency[]): GroupLink[] =>
  groupLinks(regencies, (r) => ({ href: regencyUrl(province, r), label: shortPlaceName(r.name), list: s.open.byRegency.get(r.code) }));

/** The list of every province and of the nationwide vacancies (`/wilayah/<province>/`), with its kabupaten/kota. */
export function provinceLists(s: SiteIndex): ListView[] {
  const regencies = regenciesByProvince(s);
  const provinceLinks = groupLinks(s.data.provinces, (p) => ({ href: provinceUrl(p), label: shortPlaceName(p.name), list: s.open.byProvince.get(p.code) }));
  const areas = [
    ...s.data.provinces.map((p) => ({ slug: p.slug, name: shortPlaceName(p.name), code: p.code, list: s.open.byProvince.get(p.code) })),
    { slug: NATIONAL_SLUG, name: t.phone.waysIn.nationalName, code: '', list: s.open.national },
  ];
  return areas.map((area): ListView => {
    const heading = area.code ? l.regionTitle(area.name) : t.phone.waysIn.nationalTitle;
    const base = listBase(provinceUrl(area), heading, area.list);
    const links = regencyLinks(s, area, regencies.get(area.code) ?? []);
    return {
      ...base,
      params: { province: area.slug },
      description: l.regionDescription(area.name, formatCount(base.count)),
      crumbs: [{ label: area.name }],
      groups: links.length > 0 ? { id: 'kabkota', heading: l.regenciesHeading, links, emptyLabel: l.regenciesEmpty } : undefined,
      feed: placeFeed(base.path, area.name),
      empty: base.count > 0 ? undefined : {
        kind: 'region', place: area.name, othersHeading: l.otherProvincesHeading, national: s.open.national.length,
        others: busiest(provinceLinks.filter((p) => p.href !== base.path), NEIGHBOURS),
      },
    };
  });
}

/** The list of one kabupaten/kota, which also points to the vacancies reported for its whole province. */
function regencyList(s: SiteIndex, province: Province, regency: Regency, siblings: readonly Regency[]): ListView {
  const [provinceName, regencyName] = [shortPlaceName(province.name), shortPlaceName(regency.name)];
  const base = listBase(regencyUrl(province, regency), l.regionTitle(regencyName), s.open.byRegency.get(regency.code));
  const provinceLink = { href: provinceUrl(province), label: provinceName, count: s.open.byProvince.get(province.code)?.length ?? 0 };
  // Vacancies reported for the whole province (no kabupaten/kota) apply here too.
  const provinceWide = s.open.provinceWide.get(province.code)?.length ?? 0;
  return {
    ...base,
    params: { province: province.slug, regency: regency.slug },
    description: l.regionDescription(`${regencyName}, ${provinceName}`, formatCount(base.count)),
    caption: provinceName,
    crumbs: [{ href: provinceLink.href, label: provinceName }, { label: regencyName }],
    note: provinceWide > 0 ? { text: l.provinceWide(formatCount(provinceWide), provinceName), href: provinceLink.href } : undefined,
    feed: placeFeed(base.path, regencyName),
    empty: base.count > 0 ? undefined : {
      kind: 'region', place: regencyName, province: provinceLink, othersHeading: l.neighboursHeading(provinceName), national: s.open.national.length,
      others: busiest(regencyLinks(s, province, siblings.filter((r) => r.code !== regency.code)), NEIGHBOURS),
    },
  };
}

/** The list of every kabupaten/kota (`/wilayah/<province>/<regency>/`). */
export function regencyLists(s: SiteIndex): ListView[] {
  const regencies = regenciesByProvince(s);
  return s.data.regencies.map((r) => regencyList(s, s.provinceByCode.get(r.provinceCode)!, r, regencies.get(r.provinceCode) ?? []));
}
