import type { z } from 'zod';
import type { Issue, IssuePlace } from '../../issues/issue';
import { refinementRules, vacancyFields, type CellKind, type RefinementRule } from '../../schema/vacancy';
import type { RawRow } from './mapRow';

const kinds = new Map<string, CellKind | undefined>(Object.entries(vacancyFields.shape).map(([field, schema]) => [field, schema.meta()?.cell]));

function refinementRule(issue: z.core.$ZodIssue): RefinementRule | undefined {
  const named: unknown = issue.code === 'custom' ? issue.params?.rule : undefined;
  return refinementRules.find((r) => r === named);
}

/**
 * The typed issue for one zod problem of a row, carrying what the schema knows (the minimum, the accepted values):
 * a refinement's rule comes from its `params`, an empty cell is "required", and other problems are read from the zod
 * issue's code and the field's kind of cell. A problem no rule names is `row/invalid-cell`, listed with its zod code.
 */
export function cellIssue(zod: z.core.$ZodIssue, row: RawRow, place: IssuePlace): Issue {
  const field = String(zod.path[0] ?? '');
  const cell = row[field];
  // The report quotes the cell; a whole description pasted into a date column is cut short.
  const value = cell !== undefined && cell.length > 200 ? `${cell.slice(0, 200)}…` : cell;
  const at = { severity: 'error' as const, ...place, field, value };
  const refined = refinementRule(zod);
  if (refined) return { type: `row/${refined}`, ...at };
  // An empty cell fails as a wrong type, or for an enumeration as a wrong value: either way the fix is to fill it in.
  if (cell === undefined && zod.code !== 'custom') return { type: 'row/required', ...at };
  const kind = kinds.get(field);
  switch (zod.code) {
    case 'invalid_type':
      if (kind === 'rupiah') return { type: 'row/invalid-rupiah', ...at };
      if (zod.expected === 'number' || zod.expected === 'int') return { type: 'row/invalid-number', ...at };
      if (zod.expected === 'boolean') return { type: 'row/invalid-boolean', ...at };
      if (zod.expected === 'string') return { type: 'row/invalid-text', ...at };
      break;
    case 'too_small':
      return { type: kind === 'rupiah' ? 'row/implausible-rupiah' : 'row/too-small', ...at, minimum: Number(zod.minimum) };
    case 'too_big':
      return { type: zod.origin === 'number' ? 'row/too-large' : 'row/too-long', ...at, maximum: Number(zod.maximum) };
    case 'invalid_value':
      return { type: kind === 'sector' ? 'row/invalid-sector' : 'row/invalid-option', ...at, accepted: zod.values.map(String) };
    case 'invalid_format':
      if (zod.format === 'date') return { type: 'row/invalid-date', ...at };
      if (zod.format === 'url') return { type: 'row/invalid-url', ...at };
      if (zod.format === 'email') return { type: 'row/invalid-email', ...at };
      if (kind === 'id') return { type: 'row/invalid-id', ...at };
      if (kind === 'occupation') return { type: 'row/invalid-occupation', ...at };
      break;
  }
  return { type: 'row/invalid-cell', ...at, problem: zod.code };
}
