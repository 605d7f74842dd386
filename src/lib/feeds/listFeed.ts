import type { Vacancy } from '../schema/publishedVacancy';
import type { SiteIndex } from '../site/groupVacancies';
import { placeLabel } from '../site/placeLabel';
import { vacancyUrl } from '../site/urls';
import { feedPath } from './feedPath';
import { newestOpen } from './newestOpen';
import { vacancyFeedXml } from './vacancyFeed';

/** The feed of a list page as an HTTP response: its newest open vacancies, with addresses under the configured site URL. */
export async function listFeedResponse(s: SiteIndex, site: URL | undefined, subject: string, listPath: string, list: readonly Vacancy[]): Promise<Response> {
  if (!site) throw new Error('Feed membutuhkan `site` di astro.config.mjs. / Feeds need `site` in astro.config.mjs.');
  const xml = await vacancyFeedXml({
    subject,
    pageUrl: new URL(listPath, site).href,
    feedUrl: new URL(feedPath(listPath), site).href,
    asOf: s.data.asOf,
    vacancies: newestOpen(list).map((vacancy) => ({ vacancy, url: new URL(vacancyUrl(vacancy), site).href, place: placeLabel(s, vacancy) })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
