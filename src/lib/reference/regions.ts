import { createRequire } from 'node:module';
import path from 'node:path';
import { slugify } from '../slugify';
import { labelKey } from '../parse/parseScalars';
import { readCsvFile } from '../readCsvFile';

/** A province (provinsi) with its two-digit Kemendagri code (`32`). */
export interface Province {
  code: string;
  name: string;
  slug: string;
}

/** A kabupaten or kota with its Kemendagri code (`32.73`). */
export interface Regency {
  code: string;
  provinceCode: string;
  name: string;
  kind: 'kabupaten' | 'kota';
  slug: string;
}

/** One place a name can mean: a province, or a kabupaten/kota of a province. */
export interface NamedPlace {
  code: string;
  provinceCode: string;
  kind: 'province' | Regency['kind'];
}

/** Provinces and kabupaten/kota with the indexes `resolveRegion` looks names up in (keys from `nameKey`). */
export interface RegionReference {
  provinces: readonly Province[];
  regencies: readonly Regency[];
  provinceByCode: ReadonlyMap<string, Province>;
  regencyByCode: ReadonlyMap<string, Regency>;
  /** Official names without Kabupaten/Kota, plus names derived from them by rule (`DKI Jakarta`, `Bangka Belitung`). */
  names: ReadonlyMap<string, readonly NamedPlace[]>;
  /** Names from `data/reference/region-aliases.csv` (`Jabar`, `Jogja`). */
  aliases: ReadonlyMap<string, readonly NamedPlace[]>;
  /** Kecamatan names → codes of every kabupaten/kota holding a kecamatan of that name. */
  districtNames: ReadonlyMap<string, readonly string[]>;
  /** Kecamatan codes (`31.74.06`) → kabupaten/kota code. */
  districtCodes: ReadonlyMap<string, string>;
}

/** Where a region cell points: a kabupaten/kota, a province, the whole country, or nowhere (with candidates to offer). */
export type RegionResolution =
  | { ok: true; scope: 'regency'; provinceCode: string; regencyCode: string; via: 'code' | 'name' | 'alias' | 'district'; alternatives?: RegencyChoice[] }
  | { ok: true; scope: 'province'; provinceCode: string; via: 'code' | 'name' | 'alias' }
  | { ok: true; scope: 'national' }
  | { ok: false; reason: 'unknown' | 'ambiguous'; candidates: string[] };

/** A kabupaten/kota a bare name could also mean, when the kota was picked only by default (`Banjar`: Kota Banjar or Kabupaten Banjar). */
export interface RegencyChoice {
  provinceCode: string;
  regencyCode: string;
}

type Row = Record<string, string>;
type Via = 'code' | 'name' | 'alias' | 'district';
/** `area`: an English `… District`, which names a kabupaten (else a kota) in most exports, and a kecamatan only when no kabupaten/kota has the name. */
type Marker = NamedPlace['kind'] | 'district' | 'area';
interface Candidate extends NamedPlace {
  via: Via;
}
interface PartMatch {
  places: Candidate[];
  districts: Candidate[];
}

const cache = new Map<string, RegionReference>();

/** Loads provinces, kabupaten/kota and kecamatan from idn-area-data plus `<dataDir>/reference/region-aliases.csv`, once per dataDir. */
export function loadRegions(dataDir = 'data'): RegionReference {
  const key = path.resolve(dataDir);
  let ref = cache.get(key);
  if (!ref) {
    ref = buildReference(key);
    cache.set(key, ref);
  }
  return ref;
}

/** `Kota Bandung, Jawa Barat` for a kabupaten/kota, `Jawa Barat` for a province. */
export function regionLabel(ref: RegionReference, provinceCode: string, regencyCode?: string): string {
  const province = ref.provinceByCode.get(provinceCode);
  const regency = regencyCode === undefined ? undefined : ref.regencyByCode.get(regencyCode);
  if (!province || (regencyCode !== undefined && !regency)) throw new Error(`Unknown region code ${regencyCode ?? provinceCode}`);
  return regency ? `${regency.name}, ${province.name}` : province.name;
}

