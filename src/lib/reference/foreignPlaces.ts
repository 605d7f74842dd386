import { createRequire } from 'node:module';
import path from 'node:path';
import { COUNTRIES, type Country } from './countries';
import { nameKey } from './regions';

interface CityRow {
  city_ascii: string;
  iso2: string;
}

/** Names of places abroad → the countries they are in: the cities of city-timezones (7,300 cities, from Natural Earth / SimpleMaps) and every country's names. */
export type ForeignPlaces = ReadonlyMap<string, readonly string[]>;

let cached: ForeignPlaces | undefined;

/** The foreign place index, built once: a name also used by an Indonesian city is left out, so only names abroad are in it. */
export function loadForeignPlaces(): ForeignPlaces {
  if (cached) return cached;
  const rows = createRequire(path.join(process.cwd(), 'package.json'))('city-timezones/data/cityMap.json') as CityRow[];
  const indonesian = new Set(rows.filter((r) => r.iso2 === 'ID').map((r) => nameKey(r.city_ascii)));
  const index = new Map<string, string[]>();
  const add = (name: string, code: string) => {
    const key = nameKey(name);
    if (!key || indonesian.has(key) || code === 'ID') return;
    const codes = index.get(key) ?? [];
    if (!codes.includes(code)) index.set(key, [...codes, code]);
  };
  for (const r of rows) add(r.city_ascii, r.iso2);
  for (const c of COUNTRIES) for (const name of [c.id, c.en]) add(name, c.code);
  cached = index;
  return index;
}

/** The country a region text names abroad (`Manila`, `Cebu, Philippines`, `Kuala Lumpur`), when every part it names is in one country. */
export function countryAbroad(places: ForeignPlaces, text: string): Country | undefined {
  const codes = text.split(/[,;/()]/).map((part) => places.get(nameKey(part))).filter((c): c is readonly string[] => c !== undefined);
  if (!codes.length) return undefined;
  const common = codes.reduce((a, b) => a.filter((c) => b.includes(c)));
  return common.length === 1 ? COUNTRIES.find((c) => c.code === common[0]) : undefined;
}
