import { compareCodeUnits } from '../compareCodeUnits';
import type { Vacancy } from '../schema/publishedVacancy';
import { isIndexed, isOlder, searchWindow, windowOf, type WindowCuts } from './searchWindow';

/**
 * Search index shards. A search scope is the whole country (`semua`), one province (`provinsi-32`), or the
 * nationwide and overseas vacancies (`nasional-luar-negeri`); every indexed vacancy (searchWindow.ts) is
 * in the nationwide scope and in its province's. A scope's vacancies are ordered newest first and cut into parts of at
 * most `partitionPages`: first the week's (posted on or after the Monday of the newest posting's week: `semua-1`
 * newest, `semua-2`, …; one part keeps the scope's own name), then the older ones (`semua-lama-1`, …, or
 * `semua-lama`), cut as of that Monday (searchWindow.ts), so they stay the same while the week's data updates arrive
 * and are reused, not indexed again. A newest-first search loads the scope's first part and opens the next only when a
 * page of results needs it, so what a first search downloads does not grow with the scope (a Pagefind index costs
 * every search ~5.5 B per page plus ~2.5 B per page per sort key). Each shard is indexed on its own, so no Pagefind
 * process holds the whole country.
 */
export const NATIONWIDE_SCOPE = 'semua';
export const NATIONAL_SHARD = 'nasional-luar-negeri';
/** Default size of a part: a newest-first first search loads one (measured in BENCHMARKS.md). */
export const DEFAULT_PARTITION_PAGES = 10_000;

/** Which vacancy goes to which shard, as validate writes it for the build and the search page. */
export interface ShardPlan extends WindowCuts {
  /** Shard name → indexed vacancies' page slugs, newest first; each indexed vacancy is in two shards. */
  shards: Record<string, string[]>;
  /** Scope → its shards, newest first: provinces by code, the nationwide/overseas scope, then `semua`. */
  scopes: Record<string, string[]>;
  /**
   * Digest of every shard's records, set once they are written (`writeSearchRecords`). The search page carries it and
   * checks it against `/pagefind/build.json` before opening a second shard, so a tab opened before a rebuild never
   * mixes shards of two builds (src/lib/search/build/writeSearchRecords.ts).
   */
  build?: string;
  /** Shard name → digest of its records (`writeSearchRecords`): an incremental build reuses a published shard with the same digest (pipeline/reuse.ts). */
  digests?: Record<string, string>;
}

/** The province scope of an open vacancy (nationwide and overseas vacancies have their own). */
export function scopeOf(v: Pick<Vacancy, 'province_code'>): string {
  return v.province_code ? `provinsi-${v.province_code}` : NATIONAL_SHARD;
}

type Placed = Pick<Vacancy, 'province_code' | 'slug' | 'is_open' | 'closed_reason' | 'valid_through' | 'date_posted'>;

/** The name of a scope's older parts (`semua-lama`, `semua-lama-1`, …). */
export const OLDER_PARTS = 'lama';

/**
 * The indexed vacancies' page slugs per scope and shard: the week's, open on the day the index is cut as of (the data's
 * newest posting date), and the older ones open on the Monday of that week, none closed otherwise
 * (src/lib/search/searchWindow.ts), so a later day's build of the same data cuts the same shards, and a data update
 * within the week the same older ones; empty scopes are left out.
 */
export function assignShards(vacancies: readonly Placed[], asOf: string, partitionPages = DEFAULT_PARTITION_PAGES): ShardPlan {
  if (!(Number.isInteger(partitionPages) && partitionPages > 0)) throw new Error(`partition size must be a positive whole number, got ${partitionPages}`);
  const cuts = searchWindow(vacancies, asOf);
  // Newest first, ties by slug, so two builds of the same data cut the same parts; the older vacancies all come after the week's.
  const open = vacancies.filter((v) => isIndexed(v, windowOf(v, cuts)))
    .sort((a, b) => compareCodeUnits(b.date_posted, a.date_posted) || compareCodeUnits(a.slug, b.slug));
  const byScope = new Map<string, Placed[]>();
  for (const v of open) {
    const name = scopeOf(v);
    if (!byScope.has(name)) byScope.set(name, []);
    byScope.get(name)!.push(v);
  }
  // Province codes are two digits, so names sort by code; the nationwide/overseas scope, then the whole country, go last.
  const order = (name: string) => (name === NATIONAL_SHARD ? '~' : name);
  const scopes = [...byScope].sort(([a], [b]) => compareCodeUnits(order(a), order(b)));
  if (open.length) scopes.push([NATIONWIDE_SCOPE, open]);
  const plan: ShardPlan = { since: cuts.since, base: cuts.base, shards: {}, scopes: {} };
  for (const [scope, placed] of scopes) {
    plan.scopes[scope] = [];
    const older = placed.findIndex((v) => isOlder(v, cuts));
    const groups = older < 0 ? [[scope, placed]] as const : [[scope, placed.slice(0, older)], [`${scope}-${OLDER_PARTS}`, placed.slice(older)]] as const;
    for (const [prefix, group] of groups) {
      const parts = Math.ceil(group.length / partitionPages);
      for (let i = 0; i < parts; i++) {
        const name = parts === 1 ? prefix : `${prefix}-${i + 1}`;
        plan.scopes[scope].push(name);
        plan.shards[name] = group.slice(i * partitionPages, (i + 1) * partitionPages).map((v) => v.slug);
      }
    }
  }
  return plan;
}

