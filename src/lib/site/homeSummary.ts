import { t } from '../../i18n';
import type { Vacancy } from '../schema/publishedVacancy';
import { everyVacancy } from '../pipeline/workFolderSchemas';
import { daysBetween } from './format';
import { groupLinks, type GroupLink } from './groupLinks';
import type { SiteIndex } from './groupVacancies';
import { NATIONAL_SLUG, OVERSEAS_URL, occupationUrl, provinceUrl } from './urls';
import { shortPlaceName } from './shortNames';

/** How many days ahead "closing soon" looks. */
export const CLOSING_SOON_DAYS = 7;

/** Totals and short lists for the home page. */
export interface HomeSummary {
  openVacancies: number;
  /** Positions to fill across open vacancies (sum of `openings`). */
  openPositions: number;
  /** Offices that reported at least one published vacancy. */
  offices: number;
  newest: Vacancy[];
  closingSoon: Vacancy[];
  /** Every province, then the nationwide list and the overseas overview, with their open counts. */
  places: GroupLink[];
  /** The occupation major groups with their open counts. */
  majors: GroupLink[];
}

/** Links to every province, the nationwide list and the overseas overview. */
export function placeLinks(s: SiteIndex): GroupLink[] {
  return [
    ...groupLinks(s.data.provinces, (p) => ({ href: provinceUrl(p), label: shortPlaceName(p.name), list: s.open.byProvince.get(p.code) })),
    { href: provinceUrl({ slug: NATIONAL_SLUG }), label: t.home.national, count: s.open.national.length },
    { href: OVERSEAS_URL, label: t.home.overseas, count: [...s.open.byCountry.values()].reduce((n, list) => n + list.length, 0) },
  ];
}

/** Whether an open vacancy closes within CLOSING_SOON_DAYS of the data's date. */
export function closesSoon(asOf: string, v: Pick<Vacancy, 'valid_through'>): boolean {
  return daysBetween(asOf, v.valid_through) <= CLOSING_SOON_DAYS;
}

/** The home page's totals, links to every place and major group, the `newest` newest open vacancies and the `closing` closing soonest (within a week). */
export function homeSummary(s: SiteIndex, newest = 8, closing = 5): HomeSummary {
  const open = s.open.all;
  const byDeadline = open.filter((v) => closesSoon(s.data.asOf, v))
    .sort((a, b) => (a.valid_through < b.valid_through ? -1 : a.valid_through > b.valid_through ? 1 : a.slug < b.slug ? -1 : 1));
  const offices = new Set(everyVacancy(s.data).flatMap((v) => [v.source, ...v.also_published_by]));
  return {
    openVacancies: open.length,
    openPositions: open.reduce((sum, v) => sum + v.openings, 0),
    offices: offices.size,
    newest: open.slice(0, newest),
    closingSoon: byDeadline.slice(0, closing),
    places: placeLinks(s),
    majors: groupLinks(s.data.occupations.filter((o) => o.level === 'major'), (o) => ({ href: occupationUrl(o), label: o.titleId, list: s.open.byOccupation.get(o.code) })),
  };
}