/** Resolves a Kemendagri code or a place name as written in an office export (`Kab. Bandung`, `Medan, Sumatera Utara`, `Cilandak`). */
export function resolveRegion(ref: RegionReference, input: string): RegionResolution {
  const parts = input.split(/[,;/()]|\s[-–—]\s/).map((text) => ({ text, key: tokensOf(text).join(' ') })).filter((p) => p.key);
  const places = parts.filter((p) => !COUNTRY.has(p.key));
  if (parts.some((p) => NATIONAL.has(p.key)) && places.every((p) => NATIONAL.has(p.key))) return { ok: true, scope: 'national' };
  if (places.length === 0) return { ok: false, reason: 'unknown', candidates: [] };
  // The first part names the place; later parts ("…, Jawa Barat") only narrow it, and are ignored when unreadable.
  const [place, ...hints] = places.map((p) => matchPart(ref, p.text));
  const scopes = hints.map((h) => (h.places.length ? h.places : h.districts)).filter((s) => s.length);
  const inScope = (c: Candidate) => scopes.every((scope) => scope.some((s) => (s.kind === 'province' ? c.provinceCode === s.code : c.code === s.code)));
  const placesIn = place.places.filter(inScope);
  if (placesIn.length) return choose(ref, placesIn, true);
  const districtsIn = place.districts.filter(inScope);
  if (districtsIn.length) return choose(ref, districtsIn, false);
  return { ok: false, reason: 'unknown', candidates: labels(ref, [...place.places, ...place.districts]) };
}

/** Normalised key of a name: lowercase ASCII letters and digits with spaces and punctuation removed (`Pangkal-Pinang` → `pangkalpinang`). */
export function nameKey(text: string): string {
  return tokensOf(text).join('');
}

const COUNTRY = new Set(['indonesia', 'id', 'idn', 'ri', 'nkri', 'republik indonesia', 'republic of indonesia']);
const NATIONAL = new Set(['indonesia', 'seluruh indonesia', 'seluruh wilayah indonesia', 'nasional', 'national', 'nationwide', 'all indonesia']);
const SPELLINGS = new Map([['kep', 'kepulauan'], ['java', 'jawa'], ['sumatra', 'sumatera']]);
const PREFIX_MARKERS = new Map<string, Marker>([
  ['kota', 'kota'], ['kotamadya', 'kota'], ['kodya', 'kota'], ['kabupaten', 'kabupaten'], ['kab', 'kabupaten'],
  ['provinsi', 'province'], ['propinsi', 'province'], ['prov', 'province'], ['kecamatan', 'district'], ['kec', 'district'], ['distrik', 'district'],
]);
const ENGLISH_MARKERS = new Map<string, Marker>([['city', 'kota'], ['regency', 'kabupaten'], ['province', 'province'], ['district', 'district'], ['subdistrict', 'district']]);
/** Markers written after the name: `Bandung Kota`, `Bogor Kab`, `Tangerang Regency`, `Tangerang District`. */
const SUFFIX_MARKERS = new Map<string, Marker>([['kota', 'kota'], ['kab', 'kabupaten'], ['kabupaten', 'kabupaten'], ['city', 'kota'], ['regency', 'kabupaten'], ['province', 'province'], ['provinsi', 'province'], ['district', 'area'], ['subdistrict', 'district'], ['kecamatan', 'district'], ['kec', 'district']]);
const MARKER_QUALIFIERS = new Set(['adm', 'administrasi', 'administratif', 'madya']);
/** English directions (and `Greater`) before a name, with the Indonesian words each may stand for after it (`Central Jakarta` → Jakarta Pusat, `Central Java` → Jawa Tengah). */
const DIRECTIONS: [string[], string[][]][] = [
  [['south', 'east'], [['tenggara']]], [['southeast'], [['tenggara']]], [['south', 'west'], [['barat', 'daya']]], [['southwest'], [['barat', 'daya']]],
  [['north', 'east'], [['timur', 'laut']]], [['northeast'], [['timur', 'laut']]], [['north', 'west'], [['barat', 'laut']]], [['northwest'], [['barat', 'laut']]],
  [['north'], [['utara']]], [['south'], [['selatan']]], [['east'], [['timur']]], [['west'], [['barat']]], [['central'], [['pusat'], ['tengah']]], [['greater'], [[]]],
];
const KIND_RANK = { kota: 0, kabupaten: 1, province: 2 } as const;
const CODE = /^(\d{2})(?:\.?(\d{2}))?(?:\.?(\d{2}))?$/;

function tokensOf(text: string): string[] {
  const plain = labelKey(text);
  return plain ? plain.split(' ').map((t) => SPELLINGS.get(t) ?? t) : [];
}

/** Every place and kecamatan one comma-separated part can mean, before hints narrow it. */
function matchPart(ref: RegionReference, text: string): PartMatch {
  const code = CODE.exec(text.trim());
  if (code) return { places: matchCode(ref, code[1], code[2], code[3]), districts: [] };
  const tokens = tokensOf(text);
  while (tokens.length > 1 && (tokens.at(-1) === 'indonesia' || /^\d{5}$/.test(tokens.at(-1)!))) tokens.pop(); // country, postal code
  const { marker, name } = splitMarker(tokens);
  const found = lookup(ref, name, marker);
  // "Kota Baru" is Kabupaten Kotabaru: when the marker leads nowhere, read it as part of the name.
  return marker && !found.places.length && !found.districts.length ? lookup(ref, tokens) : found;
}

