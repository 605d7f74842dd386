import { t } from '../../i18n';
import type { Crumb } from '../site/breadcrumbList';
import type { SiteIndex } from '../site/groupVacancies';
import type { ListView } from '../site/listView';
import { placeLabel } from '../site/placeLabel';
import { vacancyUrl } from '../site/urls';
import { formatDate } from '../site/format';
import { newestOpen } from './newestOpen';

/** What a feed's page shows: the feed it explains, the list it follows, and the feed's items as links. */
export interface FeedPageView {
  /** The feed's title (`Lowongan kerja baru di Jawa Barat`). */
  title: string;
  /** Path of the feed (`/wilayah/jawa-barat/feed.xml`). */
  feed: string;
  /** The list page the feed follows. */
  list: { href: string; label: string };
  /** The list's trail, then this page. */
  crumbs: Crumb[];
  items: { href: string; title: string; detail: string }[];
}

/** The view model of a feed's page: the same newest open vacancies as the feed itself. */
export function feedPage(s: SiteIndex, view: ListView): FeedPageView {
  const feed = view.feed!;
  return {
    title: feed.title,
    feed: feed.path,
    list: { href: view.path, label: view.title },
    crumbs: [...view.crumbs.map((c) => (c.href ? c : { ...c, href: view.path })), { label: t.phone.feedPage.crumb }],
    items: newestOpen(view.vacancies).map((v) => ({
      href: vacancyUrl(v), title: v.title, detail: t.phone.feedPage.item(v.employer_name, placeLabel(s, v), formatDate(v.valid_through)),
    })),
  };
}
