import type { Vacancy } from '../schema/publishedVacancy';

/** A link to a list page with its number of open vacancies. */
export interface GroupLink {
  href: string;
  label: string;
  count: number;
}

/** Links to groups, each counted from its open list (a missing list counts 0). */
export function groupLinks<T>(groups: readonly T[], describe: (group: T) => { href: string; label: string; list: readonly Vacancy[] | undefined }): GroupLink[] {
  return groups.map((group) => {
    const { href, label, list } = describe(group);
    return { href, label, count: list?.length ?? 0 };
  });
}

/** Groups with open vacancies, and those without (shown apart, so no link leads to an empty list by surprise). */
export function splitByCount(links: readonly GroupLink[]): { withVacancies: GroupLink[]; empty: GroupLink[] } {
  return { withVacancies: links.filter((l) => l.count > 0), empty: links.filter((l) => l.count === 0) };
}

/** The `n` groups with the most open vacancies (ties by name): where to send a reader from an empty list. */
export function busiest(links: readonly GroupLink[], n: number): GroupLink[] {
  return links.filter((l) => l.count > 0).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'id')).slice(0, n);
}