function matchCode(ref: RegionReference, province: string, regency?: string, district?: string): Candidate[] {
  const regencyCode = district ? ref.districtCodes.get(`${province}.${regency}.${district}`) : regency && `${province}.${regency}`;
  if (regencyCode) {
    const r = ref.regencyByCode.get(regencyCode);
    return r ? [{ code: r.code, provinceCode: r.provinceCode, kind: r.kind, via: 'code' }] : [];
  }
  return ref.provinceByCode.has(province) ? [{ code: province, provinceCode: province, kind: 'province', via: 'code' }] : [];
}

/** Splits off a kind marker: `Kab.`, `Kota Adm.`, `Provinsi`, `Kecamatan`, `City of`, `… Regency`. */
function splitMarker(tokens: string[]): { marker?: Marker; name: string[] } {
  let start = 1;
  let marker = PREFIX_MARKERS.get(tokens[0]);
  if (!marker && tokens[1] === 'of') [marker, start] = [ENGLISH_MARKERS.get(tokens[0]), 2];
  if (marker) {
    while (MARKER_QUALIFIERS.has(tokens[start])) start++;
    return tokens.length > start ? { marker, name: tokens.slice(start) } : { name: tokens };
  }
  marker = SUFFIX_MARKERS.get(tokens.at(-1) ?? '');
  return marker && tokens.length > 1 ? { marker, name: tokens.slice(0, -1) } : { name: tokens };
}

/** Keys to try for a name: as written, then with English directions and "Islands" turned Indonesian (`East Jakarta` → `jakartatimur`). */
function keysOf(name: string[]): string[] {
  const direction = DIRECTIONS.find(([en]) => name.length > en.length && en.every((w, i) => name[i] === w));
  const translated = direction ? direction[1].map((id) => [...name.slice(direction[0].length), ...id]) : [];
  const variants = [name];
  for (const t of [name, ...translated]) {
    if (t !== name) variants.push(t);
    if (t.length > 1 && (t.at(-1) === 'islands' || t.at(-1) === 'island')) variants.push(['kepulauan', ...t.slice(0, -1)], [...t.slice(0, -1), 'kepulauan']);
  }
  return [...new Set(variants.map((v) => v.join('')))];
}

function lookup(ref: RegionReference, name: string[], marker?: Marker): PartMatch {
  for (const key of keysOf(name)) {
    const named = [...withVia(ref.names.get(key), 'name'), ...withVia(ref.aliases.get(key), 'alias')];
    const places = placesFor(named, marker);
    const districts = (marker && marker !== 'district' && marker !== 'area') || (marker === 'area' && places.length) ? [] : (ref.districtNames.get(key) ?? []).map((code) => {
      const r = ref.regencyByCode.get(code)!;
      return { code, provinceCode: r.provinceCode, kind: r.kind, via: 'district' as const };
    });
    if (places.length || districts.length) return { places, districts };
  }
  return { places: [], districts: [] };
}

/** The places a marker allows: its kind; for `area` the kabupaten, else the kota, of that name. */
function placesFor(named: Candidate[], marker: Marker | undefined): Candidate[] {
  if (marker === 'district') return [];
  if (marker !== 'area') return named.filter((p) => !marker || p.kind === marker);
  const kabupaten = named.filter((p) => p.kind === 'kabupaten');
  return kabupaten.length ? kabupaten : named.filter((p) => p.kind === 'kota');
}

function withVia(places: readonly NamedPlace[] | undefined, via: Via): Candidate[] {
  return (places ?? []).map((p) => ({ ...p, via }));
}

/** One candidate wins; among places sharing a bare name the kota beats the kabupaten and both beat the province (DESIGN: a bare name means the kota). */
function choose(ref: RegionReference, candidates: Candidate[], byRank: boolean): RegionResolution {
  const unique = [...new Map([...candidates].reverse().map((c) => [c.code, c])).values()]; // reversed so the first (a name over an alias) wins
  let pick = unique.length === 1 ? unique[0] : undefined;
  if (!pick && byRank) {
    const best = Math.min(...unique.map((c) => KIND_RANK[c.kind]));
    const top = unique.filter((c) => KIND_RANK[c.kind] === best);
    if (top.length === 1) pick = top[0];
  }
  if (!pick) return { ok: false, reason: 'ambiguous', candidates: labels(ref, unique) };
  if (pick.kind === 'province') return { ok: true, scope: 'province', provinceCode: pick.code, via: pick.via as 'code' | 'name' | 'alias' };
  // Picked by rank among places of other provinces: the row's other evidence may choose, else the report says it was a default.
  const others = unique.filter((c) => c !== pick && c.kind !== 'province' && c.provinceCode !== pick.provinceCode);
  const alternatives = others.map((c) => ({ provinceCode: c.provinceCode, regencyCode: c.code }));
  return { ok: true, scope: 'regency', provinceCode: pick.provinceCode, regencyCode: pick.code, via: pick.via, ...(alternatives.length ? { alternatives } : {}) };
}

