import type { Issue, IssuePlace } from '../../issues/issue';
import { vacancyFields, type VacancyField } from '../../schema/vacancy';
import { matchHeaders } from '../matchHeaders';
import type { Table } from '../readTable';
import type { SourceConfig } from '../sourceConfig';

const REQUIRED = Object.entries(vacancyFields.shape)
  .filter(([, schema]) => !schema.safeParse(undefined).success)
  .map(([field]) => field as VacancyField);

/** The required fields a file has no source for: no column, no default, nothing derived. */
function missingFields(fields: (string | undefined)[], config: SourceConfig): VacancyField[] {
  const present = new Set([...fields, ...Object.keys(config.defaults)]);
  if (present.has('salary_range')) present.add('salary_min');
  if (config.derive.id) present.add('id');
  if (config.derive.valid_through_days) present.add('valid_through');
  if (config.derive.occupation_from_title) present.add('occupation_code');
  return REQUIRED.filter((f) => !present.has(f));
}

/** File checks, last: which field each column feeds, with warnings for unknown and repeated columns and an error for missing required ones. */
export function matchColumns(table: Table, config: SourceConfig, place: IssuePlace): { fields: (string | undefined)[]; issues: Issue[] } {
  const { fields, unknown, repeated } = matchHeaders(table.headers, config);
  const at = { ...place, line: table.headerLine };
  const issues: Issue[] = [];
  if (unknown.length) issues.push({ type: 'file/unknown-column', severity: 'warning', ...at, columns: unknown });
  if (repeated.length) issues.push({ type: 'file/repeated-column', severity: 'warning', ...at, columns: repeated });
  const missing = missingFields(fields, config);
  if (missing.length) issues.push({ type: 'file/missing-column', severity: 'error', ...at, fields: missing });
  return { fields, issues };
}
