import { searchText } from '../../i18n/idSearch';
import type { Vacancy } from '../schema/publishedVacancy';
import { EDUCATION_BANDS, NOT_STATED, PAY_BANDS, POSTED_BANDS, educationBand, payBand, payOrderValue, postedBands } from './searchBands';

/** Province filter value of nationwide vacancies (no province of their own). */
export const NATIONWIDE = 'seluruh-indonesia';

/** What a search record needs besides the vacancy: slugs of its province and kabupaten/kota, and the data's as-of date. */
export interface RecordContext {
  provinceSlug?: string;
  regencySlug?: string;
  asOf: string;
}

/** Names from the site data that option labels need, looked up at build time (src/lib/search/build/searchFacets.ts). */
export interface OptionNames {
  occupation: (code: string) => string | undefined;
  province: (slug: string) => string | undefined;
  regency: (slug: string) => { name: string; provinceSlug?: string } | undefined;
  employmentType: Record<string, string>;
  workMode: Record<string, string>;
}

interface FilterBase {
  /** The filter's name in the index and in the URL (`?gaji=5-10jt`). */
  key: string;
  /** Where its values come from: the vacancy's own fields, or its place (province, kabupaten/kota), listed last in a record. */
  from: 'vacancy' | 'place';
  /** The vacancy's values, every one a string (a null crashes Pagefind's Node API); none leaves the filter out of its record. */
  values: (v: Vacancy, ctx: RecordContext) => string[];
}

/** A filter a searcher sets on /cari/: a control, a URL key, and option counts written per scope. */
export interface ControlFilter extends FilterBase {
  /** A select of its options, or a checkbox meaning the option `ya`. */
  control: 'select' | 'checkbox';
  /** Its control's label, and the select's "any" option. */
  text: { label: string; all?: string };
  /**
   * Which facet files count its options: `nationwide` (counted over the whole country, the same list in every file, so
   * choosing one can switch scope), `scope` (in each scope's file), `narrow` (in each scope but the whole country's).
   */
  counted: 'nationwide' | 'scope' | 'narrow';
  /** Option order: a natural one (bands, the schema's codes), by visible label, or by code. */
  order: { by: 'natural'; values: (names: OptionNames) => readonly string[] } | { by: 'label' | 'code' };
  /** An option's visible label. */
  label: (value: string, names: OptionNames) => string;
  /** The filter its options belong to; `required`: offered only once the parent is chosen, and dropped with it. */
  parent?: { key: string; required: boolean; of: (value: string, names: OptionNames) => string | undefined };
}

/** A filter that only serves an order ("closing soonest", "highest pay", src/lib/search/searchState.ts): no control, no counts. */
export interface OrderFilter extends FilterBase {
  control: 'none';
}

/** One search filter. */
export type SearchFilter = ControlFilter | OrderFilter;

/** The value a checked checkbox stands for. */
export const CHECKED = 'ya';

const f = searchText.filters;
const labelFrom = (text: Record<string, string>) => (value: string) => text[value] ?? value;
const occupationLabel = (value: string, names: OptionNames) => `${value} ${names.occupation(value) ?? ''}`.trim();
const yesNo = (text: { yes: string; no: string }) => (value: string) => (value === CHECKED ? text.yes : text.no);
const flag = (yes: boolean) => [yes ? CHECKED : 'tidak'];
const natural = (values: readonly string[]) => ({ by: 'natural', values: () => values }) as const;

/**
 * Every search filter once, in the order of the URL and the form: the index's filters, the facet counts, the state
 * in the URL, the controls on /cari/ and the browser's wiring are all derived from this list.
 */