function labels(ref: RegionReference, candidates: Candidate[]): string[] {
  const sorted = [...candidates].sort((a, b) => a.code.localeCompare(b.code));
  return [...new Set(sorted.map((c) => (c.kind === 'province' ? regionLabel(ref, c.code) : regionLabel(ref, c.provinceCode, c.code))))];
}

function buildReference(dataDir: string): RegionReference {
  const areaDir = areaDataDir();
  const provinces = readCsv(path.join(areaDir, 'provinces.csv')).map((r): Province => ({ code: r.code, name: r.name, slug: slugify(r.name) }));
  const regencies = readCsv(path.join(areaDir, 'regencies.csv')).map(
    (r): Regency => ({ code: r.code, provinceCode: r.province_code, name: r.name, kind: r.name.startsWith('Kota ') ? 'kota' : 'kabupaten', slug: slugify(r.name) }),
  );
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  const regencyByCode = new Map(regencies.map((r) => [r.code, r]));
  const districtNames = new Map<string, string[]>();
  const districtCodes = new Map<string, string>();
  for (const d of readCsv(path.join(areaDir, 'districts.csv'))) {
    districtCodes.set(d.code, d.regency_code);
    const codes = districtNames.get(nameKey(d.name)) ?? [];
    if (!codes.includes(d.regency_code)) districtNames.set(nameKey(d.name), [...codes, d.regency_code]);
  }
  const aliasFile = path.join(dataDir, 'reference', 'region-aliases.csv');
  const aliases = new Map<string, NamedPlace[]>();
  readCsv(aliasFile).forEach((row, i) => {
    const code = (row.code ?? '').trim();
    const place = placeOf(provinceByCode.get(code) ?? regencyByCode.get(code));
    if (!place) throw new Error(`${aliasFile}:${i + 2}: alias "${row.alias}" points at unknown region code "${code}"`);
    addPlace(aliases, nameKey(row.alias ?? ''), place);
  });
  return { provinces, regencies, provinceByCode, regencyByCode, names: officialNames(provinces, regencies), aliases, districtNames, districtCodes };
}

/** Official names without Kabupaten/Kota, then the rule-derived forms people write: `DKI Jakarta`, `Jakarta`, `DI Yogyakarta`, and names without a leading Kepulauan when that name is free. */
function officialNames(provinces: Province[], regencies: Regency[]): Map<string, NamedPlace[]> {
  const names = new Map<string, NamedPlace[]>();
  const all = [...provinces.map((p) => ({ name: p.name, place: placeOf(p)! })), ...regencies.map((r) => ({ name: r.name.replace(/^(Kabupaten|Kota)( Administrasi)? /, ''), place: placeOf(r)! }))];
  for (const { name, place } of all) addPlace(names, nameKey(name), place);
  const official = new Set(names.keys());
  for (const { name, place } of all) {
    const special = /^Daerah (Khusus Ibukota|Istimewa) (.+)$/.exec(name);
    if (special) for (const form of [`${special[1] === 'Istimewa' ? 'DI' : 'DKI'} ${special[2]}`, special[2]]) addPlace(names, nameKey(form), place);
    const islands = /^Kepulauan (.+)$/.exec(name);
    if (islands && !official.has(nameKey(islands[1]))) addPlace(names, nameKey(islands[1]), place);
  }
  return names;
}

function placeOf(region: Province | Regency | undefined): NamedPlace | undefined {
  if (!region) return undefined;
  return 'provinceCode' in region ? { code: region.code, provinceCode: region.provinceCode, kind: region.kind } : { code: region.code, provinceCode: region.code, kind: 'province' };
}

function addPlace(index: Map<string, NamedPlace[]>, key: string, place: NamedPlace): void {
  const places = index.get(key) ?? [];
  if (!places.some((p) => p.code === place.code)) index.set(key, [...places, place]);
}

function readCsv(file: string): Row[] {
  return readCsvFile<Row>(file);
}

/** idn-area-data's CSV folder, resolved from the project root so it works under Vitest and inside Astro's bundle alike. */
function areaDataDir(): string {
  try {
    const manifest = createRequire(path.join(process.cwd(), 'package.json')).resolve('idn-area-data/package.json');
    return path.join(path.dirname(manifest), 'data');
  } catch {
    return path.resolve('node_modules', 'idn-area-data', 'data');
  }
}
