import { compareCodeUnits } from '../compareCodeUnits';
import type { Vacancy } from '../schema/publishedVacancy';

/**
 * Search index shards. Every open vacancy is indexed twice:
 * - in its province's shard (`provinsi-32`; nationwide and overseas vacancies in `nasional-luar-negeri`), so a search
 *   within one province loads only that province's pages;
 * - in one of the nationwide "recent" partitions (`semua-1` newest, `semua-2`, …): all open vacancies ordered by
 *   posting date, newest first, cut into parts of at most `partitionPages`. A nationwide newest-first search loads
 *   `semua-1` and opens the next part only when a page of results needs it, so its first download does not grow with
 *   the whole country (a Pagefind index costs every search ~5.5 B per page plus ~2.5 B per page per sort key).
 * Each shard is indexed on its own, so no Pagefind process holds the whole country.
 */
export const NATIONAL_SHARD = 'nasional-luar-negeri';
/** Prefix of the nationwide recent partitions. */
export const RECENT_PREFIX = 'semua-';
/** Default size of a recent partition: a nationwide first search loads one (measured in BENCHMARKS.md). */
export const DEFAULT_PARTITION_PAGES = 10_000;

/** Which vacancy goes to which shard, as validate writes it for the build and the search page. */
export interface ShardPlan {
  /** Shard name → open vacancies' page slugs: province shards by code, the nationwide/overseas shard, then the recent partitions. */
  shards: Record<string, string[]>;
  /** Names of the recent partitions, newest first. */
  recent: string[];
}

/** The province shard an open vacancy's search record goes to. */
export function shardOf(v: Pick<Vacancy, 'province_code'>): string {
  return v.province_code ? `provinsi-${v.province_code}` : NATIONAL_SHARD;
}

type Placed = Pick<Vacancy, 'province_code' | 'slug' | 'is_open' | 'date_posted'>;

/** Open vacancies' page slugs per shard; closed ones are not indexed, empty shards are left out. */
export function assignShards(vacancies: readonly Placed[], partitionPages = DEFAULT_PARTITION_PAGES): ShardPlan {
  if (!(Number.isInteger(partitionPages) && partitionPages > 0)) throw new Error(`partition size must be a positive whole number, got ${partitionPages}`);
  const open = vacancies.filter((v) => v.is_open);
  const byShard = new Map<string, string[]>();
  for (const v of open) {
    const name = shardOf(v);
    if (!byShard.has(name)) byShard.set(name, []);
    byShard.get(name)!.push(v.slug);
  }
  // Province codes are two digits, so names sort by code; the nationwide shard goes last.
  const order = (name: string) => (name === NATIONAL_SHARD ? '~' : name);
  const shards = Object.fromEntries([...byShard].sort(([a], [b]) => compareCodeUnits(order(a), order(b))));
  // Newest first, ties by slug so two builds of the same data cut the same parts.
  const byDate = [...open].sort((a, b) => compareCodeUnits(b.date_posted, a.date_posted) || compareCodeUnits(a.slug, b.slug));
  const recent: string[] = [];
  for (let i = 0; i < byDate.length; i += partitionPages) {
    const name = `${RECENT_PREFIX}${recent.length + 1}`;
    recent.push(name);
    shards[name] = byDate.slice(i, i + partitionPages).map((v) => v.slug);
  }
  return { shards, recent };
}
