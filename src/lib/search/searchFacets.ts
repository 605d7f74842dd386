import type { Occupation } from '../reference/occupations';
import type { Province, Regency } from '../reference/regions';
import type { Vacancy } from '../schema/publishedVacancy';
import { employmentTypeText, workModeText } from '../site/labels';
import { EDUCATION_BANDS, EDUCATION_NOT_STATED, PAY_BANDS, PAY_NOT_STATED, POSTED_BANDS } from './searchBands';
import { NATIONWIDE, searchFilters, type RecordContext } from './searchRecord';
import { NATIONAL_SHARD, NATIONWIDE_SCOPE, scopeOf } from './searchShards';

/** One option of a filter control: the value in the index and the URL, its label, how many open vacancies have it. */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
  /** Province options: the search scope (and facet file) of its vacancies. Unit-group and kabupaten/kota options: the parent option's value. */
  shard?: string;
  parent?: string;
}

/** Option counts for one scope (nationwide, or one shard), written at build time so the search page needs no `filters()` call. */
export interface Facets {
  scope: string;
  total: number;
  options: Record<string, FacetOption[]>;
}

/** The site data the facets are counted from. */
export interface FacetSource {
  asOf: string;
  provinces: Province[];
  regencies: Regency[];
  occupations: Occupation[];
  vacancies: Vacancy[];
}

/** Search record context of a vacancy: its province and kabupaten/kota slugs. */
export function recordContext(data: Pick<FacetSource, 'asOf'>, province?: Province, regency?: Regency): RecordContext {
  return { asOf: data.asOf, provinceSlug: province?.slug, regencySlug: regency?.slug };
}

/** Facets of the nationwide scope (`semua`) and of every province scope; the province list is nationwide in each, so one file serves a scope. */
export function searchFacets(data: FacetSource): Facets[] {
  const provinceByCode = new Map(data.provinces.map((p) => [p.code, p]));
  const regencyByCode = new Map(data.regencies.map((r) => [r.code, r]));
  const open = data.vacancies.filter((v) => v.is_open);
  const filtersOf = (v: Vacancy) =>
    searchFilters(v, recordContext(data, provinceByCode.get(v.province_code ?? ''), regencyByCode.get(v.regency_code ?? '')));
  const labels = optionLabels(data);
  const count = (vacancies: Vacancy[], keys: string[]) => {
    const counts = new Map<string, Map<string, number>>(keys.map((k) => [k, new Map()]));
    for (const v of vacancies) {
      for (const [key, values] of Object.entries(filtersOf(v))) {
        const map = counts.get(key);
        if (map) for (const value of values) map.set(value, (map.get(value) ?? 0) + 1);
      }
    }
    return counts;
  };
  const nationwide = count(open, ['provinsi']).get('provinsi')!;
  const provinces: FacetOption[] = [...nationwide].map(([value, n]) => {
    const province = data.provinces.find((p) => p.slug === value);
    return { value, label: labels.label.provinsi!(value), count: n, shard: province ? scopeOf({ province_code: province.code }) : NATIONAL_SHARD };
  }).sort(byLabel);
  const scopes = new Map<string, Vacancy[]>([[NATIONWIDE_SCOPE, open]]);
  for (const v of open) {
    const name = scopeOf(v);
    if (!scopes.has(name)) scopes.set(name, []);
    scopes.get(name)!.push(v);
  }
  return [...scopes].map(([scope, vacancies]) => {
    const keys = ['jabatan', 'golongan', 'jenis', 'pendidikan', 'gaji', 'cara', 'disabilitas', 'diposting', 'luar'];
    if (scope !== NATIONWIDE_SCOPE) keys.push('kabkota');
    const counts = count(vacancies, keys);
    const options: Record<string, FacetOption[]> = { provinsi: provinces };
    for (const key of keys) options[key] = orderOptions(key, [...counts.get(key)!].map(([value, n]) => ({ value, label: labels.label[key]!(value), count: n, ...labels.parent(key, value) })));
    return { scope, total: vacancies.length, options };
  });
}

const byLabel = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label, 'id');

/** Bands keep their natural order; everything else is alphabetical. */
function orderOptions(key: string, options: FacetOption[]): FacetOption[] {
  const natural: Record<string, readonly { value: string }[]> = {
    gaji: [...PAY_BANDS, PAY_NOT_STATED], pendidikan: [...EDUCATION_BANDS, EDUCATION_NOT_STATED], diposting: POSTED_BANDS,
    jenis: Object.keys(employmentTypeText).map((value) => ({ value })), cara: Object.keys(workModeText).map((value) => ({ value })),
    disabilitas: [{ value: 'ya' }, { value: 'tidak' }], luar: [{ value: 'ya' }, { value: 'tidak' }],
  };
  const order = natural[key]?.map((o) => o.value);
  if (!order) return options.sort(key === 'jabatan' || key === 'golongan' ? (a, b) => (a.value < b.value ? -1 : 1) : byLabel);
  return options.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
}

/** Visible Indonesian labels of every filter's values, and the parent of unit groups and kabupaten/kota. */
function optionLabels(data: FacetSource) {
  const occupation = new Map(data.occupations.map((o) => [o.code, o.titleId]));
  const province = new Map(data.provinces.map((p) => [p.slug, p.name]));
  const regency = new Map(data.regencies.map((r) => [r.slug, r]));
  const provinceSlug = new Map(data.provinces.map((p) => [p.code, p.slug]));
  const band = (list: readonly { value: string; label: string }[]) => (value: string) => list.find((b) => b.value === value)?.label ?? value;
  const yesNo = (yes: string, no: string) => (value: string) => (value === 'ya' ? yes : no);
  const labels: Record<string, (value: string) => string> = {
    provinsi: (value) => (value === NATIONWIDE ? 'Seluruh Indonesia (nasional)' : province.get(value) ?? value),
    kabkota: (value) => regency.get(value)?.name ?? value,
    jabatan: (value) => `${value} ${occupation.get(value) ?? ''}`.trim(),
    golongan: (value) => `${value} ${occupation.get(value) ?? ''}`.trim(),
    jenis: (value) => employmentTypeText[value] ?? value,
    pendidikan: band([...EDUCATION_BANDS, EDUCATION_NOT_STATED]),
    gaji: band([...PAY_BANDS, PAY_NOT_STATED]),
    cara: (value) => workModeText[value] ?? value,
    disabilitas: yesNo('Ramah disabilitas', 'Tidak disebutkan ramah disabilitas'),
    diposting: band(POSTED_BANDS),
    luar: yesNo('Luar negeri', 'Dalam negeri'),
  };
  const parent = (key: string, value: string): { parent?: string } => {
    if (key === 'golongan') return { parent: value.slice(0, 1) };
    if (key === 'kabkota') return { parent: provinceSlug.get(regency.get(value)?.provinceCode ?? '') };
    return {};
  };
  return { label: labels, parent };
}
