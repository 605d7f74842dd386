import type { Vacancy } from '../schema/publishedVacancy';

/**
 * Search index shards: one per province (`provinsi-32`), plus one for nationwide and overseas vacancies. Each is
 * indexed on its own, so no Pagefind process holds the whole country, and a search within one province loads
 * only that province's shard; a nationwide search merges them all in the browser.
 */
export const NATIONAL_SHARD = 'nasional-luar-negeri';

/** The shard an open vacancy's search record goes to. */
export function shardOf(v: Pick<Vacancy, 'province_code'>): string {
  return v.province_code ? `provinsi-${v.province_code}` : NATIONAL_SHARD;
}

/** Open vacancies' page slugs per shard: provinces by code, then the nationwide/overseas shard; empty shards left out. */
export function assignShards(vacancies: readonly Pick<Vacancy, 'province_code' | 'slug' | 'is_open'>[]): Record<string, string[]> {
  const byShard = new Map<string, string[]>();
  for (const v of vacancies) {
    if (!v.is_open) continue;
    const name = shardOf(v);
    if (!byShard.has(name)) byShard.set(name, []);
    byShard.get(name)!.push(v.slug);
  }
  // Province codes are two digits, so names sort by code; the nationwide shard goes last.
  const order = (name: string) => (name === NATIONAL_SHARD ? '~' : name);
  return Object.fromEntries([...byShard].sort(([a], [b]) => (order(a) < order(b) ? -1 : 1)));
}
