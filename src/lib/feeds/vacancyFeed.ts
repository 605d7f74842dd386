import { getRssString } from '@astrojs/rss';
import { t } from '../../i18n';
import { formatDate } from '../site/format';
import { feedItem, type FeedVacancy } from './feedItem';
import { escapeHtml } from '../escapeHtml';

/** One feed of new vacancies for a list page (a province, a kabupaten/kota, an occupation major group). */
export interface VacancyFeed {
  /** `Jawa Barat`, `Profesional`: what the feed follows, as the list page names it. */
  subject: string;
  /** Absolute URL of the list page the feed follows. */
  pageUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** The data's "as of" date (YYYY-MM-DD): the feed's lastBuildDate, so two builds of the same data are identical. */
  asOf: string;
  /** Newest first. */
  vacancies: FeedVacancy[];
}

/** RSS 2.0 text of a feed, in Indonesian; nothing in it depends on the build's clock. */
export function vacancyFeedXml(feed: VacancyFeed): Promise<string> {
  const lastBuildDate = new Date(`${feed.asOf}T00:00:00Z`).toUTCString();
  return getRssString({
    title: t.feed.channelTitle(feed.subject),
    description: t.feed.channelDescription(feed.subject, formatDate(feed.asOf)),
    site: feed.pageUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${t.locale.lang}</language><lastBuildDate>${lastBuildDate}</lastBuildDate>`
      + `<atom:link href="${escapeHtml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    items: feed.vacancies.map(feedItem),
  });
}
