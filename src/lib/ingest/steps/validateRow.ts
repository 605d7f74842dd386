import type { Issue, IssuePlace } from '../../issues/issue';
import { vacancyInputSchema, type VacancyInput } from '../../schema/vacancy';
import { cellIssue } from './cellIssue';
import type { RawRow } from './mapRow';

/** A row as cells by contract field (from the map step), re-exported for callers of validateRow. */
export type { RawRow };

/** Validate: checks one row against the contract; returns the parsed vacancy or every problem found (one per field), never just the first. */
export function validateRow(row: RawRow, place: IssuePlace): { ok: true; value: VacancyInput } | { ok: false; issues: Issue[] } {
  const result = vacancyInputSchema.safeParse(row);
  if (result.success) return { ok: true, value: result.data };
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const zod of result.error.issues) {
    const field = String(zod.path[0] ?? '');
    if (seen.has(field)) continue;
    seen.add(field);
    issues.push(cellIssue(zod, row, place));
  }
  return { ok: false, issues };
}
