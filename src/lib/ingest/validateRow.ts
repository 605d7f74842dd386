import { vacancyInputSchema, type VacancyInput } from '../schema/vacancy';
import type { IngestIssue, IssuePlace } from './issues';
import { messageFor } from './messages';

/** A row as cells by contract field: trimmed, empty cells left out. */
export type RawRow = Partial<Record<string, string>>;

/** Checks one row against the contract; returns the parsed vacancy or every problem found, never just the first. */
export function validateRow(row: RawRow, place: IssuePlace): { ok: true; value: VacancyInput } | { ok: false; issues: IngestIssue[] } {
  const result = vacancyInputSchema.safeParse(row);
  if (result.success) return { ok: true, value: result.data };
  const seen = new Set<string>();
  const issues: IngestIssue[] = [];
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    const cell = row[field];
    // The report quotes the cell; a whole description pasted into a date column is cut short.
    const value = cell !== undefined && cell.length > 200 ? `${cell.slice(0, 200)}…` : cell;
    // An empty cell fails as a wrong type, or for an enumeration as a wrong value: either way the fix is to fill it in.
    const rule = cell === undefined && issue.code !== 'custom' ? 'required' : issue.message;
    if (seen.has(field)) continue;
    seen.add(field);
    const text = messageFor(rule, field, value);
    issues.push({ type: `row/${rule}`, severity: 'error', ...place, field, value, message: text.id, messageEn: text.en });
  }
  return { ok: false, issues };
}
