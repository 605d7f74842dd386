import { createHash } from 'node:crypto';
import { labelKey } from '../../parse/parseScalars';
import { addDays, parseDate } from '../../parse/parseDate';
import { parseRupiahRange } from '../../parse/parseRupiah';
import { parseCountry } from '../../parse/parseCountry';
import { splitCurrency } from '../../parse/parseCurrency';
import { removeBidiControls } from '../../parse/bidiControls';
import type { SourceConfig } from '../sourceConfig';

/** A row as cells by contract field: trimmed, empty cells left out. */
export type RawRow = Partial<Record<string, string>>;

const PLACEHOLDERS = ['n/a', '#n/a', 'na', '-', '--', 'null', 'nil', 'undefined'];

// A file's rows share its header and its office's settings: their keys and placeholder set are worked out once, not per row.
const headerKeysOf = new WeakMap<string[], (string | undefined)[]>();
const emptyOf = new WeakMap<SourceConfig, Set<string>>();
const valuesOf = new WeakMap<SourceConfig, Map<string, Map<string, string>>>();

/** A label as the mapping's `values` match it: case and spaces ignored ("Full Time", "full time", "FULLTIME"). */
const valueKey = (label: string) => label.toLowerCase().replace(/\s+/g, '');

/** The mapping's `values` by field, keyed by valueKey; worked out once per office. */
function translations(config: SourceConfig): Map<string, Map<string, string>> {
  let byField = valuesOf.get(config);
  if (!byField) {
    byField = new Map(Object.entries(config.values).map(([field, labels]) => [field, new Map(Object.entries(labels ?? {}).map(([label, value]) => [valueKey(label), value]))]));
    valuesOf.set(config, byField);
  }
  return byField;
}

function headerKeys(headers: string[]): (string | undefined)[] {
  let keys = headerKeysOf.get(headers);
  if (!keys) headerKeysOf.set(headers, (keys = Array.from(headers, (h) => (h === undefined ? undefined : labelKey(h)))));
  return keys;
}

function emptyCells(config: SourceConfig): Set<string> {
  let empty = emptyOf.get(config);
  if (!empty) emptyOf.set(config, (empty = new Set([...PLACEHOLDERS, ...config.placeholders.map((p) => p.toLowerCase())])));
  return empty;
}

/** A mapped row: its cells by field, the fields filled by default, and the currencies its pay cells were written in (`₱`, `RM`, `USD`). */
export interface MappedRow {
  row: RawRow;
  defaulted: string[];
  /** Fields a later step inferred from other cells (occupation_code from the title). */
  inferred: string[];
  payCurrencies: string[];
}

/** Map: builds the cell-per-field row for one line of a file: bidi controls removed, placeholders dropped, the mapping's own labels translated (`values`), currency signs read off the pay cells, pay ranges split, defaults and derived values filled (and listed as defaulted). */
export function mapRow(cells: string[], headers: string[], fields: (string | undefined)[], config: SourceConfig): MappedRow {
  const empty = emptyCells(config);
  const keys = headerKeys(headers);
  const labels = translations(config);
  const row: RawRow = {};
  const byHeader = new Map<string, string>();
  let rangeCell: string | undefined;
  cells.forEach((written, i) => {
    const cell = removeBidiControls(written);
    if (!cell || empty.has(cell.toLowerCase())) return;
    const key = keys[i];
    if (key !== undefined) byHeader.set(key, cell);
    const field = fields[i];
    if (!field) return;
    if (field === 'salary_range') rangeCell ??= cell;
    else row[field] = labels.get(field)?.get(valueKey(cell)) ?? cell;
  });
  const payCurrencies = new Set<string>();
  const country = parseCountry(row.country ?? config.defaults.country ?? '') ?? 'ID';
  const unmark = (cell: string) => {
    const { currencies, rest } = splitCurrency(cell, country);
    for (const c of currencies) payCurrencies.add(c);
    return rest || undefined;
  };
  for (const field of ['salary_min', 'salary_max'] as const) if (row[field] !== undefined && row[field].length <= 200) row[field] = unmark(row[field]);
  const rangeText = rangeCell !== undefined && rangeCell.length <= 200 ? unmark(rangeCell) : rangeCell;
  if (rangeText !== undefined) {
    const range = rangeText.length <= 200 ? parseRupiahRange(rangeText) : undefined;
    if (range) [row.salary_min, row.salary_max] = [row.salary_min ?? String(range[0]), row.salary_max ?? String(range[1])];
    else row.salary_min ??= rangeText;
  }
  // A range written in the minimum column (`Rp 4-5 juta`) with no maximum fills both.
  if (row.salary_min !== undefined && row.salary_max === undefined) {
    const range = row.salary_min.length <= 200 ? parseRupiahRange(row.salary_min) : undefined;
    if (range && range[0] < range[1]) [row.salary_min, row.salary_max] = [String(range[0]), String(range[1])];
  }
  const defaulted: string[] = [];
  for (const [field, value] of Object.entries(config.defaults)) {
    if (row[field] === undefined && value !== undefined) {
      row[field] = removeBidiControls(value);
      defaulted.push(field);
    }
  }
  const { derive } = config;
  if (row.id === undefined && derive.id) {
    const basis = derive.id.map((h) => byHeader.get(labelKey(h)) ?? '').join('\u0000');
    if (basis.replace(/\u0000/g, '')) {
      row.id = `h${createHash('sha1').update(basis).digest('hex').slice(0, 12)}`;
      defaulted.push('id');
    }
  }
  if (row.valid_through === undefined && derive.valid_through_days && row.date_posted) {
    const posted = parseDate(row.date_posted);
    if (posted) {
      row.valid_through = addDays(posted, derive.valid_through_days);
      defaulted.push('valid_through');
    }
  }
  return { row, defaulted, inferred: [], payCurrencies: [...payCurrencies] };
}
