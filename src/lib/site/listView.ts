import { t } from '../../i18n';
import type { Vacancy } from '../schema/publishedVacancy';
import type { Crumb } from './breadcrumbList';
import type { GroupLink } from './groupLinks';

/** Items per list page: enough to scan on a phone, small enough to stay light. */
export const PAGE_SIZE = 20;

/** Links to the groups inside a list (kabupaten/kota, finer occupation groups, countries), shown on its first page. */
export interface GroupSection {
  /** Id of the section heading, in Indonesian (`kabkota`). */
  id: string;
  heading: string;
  links: GroupLink[];
  /** What precedes the names of groups without open vacancies. */
  emptyLabel: string;
  /** Said instead of the links when no group has an open vacancy (then the section points home). */
  none?: string;
}

/** The feed a list page offers, in its head and as a visible follow link. */
export interface FeedLink {
  /** Path of the feed (`/wilayah/jawa-barat/feed.xml`); a finer occupation group offers its major group's. */
  path: string;
  /** What the feed follows, as its title says it (`Jawa Barat`). */
  subject: string;
  /** `di Jawa Barat`, `untuk jabatan Profesional`. */
  about: string;
  /** The feed's title for feed readers. */
  title: string;
}

/** What a list without open vacancies offers instead of a dead end. */
export type EmptyState =
  | { kind: 'region'; place: string; province?: GroupLink; others: GroupLink[]; othersHeading: string; national: number }
  | { kind: 'occupation'; title: string; pointers: GroupLink[] }
  | { kind: 'country'; name: string };

/** One list page (every page of it), computed once from the site index: what the list layout renders. */
export interface ListView {
  /** Route parameters of the list, without `page`. */
  params: Record<string, string>;
  /** Path of its first page, ending in `/`. */
  path: string;
  /** Page title without the site name or page number. */
  title: string;
  description: string;
  heading: string;
  caption?: string;
  crumbs: Crumb[];
  /** Open vacancies in the list. */
  count: number;
  /** A list without open vacancies stays reachable but asks not to be indexed. */
  noindex: boolean;
  /** Open vacancies, newest first. */
  vacancies: readonly Vacancy[];
  /**
   * Only the newest page is rendered: every one of its vacancies is listed, page by page, in the finer groups inside it
   * (an occupation group above the unit groups), so paging through it too would repeat them.
   */
  newestOnly?: boolean;
  /** A line under the heading: a notice, or a link to vacancies that apply here too. */
  note?: { text: string; href?: string; className?: string };
  groups?: GroupSection;
  feed?: FeedLink;
  /** Present exactly when the list has no open vacancy. */
  empty?: EmptyState;
}

/** The parts every list shares, from its path, heading and open vacancies. */
export function listBase(path: string, heading: string, vacancies: readonly Vacancy[] | undefined) {
  const list = vacancies ?? [];
  return { path, heading, title: heading, vacancies: list, count: list.length, noindex: list.length === 0 };
}

/** The page title of page `page` of a list: its title, naming the page after the first (`… (halaman 2)`). */
export function listPageTitle(view: Pick<ListView, 'title'>, page: number): string {
  return t.lists.pageTitle(view.title, page);
}
