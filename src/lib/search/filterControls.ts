// The search filters as the browser knows them: key, control, parent and text. What a vacancy's values are, how options
// are labelled and ordered lives in the build's half of the registry (src/lib/search/filters.ts), not in the page's script.
import { searchText } from '../../i18n/idSearch';

/** The value a checked checkbox stands for. */
export const CHECKED = 'ya';

interface ControlBase {
  /** The filter's name in the index and in the URL (`?gaji=5-10jt`). */
  key: string;
}

/** A filter a searcher sets on /cari/: a select of its options, or a checkbox meaning the option `ya`. */
export interface FilterControl extends ControlBase {
  control: 'select' | 'checkbox';
  /** Its control's label, and the select's "any" option. */
  text: { label: string; all?: string };
  /** The filter its options belong to; `required`: offered only once the parent is chosen, and dropped with it. */
  parent?: { key: string; required: boolean };
}

/** A filter that only serves an order ("closing soonest", "highest pay", src/lib/search/searchState.ts): no control, no counts. */
export interface OrderControl extends ControlBase {
  control: 'none';
}

const f = searchText.filters;

/** Every search filter once, in the order of the URL and the form (the build adds each one's values, labels and order). */
export const FILTER_CONTROLS = [
  { key: 'provinsi', control: 'select', text: f.provinsi },
  { key: 'kabkota', control: 'select', text: f.kabkota, parent: { key: 'provinsi', required: true } },
  { key: 'jabatan', control: 'select', text: f.jabatan },
  { key: 'golongan', control: 'select', text: f.golongan, parent: { key: 'jabatan', required: false } },
  { key: 'jenis', control: 'select', text: f.jenis },
  { key: 'pendidikan', control: 'select', text: f.pendidikan },
  { key: 'gaji', control: 'select', text: f.gaji },
  { key: 'cara', control: 'select', text: f.cara },
  { key: 'disabilitas', control: 'checkbox', text: f.disabilitas },
  { key: 'diposting', control: 'select', text: f.diposting },
  { key: 'luar', control: 'checkbox', text: f.luar },
  // Orders: "closing soonest" and "highest pay" page through these exact values (src/lib/search/searchPaging.ts), whose
  // files load only when that order is chosen, where a sort key would add ~2.5 B per page to what every search downloads first.
  { key: 'tutup', control: 'none' },
  { key: 'upah', control: 'none' },
  // Not an order: the closing dates of the vacancies that may close in the first days after the index was cut, which
  // the search page hides once past (src/lib/search/searchWindow.ts); a smaller file than `tutup`, which every page has.
  { key: 'berakhir', control: 'none' },
] as const satisfies readonly (FilterControl | OrderControl)[];

type Entry = (typeof FILTER_CONTROLS)[number];
/** Key of any filter, its control's or an order's. */
export type SearchFilterKey = Entry['key'];
/** Key of an order-only filter, which an order pages through (src/lib/search/searchState.ts `SORTS`). */
export type OrderKey = Extract<Entry, { control: 'none' }>['key'];
/** URL key of a filter a searcher sets. */
export type FilterKey = Extract<Entry, { control: 'select' | 'checkbox' }>['key'];
/** The filters a searcher sets, in URL order. */
export const CONTROLS: readonly FilterControl[] = FILTER_CONTROLS.filter((c): c is Extract<Entry, FilterControl> => c.control !== 'none');
/** Every URL filter key, in the fixed order of the query string. */
export const FILTER_KEYS = CONTROLS.map((c) => c.key as FilterKey);
