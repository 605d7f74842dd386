import { feedPath } from '../feeds/feedPath';
import type { SiteIndex } from './groupVacancies';
import type { ListView } from './listView';
import { occupationLists } from './occupationLists';
import { countryLists, overseasList } from './overseasLists';
import { provinceLists, regencyLists } from './regionLists';
import { allVacanciesList, occupationsIndex, regionsIndex } from './wayInLists';

/** Every list page of the site, by route. */
export interface ListPages {
  provinces: ListView[];
  regencies: ListView[];
  occupations: ListView[];
  countries: ListView[];
  overseas: ListView;
  /** Every open vacancy (`/lowongan/`), paginated. */
  all: ListView;
  /** The ways in: every province (`/wilayah/`), every occupation major group (`/jabatan/`). */
  regionsIndex: ListView;
  occupationsIndex: ListView;
}

const cache = new WeakMap<SiteIndex, ListPages>();

/** The view models of every list page, built once per site index and shared by the list routes and the feed route. */
export function listPages(s: SiteIndex): ListPages {
  let pages = cache.get(s);
  if (!pages) {
    pages = {
      provinces: provinceLists(s), regencies: regencyLists(s), occupations: occupationLists(s), countries: countryLists(s), overseas: overseasList(s),
      all: allVacanciesList(s), regionsIndex: regionsIndex(s), occupationsIndex: occupationsIndex(s),
    };
    cache.set(s, pages);
  }
  return pages;
}

/** All list pages in one array. */
export function allLists(s: SiteIndex): ListView[] {
  const { provinces, regencies, occupations, countries, overseas, all, regionsIndex: regions, occupationsIndex: majors } = listPages(s);
  return [...provinces, ...regencies, ...occupations, ...countries, overseas, all, regions, majors];
}

/** The lists that have a feed of their own (a finer occupation group offers its major group's instead). */
export function feedLists(s: SiteIndex): ListView[] {
  return allLists(s).filter((view) => view.feed?.path === feedPath(view.path));
}