export const SEARCH_FILTERS = [
  {
    key: 'provinsi', from: 'place', control: 'select', text: f.provinsi, counted: 'nationwide', order: { by: 'label' },
    values: (v, ctx) => (v.region_scope === 'national' ? [NATIONWIDE] : ctx.provinceSlug ? [ctx.provinceSlug] : []),
    label: (value, names) => (value === NATIONWIDE ? searchText.nationwide : names.province(value) ?? value),
  },
  {
    key: 'kabkota', from: 'place', control: 'select', text: f.kabkota, counted: 'narrow', order: { by: 'label' },
    values: (_v, ctx) => (ctx.regencySlug ? [ctx.regencySlug] : []),
    label: (value, names) => names.regency(value)?.name ?? value,
    parent: { key: 'provinsi', required: true, of: (value, names) => names.regency(value)?.provinceSlug },
  },
  {
    key: 'jabatan', from: 'vacancy', control: 'select', text: f.jabatan, counted: 'scope', order: { by: 'code' },
    values: (v) => [v.occupation_unit.slice(0, 1)], label: occupationLabel,
  },
  {
    key: 'golongan', from: 'vacancy', control: 'select', text: f.golongan, counted: 'scope', order: { by: 'code' },
    values: (v) => [v.occupation_unit], label: occupationLabel,
    parent: { key: 'jabatan', required: false, of: (value) => value.slice(0, 1) },
  },
  {
    key: 'jenis', from: 'vacancy', control: 'select', text: f.jenis, counted: 'scope',
    order: { by: 'natural', values: (names) => Object.keys(names.employmentType) },
    values: (v) => [v.employment_type], label: (value, names) => names.employmentType[value] ?? value,
  },
  {
    key: 'pendidikan', from: 'vacancy', control: 'select', text: f.pendidikan, counted: 'scope',
    order: natural([...EDUCATION_BANDS.map((b) => b.value), NOT_STATED]),
    values: (v) => [educationBand(v)], label: labelFrom(searchText.educationBands),
  },
  {
    key: 'gaji', from: 'vacancy', control: 'select', text: f.gaji, counted: 'scope', order: natural([...PAY_BANDS.map((b) => b.value), NOT_STATED]),
    values: (v) => [payBand(v)], label: labelFrom(searchText.payBands),
  },
  {
    key: 'cara', from: 'vacancy', control: 'select', text: f.cara, counted: 'scope',
    order: { by: 'natural', values: (names) => Object.keys(names.workMode) },
    values: (v) => [v.work_mode ?? 'onsite'], label: (value, names) => names.workMode[value] ?? value,
  },
  {
    key: 'disabilitas', from: 'vacancy', control: 'checkbox', text: f.disabilitas, counted: 'scope', order: natural([CHECKED, 'tidak']),
    values: (v) => flag(!!v.disability_friendly), label: yesNo(f.disabilitas),
  },
  {
    key: 'diposting', from: 'vacancy', control: 'select', text: f.diposting, counted: 'scope', order: natural(POSTED_BANDS.map((b) => b.value)),
    values: (v, ctx) => postedBands(v.date_posted, ctx.asOf),
    label: labelFrom(searchText.postedBands),
  },
  {
    key: 'luar', from: 'vacancy', control: 'checkbox', text: f.luar, counted: 'scope', order: natural([CHECKED, 'tidak']),
    values: (v) => flag(v.region_scope === 'overseas'), label: yesNo(f.luar),
  },
  // Orders: "closing soonest" and "highest pay" page through these exact values (src/lib/search/searchPaging.ts), whose
  // files load only when that order is chosen, where a sort key would add ~2.5 B per page to what every search downloads first.
  { key: 'tutup', from: 'vacancy', control: 'none', values: (v) => [v.valid_through] },
  { key: 'upah', from: 'vacancy', control: 'none', values: (v) => [payOrderValue(v)] },
] as const satisfies readonly SearchFilter[];

/** The filters a searcher sets, in URL order. */
export const CONTROL_FILTERS: readonly ControlFilter[] = SEARCH_FILTERS.filter((filter): filter is Extract<(typeof SEARCH_FILTERS)[number], ControlFilter> => filter.control !== 'none');
/** Key of an order-only filter, which an order pages through (src/lib/search/searchState.ts `SORTS`). */
export type OrderKey = Extract<(typeof SEARCH_FILTERS)[number], { control: 'none' }>['key'];
/** URL key of a filter a searcher sets. */
export type FilterKey = Extract<(typeof SEARCH_FILTERS)[number], { control: 'select' | 'checkbox' }>['key'];
/** Every URL filter key, in the fixed order of the query string. */
export const FILTER_KEYS = CONTROL_FILTERS.map((filter) => filter.key as FilterKey);

