import fs from 'node:fs';
import path from 'node:path';
import { t } from '../../i18n';

/** Publications in the change feed: the newest ones; older change files stay downloadable by their dated name. */
const FEED_ITEMS = 60;

/**
 * JSON Feed 1.1 of the publications' change files, newest first: a client polls it and downloads the change files of
 * the dates it has not seen. `dir` holds `<date>.json` files (changes.ts); links are under `<siteUrl>/data/perubahan/`.
 */
export function changeFeed(dir: string, dates: readonly string[], siteUrl: string): string {
  const base = new URL('data/perubahan/', siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
  const items = dates.slice(0, FEED_ITEMS).map((date) => {
    const { counts } = JSON.parse(fs.readFileSync(path.join(dir, `${date}.json`), 'utf8')) as { counts: Record<string, number> };
    return {
      id: `${base}${date}.json`, url: `${base}${date}.json`, date_published: `${date}T00:00:00Z`,
      title: t.history.changesTitle(date), content_text: t.history.changesSummary(counts),
      attachments: [{ url: `${base}${date}.json`, mime_type: 'application/json' }, { url: `${base}${date}.csv`, mime_type: 'text/csv' }],
    };
  });
  return `${JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: t.history.feedTitle, feed_url: `${base}feed.json`, language: 'id', items }, null, 1)}\n`;
}
