import { t } from '../../i18n';
import type { References } from '../reference/loadReferences';
import type { Vacancy } from '../schema/publishedVacancy';
import { openDataFieldNames } from './openDataSchema';

/** One cell of the open data: what JSON Lines writes as is and CSV as text (a list joined by `;`, nothing for undefined). */
export type OpenDataValue = string | number | boolean | readonly string[] | undefined;
/** One row of the open-data files, column name → value. */
export type OpenDataRow = Readonly<Record<string, OpenDataValue>>;

const sectorNames: Record<string, string> = t.labels.sector;

/** The published vacancy with the name beside each code (occupation, sector, province, kabupaten/kota), columns in file order. */
export function openDataRow(vacancy: Vacancy, references: References): OpenDataRow {
  const { occupations, regions } = references;
  const labels: Record<string, string | undefined> = {
    occupation_title: occupations.byCode.get(vacancy.occupation_code)?.titleId,
    employer_sector_name: vacancy.employer_sector && sectorNames[vacancy.employer_sector],
    occupation_unit_title: occupations.byCode.get(vacancy.occupation_unit)?.titleId,
    province_name: vacancy.province_code && regions.provinceByCode.get(vacancy.province_code)?.name,
    regency_name: vacancy.regency_code && regions.regencyByCode.get(vacancy.regency_code)?.name,
  };
  const values = vacancy as unknown as Record<string, OpenDataValue>;
  const row: Record<string, OpenDataValue> = {};
  for (const name of openDataFieldNames) row[name] = name in labels ? labels[name] : values[name];
  return row;
}
