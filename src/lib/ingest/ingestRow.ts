import type { Issue, IssuePlace } from '../issues/issue';
import { slugify } from '../slugify';
import type { Candidate } from './candidate';
import type { TableRow } from './readTable';
import type { SourceConfig } from './sourceConfig';
import { alsoUnresolved } from './steps/alsoUnresolved';
import { checkPlacementAgency } from './steps/checkPlacementAgency';
import { explainUninferred, inferOccupation } from './steps/inferOccupation';
import { mapRow } from './steps/mapRow';
import { resolveCodes, type References } from './steps/resolveCodes';
import { validateRow } from './steps/validateRow';

/** What one file tells every row's steps: its columns, the fields they feed, its office's mapping and the references. */
export interface RowContext {
  headers: string[];
  fields: (string | undefined)[];
  config: SourceConfig;
  refs: References;
  /** The row-shape check of this file's table. */
  checkShape: (row: TableRow, place: IssuePlace) => Issue | undefined;
}

/** One row through the per-row steps (row shape → map → infer → validate → resolve → overseas placement agency): a candidate vacancy, or the issues rejecting it. */
export function ingestRow(row: TableRow, context: RowContext, place: IssuePlace & { line: number }): { ok: true; candidate: Candidate; warnings: Issue[] } | { ok: false; issues: Issue[] } {
  const { headers, fields, config, refs } = context;
  const misshapen = context.checkShape(row, place);
  if (misshapen) return { ok: false, issues: [misshapen] };
  const mapped = mapRow(row.cells, headers, fields, config);
  inferOccupation(mapped, config, refs.occupations);
  const checked = validateRow(mapped.row, place);
  if (!checked.ok) {
    const issues = explainUninferred(checked.issues, mapped.row, config);
    return { ok: false, issues: [...issues, ...alsoUnresolved(mapped.row, issues, refs, place)] };
  }
  const resolved = resolveCodes(checked.value, refs, place);
  if (!resolved.ok) return resolved;
  const { source, file, line } = place;
  return {
    ok: true,
    warnings: [...resolved.warnings, ...checkPlacementAgency({ ...checked.value, ...resolved.value }, place)],
    candidate: { ...checked.value, ...resolved.value, source, slug: `${source}-${slugify(checked.value.id)}`, defaulted: mapped.defaulted, file, line },
  };
}
