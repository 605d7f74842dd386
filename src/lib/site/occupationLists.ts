import { t } from '../../i18n';
import type { Occupation } from '../reference/occupations';
import { occupationAncestors, occupationCrumbs } from './crumbs';
import { occupationFeed } from './feedLinks';
import { formatCount } from './format';
import { groupLinks, type GroupLink } from './groupLinks';
import type { SiteIndex } from './groupVacancies';
import { listBase, type ListView } from './listView';
import { occupationUrl } from './urls';

const l = t.lists;

/**
 * Where an empty occupation group points: the group above it and, when that one is empty too, the nearest group
 * above that has open vacancies; a major group points nowhere but home.
 */
function emptyPointers(s: SiteIndex, occupation: Occupation): GroupLink[] {
  const link = (o: Occupation) => ({ href: occupationUrl(o), label: o.titleId, count: s.open.byOccupation.get(o.code)?.length ?? 0 });
  const ancestors = occupationAncestors(s, occupation).map(link);
  const parent = ancestors.at(-1);
  const nearest = ancestors.findLast((o) => o.count > 0);
  return [parent, nearest !== parent ? nearest : undefined].filter((o): o is GroupLink => Boolean(o));
}

/** The list of every occupation group at every level (`/jabatan/<group>/`), with the finer groups inside it. */
export function occupationLists(s: SiteIndex): ListView[] {
  return s.data.occupations.map((occupation): ListView => {
    const base = listBase(occupationUrl(occupation), l.occupationTitle(occupation.titleId), s.open.byOccupation.get(occupation.code));
    const children = groupLinks(s.data.occupations.filter((o) => o.parentCode === occupation.code),
      (o) => ({ href: occupationUrl(o), label: o.titleId, list: s.open.byOccupation.get(o.code) }));
    // Feeds follow major groups: a reader subscribes to a broad field; a finer group offers its major group's feed.
    const major = s.occupationByCode.get(occupation.code.slice(0, 1))!;
    return {
      ...base,
      params: { group: occupation.slug },
      // Every vacancy is in exactly one unit group, which pages through all of them; the groups above show their newest.
      newestOnly: occupation.level !== 'unit',
      description: l.occupationDescription(occupation.titleId, occupation.code, formatCount(base.count)),
      caption: l.occupationCode(occupation.code),
      crumbs: occupationCrumbs(s, occupation),
      groups: children.length > 0 ? { id: 'kelompok', heading: l.subgroupsHeading, links: children, emptyLabel: l.subgroupsEmpty } : undefined,
      feed: occupationFeed(occupationUrl(major), major.titleId),
      empty: base.count > 0 ? undefined : { kind: 'occupation', title: occupation.titleId, pointers: emptyPointers(s, occupation) },
    };
  });
}
