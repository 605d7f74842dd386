import type { SiteIndex } from './groupVacancies';
import { allLists } from './listPages';

/**
 * Paths of list pages that list no open vacancy (a province, the nationwide list, a kabupaten/kota, an occupation
 * group, an overseas country whose vacancies have all closed, the overseas overview). They stay, so a link to them keeps working and they
 * point to busier neighbours, but they ask search engines not to index them and stay out of the sitemap: an empty
 * list is a thin page. Read from the list view models, so the sitemap and the pages' `noindex` follow one rule.
 */
export function emptyListPaths(s: SiteIndex): string[] {
  return allLists(s).filter((view) => view.noindex).map((view) => view.path).sort();
}
