import type { Occupation } from '../reference/occupations';
import type { Province, Regency } from '../reference/regions';
import type { Vacancy } from '../schema/publishedVacancy';
import type { SiteData, SourceInfo } from './siteData';
import { compareCodeUnits } from '../compareCodeUnits';
import { everyVacancy } from '../pipeline/workFolderSchemas';
import { readableOccupationTitle } from './occupationTitles';

/** Lookups and lists the pages need, computed once from the site data. */
export interface SiteIndex {
  data: SiteData;
  provinceByCode: Map<string, Province>;
  regencyByCode: Map<string, Regency>;
  occupationByCode: Map<string, Occupation>;
  sourceByName: Map<string, SourceInfo>;
  /** Every overseas placement country that has had a vacancy, open or closed (settled ones too), by its newest vacancy (date_posted, then slug). */
  countries: string[];
  /** The open vacancies, newest first, by place and occupation: what list pages show and count. */
  open: OpenLists;
}

/** Open vacancies, newest first (date_posted, then slug), in every list a page shows. */
export interface OpenLists {
  all: Vacancy[];
  byProvince: Map<string, Vacancy[]>;
  byRegency: Map<string, Vacancy[]>;
  /** Vacancies reported for a whole province (no kabupaten/kota), by province code. */
  provinceWide: Map<string, Vacancy[]>;
  national: Vacancy[];
  byCountry: Map<string, Vacancy[]>;
  /** Vacancies under each occupation group code at every level (major, sub-major, minor, unit). */
  byOccupation: Map<string, Vacancy[]>;
}

type Dated = Pick<Vacancy, 'date_posted' | 'slug'>;
const newestFirst = (a: Dated, b: Dated) =>
  compareCodeUnits(b.date_posted, a.date_posted) || compareCodeUnits(a.slug, b.slug);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Puts a vacancy in its province, kabupaten/kota, nationwide, country and occupation lists. */
function addTo(lists: OpenLists, v: Vacancy): void {
  if (v.province_code) push(lists.byProvince, v.province_code, v);
  if (v.regency_code) push(lists.byRegency, v.regency_code, v);
  if (v.region_scope === 'national') lists.national.push(v);
  if (v.region_scope === 'overseas') push(lists.byCountry, v.country, v);
  const unit = v.occupation_unit;
  for (const code of new Set([unit.slice(0, 1), unit.slice(0, 2), unit.slice(0, 3), unit])) push(lists.byOccupation, code, v);
}

/** Groups the open vacancies by province, kabupaten/kota, country and occupation level, each list newest first. */
export function groupVacancies(input: SiteData): SiteIndex {
  // Pages show occupation titles with KBJI's abbreviations (YBDI, YTDL) written out.
  const data = { ...input, occupations: input.occupations.map((o) => ({ ...o, titleId: readableOccupationTitle(o.titleId) })) };
  const overseas = everyVacancy(data).filter((v) => v.region_scope === 'overseas').sort(newestFirst);
  const index: SiteIndex = {
    data,
    provinceByCode: new Map(data.provinces.map((p) => [p.code, p])),
    regencyByCode: new Map(data.regencies.map((r) => [r.code, r])),
    occupationByCode: new Map(data.occupations.map((o) => [o.code, o])),
    sourceByName: new Map(data.sources.map((s) => [s.source, s])),
    countries: [...new Set(overseas.map((v) => v.country))],
    open: { all: [], byProvince: new Map(), byRegency: new Map(), provinceWide: new Map(), national: [], byCountry: new Map(), byOccupation: new Map() },
  };
  for (const v of data.vacancies.filter((v) => v.is_open).sort(newestFirst)) {
    index.open.all.push(v);
    addTo(index.open, v);
    if (v.province_code && !v.regency_code) push(index.open.provinceWide, v.province_code, v);
  }
  return index;
}

let cachedIndex: SiteIndex | undefined;

/** The site index for this build, computed on first use. */
export function siteIndex(load: () => SiteData): SiteIndex {
  cachedIndex ??= groupVacancies(load());
  return cachedIndex;
}
