import type { Vacancy } from '../schema/publishedVacancy';
import { POSTED_BANDS, type PostedBand } from './searchBands';

/**
 * The date a search index is cut as of. Vacancies close by date every day, and an index rebuilt for each day's closures
 * would be rebuilt whole every day (every shard holds some vacancy closing that day), data update or not. So the index
 * is cut as of the data's newest posting date (`since`, never after the build date): it holds the vacancies open on
 * that day that have not closed otherwise (filled, cancelled, withdrawn), and its records say nothing relative to the
 * build date. The search page hides those closed by date since (by their closing date: `berakhir`, `tutup`) and
 * turns "posted within" into posting dates (`windowFilters`). A build on a later day with the same data cuts the same
 * index, and reuses every shard.
 *
 * A data update with new vacancies moves `since` to its day. So that it does not re-cut the whole index, the vacancies
 * posted before the week of `since` (before its Monday, `base`) are cut as of that Monday instead: their shards
 * (searchShards.ts) stay the same all week while new vacancies arrive, and only the week's shards are cut again. Their
 * records name the closings of the days after the Monday up to `since`'s horizon (`berakhir`), so the page hides with
 * one filter for both.
 */
export interface SearchWindow {
  /** The day the index is cut as of: the newest posting date on or before the build date (the build date when none is). */
  since: string;
  /** Days after `since` whose closings the small filter `berakhir` names (default `SOON_DAYS`). */
  soonDays?: number;
}

/** The index's two cuts: the week's vacancies as of `since`, the older ones as of `base`, the Monday of `since`'s week. */
export interface WindowCuts extends SearchWindow {
  base: string;
}

/** The "posted within" value of a vacancy posted after `since` (so after the build date: no posting between them). */
export const POSTED_LATER = 'nanti';

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
/** Every date from `from` to `to`, both included (none when `to` is before `from`). */
const datesBetween = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => isoDay(from + i));

/** The Monday on or before a date (day 0, 1970-01-01, was a Thursday). */
export function weekStart(iso: string): string {
  const n = dayNumber(iso);
  return isoDay(n - ((((n - 4) % 7) + 7) % 7));
}

/** The window of a data set on a build date: cut as of its newest posting date on or before that date, and the Monday of that week. */
export function searchWindow(vacancies: readonly Pick<Vacancy, 'date_posted'>[], asOf: string): WindowCuts {
  let since = '';
  for (const v of vacancies) if (v.date_posted <= asOf && v.date_posted > since) since = v.date_posted;
  return { since: since || asOf, base: weekStart(since || asOf) };
}

/** Whether a vacancy is cut as of the Monday (`base`): posted before the week of `since`. */
export function isOlder(v: Pick<Vacancy, 'date_posted'>, cuts: WindowCuts): boolean {
  return v.date_posted < cuts.base;
}

/**
 * The window a vacancy's record is cut as of: its week's (`since`), or the Monday's for an older one, whose `berakhir`
 * reaches as far past `since` as the week's does (`since` is at most six days after the Monday).
 */
export function windowOf(v: Pick<Vacancy, 'date_posted'>, cuts: WindowCuts): SearchWindow {
  return isOlder(v, cuts) ? { since: cuts.base, soonDays: SOON_DAYS + 6 } : { since: cuts.since };
}

type Indexed = Pick<Vacancy, 'is_open' | 'closed_reason' | 'valid_through'>;

/** Whether a vacancy is in the window's search index: open, or closed by date only and still open on the day it was cut. */
export function isIndexed(v: Indexed, window: SearchWindow): boolean {
  return v.is_open || (v.closed_reason === 'expired' && v.valid_through >= window.since);
}

/** A vacancy's "posted within" value in its search record: its posting date, or `nanti` for one posted after the index was cut. */
export function postedValue(datePosted: string, window: SearchWindow): string {
  return datePosted <= window.since ? datePosted : POSTED_LATER;
}

/**
 * Days after the cut whose closings a small filter names (`berakhir`): a weekend between two updates. Hiding by
 * `tutup`, which every record carries, costs every search its file (≈ 22 KB a 10,000-vacancy shard, measured at
 * 100k); `berakhir` holds only the vacancies closing in these days (≈ a fifth at 100k). Later, `tutup` serves.
 */
export const SOON_DAYS = 3;

/** Whether a vacancy's record names its closing date in `berakhir`: it closes in the first `soonDays` days from the cut. */
export function closesSoon(validThrough: string, window: SearchWindow): boolean {
  return dayNumber(validThrough) < dayNumber(window.since) + (window.soonDays ?? SOON_DAYS);
}

/** What the search page adds to every search on a build date: the closing dates it hides and the posting values of each "posted within" band. */
export interface WindowFilters {
  /**
   * Closing dates from the day the older vacancies were cut (`base`) to the day before the build date, closed by now,
   * and the filter that hides them (`{ none: dates }`): `berakhir` within `SOON_DAYS` of `since`, `tutup` after; none
   * on a Monday's build with that day's postings.
   */
  closed?: { key: 'berakhir' | 'tutup'; dates: string[] };
  /** Each band's posting values (`{ any: … }` on `diposting`): its days up to the day the index was cut, and later postings. */
  posted: Record<PostedBand, string[]>;
}

/** The search page's date filters on a build date: what makes an index cut on an earlier day answer as if cut that day. */
export function windowFilters(window: WindowCuts, asOf: string): WindowFilters {
  const day = dayNumber(asOf);
  const since = dayNumber(window.since);
  if (since > day) throw new Error(`search index cut as of ${window.since}, after the build date ${asOf}`);
  const posted = Object.fromEntries(POSTED_BANDS.map((band) => [band.value, [...datesBetween(day - band.days, since), POSTED_LATER]])) as Record<PostedBand, string[]>;
  const closed = datesBetween(dayNumber(window.base), day - 1);
  if (!closed.length) return { posted };
  return { closed: { key: day - 1 < since + SOON_DAYS ? 'berakhir' : 'tutup', dates: closed }, posted };
}

/** Counts by posting value (a search's `diposting` counts) summed into the bands. */
export function postedCounts(byValue: Readonly<Record<string, number>>, posted: WindowFilters['posted']): Record<string, number> {
  return Object.fromEntries(Object.entries(posted).map(([band, values]) => [band, values.reduce((sum, value) => sum + (byValue[value] ?? 0), 0)]));
}
