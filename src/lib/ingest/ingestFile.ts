import type { Issue, IssuePlace } from '../issues/issue';
import type { Candidate } from './candidate';
import { ingestRow } from './ingestRow';
import type { LoadedConfig, SourceConfig } from './sourceConfig';
import type { TableRow } from './readTable';
import { parseCountry } from '../parse/parseCountry';
import { checkFile } from './steps/checkFile';
import { matchColumns } from './steps/matchColumns';
import { readFileTable } from './steps/readFileTable';
import { rowShapeCheck } from './steps/checkRowShape';
import type { References } from './steps/resolveCodes';

/** What one data file gave: its accepted vacancies, and every row read accounted for as accepted or rejected. */
export interface FileIngest {
  candidates: Candidate[];
  read: number;
  rejected: number;
  /** The vacancies (ids, or `line N` for a row without one) of the rows rejected: one vacancy repeated in many snapshots is one. */
  rejectedIds: Set<string>;
  issues: Issue[];
}

/** Whether a file publishes overseas placements: its mapping defaults to a country other than Indonesia, or a row's country cell names one. */
function publishesOverseas(rows: readonly TableRow[], fields: readonly (string | undefined)[], config: SourceConfig): boolean {
  const abroad = (text: string | undefined) => text !== undefined && text.trim() !== '' && (parseCountry(text) ?? 'ID') !== 'ID';
  const column = fields.indexOf('country');
  return abroad(config.defaults.country) || (column >= 0 && rows.some((r) => abroad(r.cells[column])));
}

/** One data file through the file checks (read, header, mapping, columns), then each row through the row steps. */
export function ingestFile(filePath: string, mapping: LoadedConfig & { file: string }, refs: References, place: IssuePlace, officeProvince?: string): FileIngest {
  const out: FileIngest = { candidates: [], read: 0, rejected: 0, rejectedIds: new Set(), issues: [] };
  const read = readFileTable(filePath, mapping.ok ? mapping.config : undefined, place);
  if (!read.ok) return { ...out, issues: [read.issue] };
  const { table } = read;
  out.read = table.rows.length;
  out.issues.push(...read.warnings);
  const checked = checkFile(table, mapping, mapping.file, place);
  if (!checked.ok) return { ...out, rejected: checked.rejected, issues: [checked.issue] };
  const { config } = checked;
  const columns = matchColumns(table, config, place);
  out.issues.push(...columns.issues);
  const context = { headers: table.headers, fields: columns.fields, config, refs, routeAbroad: publishesOverseas(table.rows, columns.fields, config), officeProvince, checkShape: rowShapeCheck(table) };
  const idColumn = columns.fields.indexOf('id');
  for (const row of table.rows) {
    const result = ingestRow(row, context, { ...place, line: row.line, ...(row.record !== row.line && { record: row.record }) });
    if (result.ok) {
      out.candidates.push(result.candidate);
      out.issues.push(...result.warnings);
    } else {
      out.rejected++;
      out.rejectedIds.add(row.cells[idColumn]?.trim() || `${place.file} line ${row.line}`);
      out.issues.push(...result.issues);
    }
  }
  return out;
}
