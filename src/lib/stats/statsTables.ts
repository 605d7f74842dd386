import type { OpenDataRow } from '../opendata/openDataRows';
import type { PayRow, StatRow } from './statsSchema';

/** The numbers of one chart, as its CSV has them: column names and one row per category. */
export interface ChartData {
  fields: readonly string[];
  rows: OpenDataRow[];
}

const orBlank = (n: number | null) => n ?? undefined;

/** A breakdown's numbers: key, label, vacancies, positions (empty when suppressed) and the suppressed flag. */
export function breakdownData(rows: readonly StatRow[], keyField = 'key', labelField = 'label'): ChartData {
  return {
    fields: [keyField, labelField, 'vacancies', 'positions', 'suppressed'],
    rows: rows.map((r) => ({ [keyField]: r.key, [labelField]: r.label, vacancies: orBlank(r.vacancies), positions: orBlank(r.positions), suppressed: r.suppressed })),
  };
}

/** The weekly postings' numbers: the week's Monday, vacancies posted, suppressed. */
export function weeklyData(rows: readonly StatRow[]): ChartData {
  return { fields: ['week_start', 'vacancies', 'suppressed'], rows: rows.map((r) => ({ week_start: r.key, vacancies: orBlank(r.vacancies), suppressed: r.suppressed })) };
}

/** The pay chart's numbers per area: vacancies, how many reported pay, its quartiles, and the UMP with its decree and source. */
export function payData(rows: readonly PayRow[]): ChartData {
  return {
    fields: ['area', 'area_name', 'vacancies', 'pay_reported', 'pay_p25', 'pay_median', 'pay_p75', 'suppressed', 'ump', 'ump_year', 'ump_decree', 'ump_source'],
    rows: rows.map((r) => ({
      area: r.key, area_name: r.label, vacancies: orBlank(r.vacancies), pay_reported: orBlank(r.reported),
      pay_p25: orBlank(r.p25), pay_median: orBlank(r.median), pay_p75: orBlank(r.p75), suppressed: r.suppressed,
      ump: r.minimumWage?.amount, ump_year: r.minimumWage?.year, ump_decree: r.minimumWage?.decree, ump_source: r.minimumWage?.source,
    })),
  };
}

/** The row of largest vacancies (first in order on a tie), or none when nothing is open. */
export function topRow<R extends { vacancies: number | null }>(rows: readonly R[]): R | undefined {
  return rows.reduce<R | undefined>((best, r) => ((r.vacancies ?? 0) > (best?.vacancies ?? 0) ? r : best), undefined);
}
