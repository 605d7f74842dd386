import type { Vacancy } from '../schema/publishedVacancy';

/** How many vacancies a feed carries: enough for a reader that checks once a day, small enough to stay light. */
export const FEED_SIZE = 50;

/** The newest open vacancies of a list that is already newest first (as every SiteIndex list is). */
export function newestOpen(list: readonly Vacancy[], size = FEED_SIZE): Vacancy[] {
  const open: Vacancy[] = [];
  for (const v of list) {
    if (!v.is_open) continue;
    open.push(v);
    if (open.length === size) break;
  }
  return open;
}
