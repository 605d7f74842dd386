import { t } from '../../i18n';
import { countryName, countrySlug } from './countryNames';
import { broadFeed } from './feedLinks';
import { formatCount } from './format';
import type { SiteIndex } from './groupVacancies';
import { listBase, type ListView } from './listView';
import { countryUrl, OVERSEAS_URL } from './urls';

const l = t.lists;
const notice = { text: l.overseasNotice, className: 'notice' };

/** The list of every overseas placement country that has had a vacancy (`/luar-negeri/<country>/`). */
export function countryLists(s: SiteIndex): ListView[] {
  return s.countries.map((code): ListView => {
    const name = countryName(code);
    const base = listBase(countryUrl(code), l.regionTitle(name), s.open.byCountry.get(code));
    return {
      ...base,
      params: { country: countrySlug(code) },
      description: l.regionDescription(name, formatCount(base.count)),
      caption: t.labels.overseas,
      crumbs: [{ href: OVERSEAS_URL, label: t.labels.overseas }, { label: name }],
      note: notice,
      empty: base.count > 0 ? undefined : { kind: 'country', name },
    };
  });
}

/** The overseas overview (`/luar-negeri/`): its countries by name with their open counts; it lists no vacancy itself. */
export function overseasList(s: SiteIndex): ListView {
  const countries = s.countries
    .map((code) => ({ href: countryUrl(code), label: countryName(code), count: s.open.byCountry.get(code)?.length ?? 0 }))
    .sort((a, b) => a.label.localeCompare(b.label, t.locale.intl));
  const base = listBase(OVERSEAS_URL, l.overseasTitle, s.open.all.filter((v) => v.region_scope === 'overseas'));
  return {
    ...base,
    params: {},
    description: l.overseasDescription,
    crumbs: [{ label: t.labels.overseas }],
    note: notice,
    groups: { id: 'negara', heading: l.countryHeading, links: countries, emptyLabel: l.subgroupsEmpty, none: base.count > 0 ? undefined : l.overseasNone },
    feed: broadFeed(OVERSEAS_URL, t.phone.waysIn.overseasFeedSubject, t.phone.waysIn.overseasFeedAbout),
  };
}
