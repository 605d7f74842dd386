import { cellFigures, payOf, MIN_CELL } from '../opendata/aggregates';
import type { Vacancy } from '../schema/publishedVacancy';
import type { MinimumWage, PayRow, StatRow } from './statsSchema';

/** A category of a breakdown, in the order the page shows it. */
export interface Category { key: string; label: string }

/** Groups vacancies by a key; a vacancy whose key is undefined is left out. */
export function groupBy(vacancies: readonly Vacancy[], keyOf: (v: Vacancy) => string | undefined): Map<string, Vacancy[]> {
  const groups = new Map<string, Vacancy[]>();
  for (const v of vacancies) {
    const key = keyOf(v);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(v);
    else groups.set(key, [v]);
  }
  return groups;
}

/** The open data's figures of one cell (aggregates.ts, suppression included); an empty cell shows 0, not a suppressed one. */
function figures(mine: readonly Vacancy[]): Pick<StatRow, 'vacancies' | 'positions' | 'suppressed'> {
  if (mine.length === 0) return { vacancies: 0, positions: 0, suppressed: false };
  const cell = cellFigures(mine);
  return { vacancies: (cell.vacancies as number | undefined) ?? null, positions: (cell.positions as number | undefined) ?? null, suppressed: cell.suppressed === true };
}

/** One row per category, in its order: open vacancies and positions, suppressed below MIN_CELL as in the open data. */
export function breakdown(vacancies: readonly Vacancy[], keyOf: (v: Vacancy) => string | undefined, categories: readonly Category[]): StatRow[] {
  const groups = groupBy(vacancies, keyOf);
  return categories.map((c) => ({ ...c, ...figures(groups.get(c.key) ?? []) }));
}

/**
 * Offered pay of one area's vacancies (Rupiah only, aggregates.ts `payOf`): how many reported it and its quartiles,
 * which are shown only when at least MIN_CELL vacancies reported pay.
 */
export function payRow(category: Category, mine: readonly Vacancy[], minimumWage: MinimumWage | undefined): PayRow {
  const base = { ...category, minimumWage: minimumWage ?? null };
  const none = { p25: null, median: null, p75: null };
  const cell = figures(mine);
  if (cell.suppressed || mine.length === 0) return { ...base, ...none, vacancies: cell.vacancies, reported: cell.suppressed ? null : 0, suppressed: cell.suppressed };
  const reported = mine.filter((v) => payOf(v) !== undefined).length;
  const quartiles = cellFigures(mine);
  const shown = reported >= MIN_CELL
    ? { p25: quartiles.pay_p25 as number, median: quartiles.pay_median as number, p75: quartiles.pay_p75 as number }
    : none;
  return { ...base, ...shown, vacancies: mine.length, reported, suppressed: false };
}
