import type { RSSFeedItem } from '@astrojs/rss';
import { t } from '../../i18n';
import type { Vacancy } from '../schema/publishedVacancy';
import { formatDate, formatSalary } from '../site/format';
import { employmentTypeText } from '../site/labels';
import { firstWords } from '../site/text';
import { escapeHtml } from '../escapeHtml';

/** What a feed item shows of a vacancy, resolved by the caller: its page address and its place as a reader says it. */
export interface FeedVacancy {
  vacancy: Vacancy;
  /** Absolute URL of the vacancy page; also the item's guid. */
  url: string;
  /** `Kota Bandung, Jawa Barat`. */
  place: string;
}

/** Short plain-text summary: pay, type, openings, closing date, then the first words of the description. */
export function feedSummary(v: Vacancy): string {
  const facts = [
    formatSalary(v.salary_min, v.salary_max, v.salary_currency) ?? t.pay.notStated,
    employmentTypeText[v.employment_type],
    t.count.people(String(v.openings)),
    t.feed.applyBefore(formatDate(v.valid_through)),
  ].filter(Boolean);
  return `${facts.join(' · ')}. ${firstWords(v.description, 30)}`;
}

/** One RSS item: `title — employer, place`, linked (and identified) by the vacancy page, dated by its first publication (the ledger), else date_posted. */
export function feedItem({ vacancy: v, url, place }: FeedVacancy): RSSFeedItem {
  return {
    title: `${v.title} — ${v.employer_name}, ${place}`,
    link: url,
    pubDate: new Date(`${v.first_published ?? v.date_posted}T00:00:00Z`),
    description: escapeHtml(feedSummary(v)),
  };
}
