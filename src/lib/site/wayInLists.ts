import { t } from '../../i18n';
import { broadFeed } from './feedLinks';
import { formatCount } from './format';
import { groupLinks } from './groupLinks';
import type { SiteIndex } from './groupVacancies';
import { listBase, type ListView } from './listView';
import { placeLinks } from './homeSummary';
import { occupationUrl } from './urls';

const w = t.phone.waysIn;

/** Path of the list of every open vacancy; `/lowongan/2/` cannot be a vacancy, whose slugs are `{source}-{id}`. */
export const ALL_URL = '/lowongan/';
/** Path of the way in by place: every province, the nationwide list and the overseas overview. */
export const REGIONS_URL = '/wilayah/';
/** Path of the way in by occupation: every major group. */
export const OCCUPATIONS_URL = '/jabatan/';

/** Every open vacancy, newest first (`/lowongan/`, `/lowongan/2/`, …), with the nationwide feed. */
export function allVacanciesList(s: SiteIndex): ListView {
  const base = listBase(ALL_URL, w.allTitle, s.open.all);
  return {
    ...base,
    noindex: false,
    params: {},
    description: w.allDescription(formatCount(base.count)),
    crumbs: [{ label: w.allCrumb }],
    feed: broadFeed(ALL_URL, w.allFeedSubject, w.allFeedAbout),
  };
}

/** `/wilayah/`: every province, then the nationwide list and the overseas overview, with open counts; those without any named apart. */
export function regionsIndex(s: SiteIndex): ListView {
  const base = listBase(REGIONS_URL, w.regionsTitle, s.open.all);
  return {
    ...base,
    noindex: false,
    params: {},
    description: w.regionsDescription,
    crumbs: [{ label: w.regionsCrumb }],
    groups: { id: 'provinsi', heading: w.regionsHeading, emptyLabel: w.emptyLabel, links: placeLinks(s) },
  };
}

/** `/jabatan/`: every occupation major group with its open count. */
export function occupationsIndex(s: SiteIndex): ListView {
  const base = listBase(OCCUPATIONS_URL, w.occupationsTitle, s.open.all);
  return {
    ...base,
    noindex: false,
    params: {},
    description: w.occupationsDescription,
    crumbs: [{ label: w.occupationsCrumb }],
    groups: {
      id: 'golongan', heading: w.occupationsHeading, emptyLabel: w.emptyLabel,
      links: groupLinks(s.data.occupations.filter((o) => o.level === 'major'), (o) => ({ href: occupationUrl(o), label: o.titleId, list: s.open.byOccupation.get(o.code) })),
    },
  };
}
