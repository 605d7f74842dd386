import { t } from '../../i18n';
import { feedPath } from '../feeds/feedPath';
import type { FeedLink } from './listView';

/** The feed of a place's list (`/wilayah/jawa-barat/feed.xml`, "di Jawa Barat"). */
export function placeFeed(listPath: string, place: string): FeedLink {
  const about = t.feed.aboutPlace(place);
  return { path: feedPath(listPath), subject: place, about, title: t.feed.title(about) };
}

/** The feed of an occupation major group's list, which its finer groups offer too. */
export function occupationFeed(majorPath: string, major: string): FeedLink {
  const about = t.feed.aboutOccupation(major);
  return { path: feedPath(majorPath), subject: major, about, title: t.feed.title(about) };
}

/** A feed that follows no one place or group: every open vacancy, or every overseas one. */
export function broadFeed(listPath: string, subject: string, about: string): FeedLink {
  return { path: feedPath(listPath), subject, about, title: t.feed.title(about) };
}
