import type { SiteIndex } from './groupVacancies';
import { PAGE_SIZE, type ListView } from './listView';
import { vacancyCard, type VacancyCardView } from './vacancyCard';

/** The shape of Astro's `paginate()` as the list routes call it (kept structural so the library needs no Astro import). */
export type Paginate<R> = (cards: VacancyCardView[], options: { pageSize: number; params: Record<string, string>; props: { view: ListView } }) => R[];

/**
 * getStaticPaths entries of a route's lists: Astro's pages of PAGE_SIZE cards (`/base/`, `/base/2/`, …), each with its
 * list's view; a list that shows only its newest page gets that one page.
 */
export function listPaths<R>(s: SiteIndex, views: readonly ListView[], paginate: Paginate<R>): R[] {
  return views.flatMap((view) => {
    const shown = view.newestOnly ? view.vacancies.slice(0, PAGE_SIZE) : view.vacancies;
    return paginate(shown.map((v) => vacancyCard(s, v)), { pageSize: PAGE_SIZE, params: view.params, props: { view } });
  });
}
