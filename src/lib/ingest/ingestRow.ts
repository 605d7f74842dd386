import type { Issue, IssuePlace } from '../issues/issue';
import { slugify } from '../slugify';
import type { Candidate } from './candidate';
import type { TableRow } from './readTable';
import type { SourceConfig } from './sourceConfig';
import { alsoUnresolved } from './steps/alsoUnresolved';
import { checkPlacementAgency } from './steps/checkPlacementAgency';
import { explainUninferred, inferOccupation } from './steps/inferOccupation';
import { mapRow } from './steps/mapRow';
import { placeAbroad, resolveCodes, type References } from './steps/resolveCodes';
import { parseCountry } from '../parse/parseCountry';
import { settleCurrency } from './steps/settleCurrency';
import { validateRow } from './steps/validateRow';

/** What one file tells every row's steps: its columns, the fields they feed, its office's mapping and the references. */
export interface RowContext {
  headers: string[];
  fields: (string | undefined)[];
  config: SourceConfig;
  refs: References;
  /** Whether the file publishes overseas placements (a country other than Indonesia in a cell or the mapping's defaults): a place abroad with no country goes there. */
  routeAbroad: boolean;
  /** The office's own province code (sources.csv), evidence for a bare name several provinces share. */
  officeProvince?: string;
  /** The row-shape check of this file's table. */
  checkShape: (row: TableRow, place: IssuePlace) => Issue | undefined;
}

/** One row through the per-row steps (row shape → map → currency → infer → validate → resolve → overseas placement agency): a candidate vacancy, or the issues rejecting it. */
export function ingestRow(row: TableRow, context: RowContext, place: IssuePlace & { line: number }): { ok: true; candidate: Candidate; warnings: Issue[] } | { ok: false; issues: Issue[] } {
  const { headers, fields, config, refs } = context;
  const misshapen = context.checkShape(row, place);
  if (misshapen) return { ok: false, issues: [misshapen] };
  const mapped = mapRow(row.cells, headers, fields, config);
  const routeAbroad = context.routeAbroad && mapped.row.country === undefined;
  const abroad = () => (mapped.row.country !== undefined && parseCountry(mapped.row.country) !== 'ID') || (routeAbroad && placeAbroad(refs, mapped.row.region ?? '') !== undefined);
  const currency = settleCurrency(mapped, abroad, place);
  const occupationCandidates = inferOccupation(mapped, config, refs.occupations);
  const checked = validateRow(mapped.row, place);
  if (!checked.ok || currency.errors.length) {
    const issues = [...explainUninferred(checked.ok ? [] : checked.issues, mapped.row, config, occupationCandidates), ...currency.errors];
    return { ok: false, issues: [...issues, ...alsoUnresolved(mapped.row, issues, refs, place)] };
  }
  const resolved = resolveCodes(checked.value, refs, place, { routeAbroad, officeProvince: context.officeProvince });
  if (!resolved.ok) return resolved;
  const { source, file, line } = place;
  return {
    ok: true,
    warnings: [...currency.warnings, ...resolved.warnings, ...checkPlacementAgency({ ...checked.value, ...resolved.value }, place)],
    candidate: { ...checked.value, ...resolved.value, source, slug: `${source}-${slugify(checked.value.id)}`, defaulted: mapped.defaulted, ...(mapped.inferred.length && { inferred: mapped.inferred }), file, line },
  };
}
