import { t } from '../../i18n';
import { compareCodeUnits } from '../compareCodeUnits';
import type { References } from '../reference/loadReferences';
import type { Vacancy } from '../schema/publishedVacancy';

/** Cells with fewer vacancies than this are suppressed: counts kept out, figures left empty, `suppressed` true. */
export const MIN_CELL = 5;

/** The columns of the labour-demand aggregates, in file order. */
export const AGGREGATE_FIELDS = [
  'area', 'area_name', 'occupation_major', 'occupation_major_title', 'month_posted',
  'vacancies', 'positions', 'pay_reported_share', 'pay_p25', 'pay_median', 'pay_p75', 'suppressed',
] as const;

/** One cell of the aggregates: province × occupation major group × month posted. */
export type AggregateRow = Record<(typeof AGGREGATE_FIELDS)[number], string | number | boolean | undefined>;

/** Names of the areas that are not a province. */
const AREA_NAMES: Record<string, string> = { national: t.labels.nationwide, overseas: t.labels.overseas };

/** The offered monthly pay of a vacancy in Rupiah: the middle of its range, or the one amount reported; undefined for pay in another currency, which is never counted as Rupiah. */
export function payOf(v: Pick<Vacancy, 'salary_min' | 'salary_max' | 'salary_currency'>): number | undefined {
  if ((v.salary_currency ?? 'IDR') !== 'IDR') return undefined;
  return v.salary_min !== undefined && v.salary_max !== undefined ? (v.salary_min + v.salary_max) / 2 : (v.salary_min ?? v.salary_max);
}

/** The q-quantile of sorted numbers, linear between ranks (type 7, as R, pandas and DuckDB's quantile_cont). */
export function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return Math.round(sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (at - low));
}

/**
 * Labour demand by province × KBJI major group × month posted, over every published vacancy (open and not open):
 * vacancies, positions, the share reporting pay and its quartiles. The area is the province code, or `national` /
 * `overseas` for vacancies placed in no province. A cell of fewer than MIN_CELL vacancies shows no figures.
 */
export function labourDemand(vacancies: readonly Vacancy[], references: References): AggregateRow[] {
  const cells = new Map<string, Vacancy[]>();
  for (const v of vacancies) {
    const key = [v.province_code ?? v.region_scope, v.occupation_unit.slice(0, 1), v.date_posted.slice(0, 7)].join('|');
    const cell = cells.get(key);
    if (cell) cell.push(v);
    else cells.set(key, [v]);
  }
  return [...cells.keys()].sort(compareCodeUnits).map((key) => {
    const [area = '', major = '', month = ''] = key.split('|');
    const mine = cells.get(key)!;
    const labels = {
      area, area_name: references.regions.provinceByCode.get(area)?.name ?? AREA_NAMES[area],
      occupation_major: major, occupation_major_title: references.occupations.byCode.get(major)?.titleId, month_posted: month,
    };
    return { ...labels, ...cellFigures(mine) };
  });
}

/** The figures of one cell: vacancies, positions, the share reporting pay and its quartiles; none when under MIN_CELL vacancies. */
export function cellFigures(mine: readonly Vacancy[]): Omit<AggregateRow, 'area' | 'area_name' | 'occupation_major' | 'occupation_major_title' | 'month_posted'> {
  if (mine.length < MIN_CELL) return { vacancies: undefined, positions: undefined, pay_reported_share: undefined, pay_p25: undefined, pay_median: undefined, pay_p75: undefined, suppressed: true };
  const pay = mine.map(payOf).filter((p): p is number => p !== undefined).sort((a, b) => a - b);
  return {
    vacancies: mine.length, positions: mine.reduce((n, v) => n + v.openings, 0),
    pay_reported_share: Math.round((pay.length / mine.length) * 1000) / 1000,
    pay_p25: pay.length ? quantile(pay, 0.25) : undefined, pay_median: pay.length ? quantile(pay, 0.5) : undefined, pay_p75: pay.length ? quantile(pay, 0.75) : undefined,
    suppressed: false,
  };
}

const f = (name: string, type: string, description: string, extra: Record<string, unknown> = {}) => ({ name, type, description, ...extra });

/** The Table Schema of the aggregates file; one row per area × major group × month. */
export function aggregateTableSchema(): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields: [
      f('area', 'string', 'Kode provinsi Kemendagri, atau national / overseas / Province code, or national / overseas', { constraints: { required: true } }),
      f('area_name', 'string', 'Nama provinsi / Province name'),
      f('occupation_major', 'string', 'Golongan pokok KBJI 2014 (1 angka) / KBJI 2014 major group', { constraints: { required: true } }),
      f('occupation_major_title', 'string', 'Nama golongan pokok / Major group title'),
      f('month_posted', 'yearmonth', 'Bulan posting / Month posted', { constraints: { required: true } }),
      f('vacancies', 'integer', 'Lowongan; kosong jika ditekan / Vacancies; empty when suppressed'),
      f('positions', 'integer', 'Jumlah kebutuhan (orang) / Positions to fill'),
      f('pay_reported_share', 'number', 'Bagian lowongan yang mencantumkan gaji / Share reporting pay'),
      f('pay_p25', 'integer', 'Kuartil bawah gaji bulanan (Rp) / Lower quartile of monthly pay (IDR)'),
      f('pay_median', 'integer', 'Median gaji bulanan (Rp) / Median monthly pay (IDR)'),
      f('pay_p75', 'integer', 'Kuartil atas gaji bulanan (Rp) / Upper quartile of monthly pay (IDR)'),
      f('suppressed', 'boolean', `Ditekan: kurang dari ${MIN_CELL} lowongan / Suppressed: fewer than ${MIN_CELL} vacancies`, { constraints: { required: true } }),
    ],
    primaryKey: ['area', 'occupation_major', 'month_posted'], missingValues: [''],
  };
}
