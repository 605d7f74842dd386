import type { Occupation } from '../reference/occupations';
import type { Province, Regency } from '../reference/regions';
import type { Vacancy } from '../schema/publishedVacancy';
import type { SiteData, SourceInfo } from './siteData';
import { compareCodeUnits } from '../compareCodeUnits';
import { readableOccupationTitle } from './occupationTitles';

/** Lookups and lists the pages need, computed once from the site data. */
export interface SiteIndex {
  data: SiteData;
  provinceByCode: Map<string, Province>;
  regencyByCode: Map<string, Regency>;
  occupationByCode: Map<string, Occupation>;
  sourceByName: Map<string, SourceInfo>;
  /** Vacancies newest first (date_posted, then slug), open and closed. */
  newestFirst: Vacancy[];
  byProvince: Map<string, Vacancy[]>;
  byRegency: Map<string, Vacancy[]>;
  national: Vacancy[];
  byCountry: Map<string, Vacancy[]>;
  /** Vacancies under each occupation group code at every level (major, sub-major, minor, unit). */
  byOccupation: Map<string, Vacancy[]>;
  /** The same lists with open vacancies only, newest first: what list pages show and count. */
  open: OpenLists;
}

/** Open vacancies only, grouped like the SiteIndex lists. */
export interface OpenLists {
  all: Vacancy[];
  byProvince: Map<string, Vacancy[]>;
  byRegency: Map<string, Vacancy[]>;
  /** Vacancies reported for a whole province (no kabupaten/kota), by province code. */
  provinceWide: Map<string, Vacancy[]>;
  national: Vacancy[];
  byCountry: Map<string, Vacancy[]>;
  byOccupation: Map<string, Vacancy[]>;
}

const newestFirst = (a: Vacancy, b: Vacancy) =>
  compareCodeUnits(b.date_posted, a.date_posted) || compareCodeUnits(a.slug, b.slug);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Puts a vacancy in its province, kabupaten/kota, nationwide, country and occupation lists. */
function addTo(lists: Omit<OpenLists, 'all' | 'provinceWide'>, v: Vacancy): void {
  if (v.province_code) push(lists.byProvince, v.province_code, v);
  if (v.regency_code) push(lists.byRegency, v.regency_code, v);
  if (v.region_scope === 'national') lists.national.push(v);
  if (v.region_scope === 'overseas') push(lists.byCountry, v.country, v);
  const unit = v.occupation_unit;
  for (const code of new Set([unit.slice(0, 1), unit.slice(0, 2), unit.slice(0, 3), unit])) push(lists.byOccupation, code, v);
}

/** Groups vacancies by province, kabupaten/kota, country and occupation level, each list newest first. */
export function groupVacancies(input: SiteData): SiteIndex {
  // Pages show occupation titles with KBJI's abbreviations (YBDI, YTDL) written out.
  const data = { ...input, occupations: input.occupations.map((o) => ({ ...o, titleId: readableOccupationTitle(o.titleId) })) };
  const sorted = [...data.vacancies].sort(newestFirst);
  const index: SiteIndex = {
    data,
    provinceByCode: new Map(data.provinces.map((p) => [p.code, p])),
    regencyByCode: new Map(data.regencies.map((r) => [r.code, r])),
    occupationByCode: new Map(data.occupations.map((o) => [o.code, o])),
    sourceByName: new Map(data.sources.map((s) => [s.source, s])),
    newestFirst: sorted,
    byProvince: new Map(), byRegency: new Map(), national: [], byCountry: new Map(), byOccupation: new Map(),
    open: { all: [], byProvince: new Map(), byRegency: new Map(), provinceWide: new Map(), national: [], byCountry: new Map(), byOccupation: new Map() },
  };
  for (const v of sorted) {
    addTo(index, v);
    if (v.is_open) {
      index.open.all.push(v);
      addTo(index.open, v);
      if (v.province_code && !v.regency_code) push(index.open.provinceWide, v.province_code, v);
    }
  }
  return index;
}

let cachedIndex: SiteIndex | undefined;

/** The site index for this build, computed on first use. */
export function siteIndex(load: () => SiteData): SiteIndex {
  cachedIndex ??= groupVacancies(load());
  return cachedIndex;
}
