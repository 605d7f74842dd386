import type { Vacancy } from '../schema/publishedVacancy';

/**
 * Search index shards: groups of provinces by Kemendagri code, each indexed on its own so no Pagefind process
 * holds the whole country, and so a search within one province can load only its shard.
 */
export const SEARCH_SHARDS: readonly { name: string; label: string; provinces: RegExp }[] = [
  { name: 'sumatera', label: 'Sumatera', provinces: /^1/ },
  { name: 'jawa-barat-jakarta-banten', label: 'DKI Jakarta, Jawa Barat, Banten', provinces: /^(31|32|36)$/ },
  { name: 'jawa-tengah-timur-diy', label: 'Jawa Tengah, DI Yogyakarta, Jawa Timur', provinces: /^(33|34|35)$/ },
  { name: 'bali-nusa-tenggara', label: 'Bali dan Nusa Tenggara', provinces: /^5/ },
  { name: 'kalimantan', label: 'Kalimantan', provinces: /^6/ },
  { name: 'sulawesi', label: 'Sulawesi', provinces: /^7/ },
  { name: 'maluku-papua', label: 'Maluku dan Papua', provinces: /^(8|9)/ },
];

/** Shard of vacancies with no province: nationwide and overseas. */
export const NATIONAL_SHARD = 'nasional-luar-negeri';

/** The shard an open vacancy's search record goes to. */
export function shardOf(v: Pick<Vacancy, 'province_code'>): string {
  if (!v.province_code) return NATIONAL_SHARD;
  return SEARCH_SHARDS.find((s) => s.provinces.test(v.province_code!))?.name ?? NATIONAL_SHARD;
}

/** Open vacancies' page slugs per shard, shards in a fixed order, empty shards left out. */
export function assignShards(vacancies: readonly Pick<Vacancy, 'province_code' | 'slug' | 'is_open'>[]): Record<string, string[]> {
  const order = [...SEARCH_SHARDS.map((s) => s.name), NATIONAL_SHARD];
  const byShard = new Map<string, string[]>(order.map((name) => [name, []]));
  for (const v of vacancies) if (v.is_open) byShard.get(shardOf(v))!.push(v.slug);
  return Object.fromEntries([...byShard].filter(([, slugs]) => slugs.length > 0));
}
