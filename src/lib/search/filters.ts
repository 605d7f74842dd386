import type { Vacancy } from '../schema/publishedVacancy';
import { CHECKED, FILTER_CONTROLS, type FilterControl, type OrderControl, type OrderKey, type SearchFilterKey } from './filterControls';
import { EDUCATION_BANDS, NOT_STATED, PAY_BANDS, POSTED_BANDS, educationBand, payBand, payOrderValue, postedBands } from './searchBands';
import { closesSoon, postedValue, type SearchWindow } from './searchWindow';
import { searchOptionText as text } from '../../i18n/idSearch';

export { CHECKED, FILTER_KEYS, type FilterKey, type OrderKey } from './filterControls';

/** Province filter value of nationwide vacancies (no province of their own). */
export const NATIONWIDE = 'seluruh-indonesia';

/**
 * What a search record needs besides the vacancy: slugs of its province and kabupaten/kota, and the day its index is
 * cut as of (src/lib/search/searchWindow.ts): a record holds nothing relative to the build date, so the next day's build
 * reuses it.
 */
export interface RecordContext {
  provinceSlug?: string;
  regencySlug?: string;
  window: SearchWindow;
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
  /** Where its values come from: the vacancy's own fields, or its place (province, kabupaten/kota), listed last in a record. */
  from: 'vacancy' | 'place';
  /** The vacancy's values, every one a string (a null crashes Pagefind's Node API); none leaves the filter out of its record. */
  values: (v: Vacancy, ctx: RecordContext) => string[];
}

/** What the build knows of a filter with a control, besides its control (src/lib/search/filterControls.ts). */
interface ControlBuild extends FilterBase {
  /**
   * Which facet files count its options: `nationwide` (counted over the whole country, the same list in every file, so
   * choosing one can switch scope), `scope` (in each scope's file), `narrow` (in each scope but the whole country's).
   */
  counted: 'nationwide' | 'scope' | 'narrow';
  /** Option order: a natural one (bands, the schema's codes), by visible label, or by code. */
  order: { by: 'natural'; values: (names: OptionNames) => readonly string[] } | { by: 'label' | 'code' };
  /** An option's visible label. */
  label: (value: string, names: OptionNames) => string;
  /** The options a vacancy is counted under on the build date, when they are not its record's values ("posted within" bands; the record has its posting date). */
  options?: (v: Vacancy, asOf: string) => string[];
  /** The parent filter's value an option belongs to (for a filter with a parent). */
  parentOf?: (value: string, names: OptionNames) => string | undefined;
}

/** A filter a searcher sets on /cari/: a control, a URL key, and option counts written per scope. */
export type ControlFilter = FilterControl & ControlBuild;
/** A filter that only serves an order: no control, no counts. */
export type OrderFilter = OrderControl & FilterBase;
/** One search filter. */
export type SearchFilter = ControlFilter | OrderFilter;

const labelFrom = (text: Record<string, string>) => (value: string) => text[value] ?? value;
const occupationLabel = (value: string, names: OptionNames) => `${value} ${names.occupation(value) ?? ''}`.trim();
const yesNo = (text: { yes: string; no: string }) => (value: string) => (value === CHECKED ? text.yes : text.no);
const flag = (yes: boolean) => [yes ? CHECKED : 'tidak'];
const natural = (values: readonly string[]) => ({ by: 'natural', values: () => values }) as const;

/** The build's half of every filter, by key: its values in a vacancy's record, and its options' counting, order and labels. */
const BUILD: { [K in SearchFilterKey]: K extends OrderKey ? FilterBase : ControlBuild } = {
  provinsi: {
    from: 'place', counted: 'nationwide', order: { by: 'label' },
    values: (v, ctx) => (v.region_scope === 'national' ? [NATIONWIDE] : ctx.provinceSlug ? [ctx.provinceSlug] : []),
    label: (value, names) => (value === NATIONWIDE ? text.nationwide : names.province(value) ?? value),
  },
  kabkota: {
    from: 'place', counted: 'narrow', order: { by: 'label' }, values: (_v, ctx) => (ctx.regencySlug ? [ctx.regencySlug] : []),
    label: (value, names) => names.regency(value)?.name ?? value, parentOf: (value, names) => names.regency(value)?.provinceSlug,
  },
  jabatan: { from: 'vacancy', counted: 'scope', order: { by: 'code' }, values: (v) => [v.occupation_unit.slice(0, 1)], label: occupationLabel },
  golongan: {
    from: 'vacancy', counted: 'scope', order: { by: 'code' }, values: (v) => [v.occupation_unit], label: occupationLabel,
    parentOf: (value) => value.slice(0, 1),
  },
  jenis: {
    from: 'vacancy', counted: 'scope', order: { by: 'natural', values: (names) => Object.keys(names.employmentType) },
    values: (v) => [v.employment_type], label: (value, names) => names.employmentType[value] ?? value,
  },
  pendidikan: {
    from: 'vacancy', counted: 'scope', order: natural([...EDUCATION_BANDS.map((b) => b.value), NOT_STATED]),
    values: (v) => [educationBand(v)], label: labelFrom(text.educationBands),
  },
  gaji: {
    from: 'vacancy', counted: 'scope', order: natural([...PAY_BANDS.map((b) => b.value), NOT_STATED]),
    values: (v) => [payBand(v)], label: labelFrom(text.payBands),
  },
  cara: {
    from: 'vacancy', counted: 'scope', order: { by: 'natural', values: (names) => Object.keys(names.workMode) },
    values: (v) => [v.work_mode ?? 'onsite'], label: (value, names) => names.workMode[value] ?? value,
  },
  disabilitas: { from: 'vacancy', counted: 'scope', order: natural([CHECKED, 'tidak']), values: (v) => flag(!!v.disability_friendly), label: yesNo(text.checks.disabilitas) },
  diposting: {
    from: 'vacancy', counted: 'scope', order: natural(POSTED_BANDS.map((b) => b.value)),
    values: (v, ctx) => [postedValue(v.date_posted, ctx.window)], options: (v, asOf) => postedBands(v.date_posted, asOf),
    label: labelFrom(text.postedBands),
  },
  luar: { from: 'vacancy', counted: 'scope', order: natural([CHECKED, 'tidak']), values: (v) => flag(v.region_scope === 'overseas'), label: yesNo(text.checks.luar) },
  tutup: { from: 'vacancy', values: (v) => [v.valid_through] },
  upah: { from: 'vacancy', values: (v) => [payOrderValue(v)] },
  // Only on records closing within days of the cut. A shard none of whose records has it is searched unnarrowed by
  // `{ none: [...] }` (Pagefind 1.6; tests/browser/searchWeek.test.ts searches such shards).
  berakhir: { from: 'vacancy', values: (v, ctx) => (closesSoon(v.valid_through, ctx.window) ? [v.valid_through] : []) },
};

/**
 * Every search filter once, in the order of the URL and the form: its control (src/lib/search/filterControls.ts, all
 * the browser bundles) and the build's half. The index's filters, the facet counts, the state in the URL, the controls
 * on /cari/ and the browser's wiring are all derived from this list.
 */
export const SEARCH_FILTERS: readonly SearchFilter[] = FILTER_CONTROLS.map((control) => ({ ...control, ...BUILD[control.key] }) as SearchFilter);

/** The filters a searcher sets, in URL order. */
export const CONTROL_FILTERS: readonly ControlFilter[] = SEARCH_FILTERS.filter((filter): filter is ControlFilter => filter.control !== 'none');
