import type { Occupation } from '../../reference/occupations';
import type { Province, Regency } from '../../reference/regions';
import type { Vacancy } from '../../schema/publishedVacancy';
import { employmentTypeText, workModeText } from '../../site/labels';
import { CONTROL_FILTERS, type ControlFilter, type OptionNames } from '../filters';
import { NATIONAL_SHARD, NATIONWIDE_SCOPE, scopeOf } from '../searchShards';
import type { FacetOption, Facets } from '../facets';
import { recordContext } from './searchRecord';

/** The site data the facets are counted from. */
export interface FacetSource {
  asOf: string;
  provinces: Province[];
  regencies: Regency[];
  occupations: Occupation[];
  vacancies: Vacancy[];
}

/**
 * Facets of the nationwide scope (`semua`) and of every province scope, for every filter of the registry with a
 * control: first the filters counted nationwide (the province list, the same in each file, so one file serves a
 * scope), then those counted per scope, then those counted in every scope but the whole country's.
 */
export function searchFacets(data: FacetSource): Facets[] {
  const provinceByCode = new Map(data.provinces.map((p) => [p.code, p]));
  const regencyByCode = new Map(data.regencies.map((r) => [r.code, r]));
  const names = optionNames(data);
  const open = data.vacancies.filter((v) => v.is_open);
  const optionsOf = (vacancies: Vacancy[], filters: readonly ControlFilter[]) => {
    const counts = new Map<string, Map<string, number>>(filters.map((filter) => [filter.key, new Map()]));
    for (const v of vacancies) {
      // Counted as on the build date: no filter with a control but "posted within" reads the window, and it counts by `options`.
      const ctx = recordContext({ since: data.asOf }, provinceByCode.get(v.province_code ?? ''), regencyByCode.get(v.regency_code ?? ''));
      for (const filter of filters) {
        const map = counts.get(filter.key)!;
        for (const value of filter.options ? filter.options(v, data.asOf) : filter.values(v, ctx)) map.set(value, (map.get(value) ?? 0) + 1);
      }
    }
    return filters.map((filter) => [filter.key, orderOptions(filter, names, [...counts.get(filter.key)!].map(([value, count]) => ({
      value, label: filter.label(value, names), count, ...shardOrParent(filter, value, names, data.provinces),
    })))] as const);
  };
  const nationwide = optionsOf(open, CONTROL_FILTERS.filter((filter) => filter.counted === 'nationwide'));
  const scopes = new Map<string, Vacancy[]>([[NATIONWIDE_SCOPE, open]]);
  for (const v of open) {
    const name = scopeOf(v);
    if (!scopes.has(name)) scopes.set(name, []);
    scopes.get(name)!.push(v);
  }
  return [...scopes].map(([scope, vacancies]) => {
    const perScope = [...CONTROL_FILTERS.filter((filter) => filter.counted === 'scope'),
      ...(scope === NATIONWIDE_SCOPE ? [] : CONTROL_FILTERS.filter((filter) => filter.counted === 'narrow'))];
    return { scope, total: vacancies.length, options: Object.fromEntries([...nationwide, ...optionsOf(vacancies, perScope)]) };
  });
}

/** Options counted nationwide (provinces) carry the scope they switch to; options of a filter with a parent carry the parent's value. */
function shardOrParent(filter: ControlFilter, value: string, names: OptionNames, provinces: readonly Province[]): { shard?: string; parent?: string } {
  if (filter.counted === 'nationwide') {
    const province = provinces.find((p) => p.slug === value);
    return { shard: province ? scopeOf({ province_code: province.code }) : NATIONAL_SHARD };
  }
  return filter.parentOf ? { parent: filter.parentOf(value, names) } : {};
}

const byLabel = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label, 'id');

/** A filter's options in its registry order: natural (bands, codes of the schema), by label, or by code. */
function orderOptions(filter: ControlFilter, names: OptionNames, options: FacetOption[]): FacetOption[] {
  const { order } = filter;
  if (order.by !== 'natural') return options.sort(order.by === 'label' ? byLabel : (a, b) => (a.value < b.value ? -1 : 1));
  const values = order.values(names);
  return options.sort((a, b) => values.indexOf(a.value) - values.indexOf(b.value));
}

/** The names option labels need, from the site data and the labels of the schema's codes. */
function optionNames(data: FacetSource): OptionNames {
  const occupation = new Map(data.occupations.map((o) => [o.code, o.titleId]));
  const province = new Map(data.provinces.map((p) => [p.slug, p.name]));
  const provinceSlug = new Map(data.provinces.map((p) => [p.code, p.slug]));
  const regency = new Map(data.regencies.map((r) => [r.slug, { name: r.name, provinceSlug: provinceSlug.get(r.provinceCode) }]));
  return {
    occupation: (code) => occupation.get(code),
    province: (slug) => province.get(slug),
    regency: (slug) => regency.get(slug),
    employmentType: employmentTypeText,
    workMode: workModeText,
  };
}
