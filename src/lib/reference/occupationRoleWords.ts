import path from 'node:path';
import { z } from 'zod';
import { labelKey } from '../parse/parseScalars';
import { readCsvFile } from '../readCsvFile';

/**
 * Role families: M manager, S supervisor, E engineer, A analyst or specialist, T trainer, O officer or staff,
 * R client-facing sales role, C clerk, K technician, X machine operator, I trainee (ignored when the title names another
 * role: ISCO-08 codes trainees by the job they train for), N words to skip ("head office").
 */
export type Family = 'M' | 'S' | 'E' | 'A' | 'T' | 'O' | 'R' | 'C' | 'K' | 'X' | 'I' | 'N';

/** Columns of a field row: one per role family (I uses O), and D for a title that names a field but no role. */
export type Column = 'M' | 'S' | 'E' | 'A' | 'T' | 'O' | 'R' | 'C' | 'K' | 'X' | 'D';


/** A role word's family and its own unit group (null: the word alone says too little); data/reference/occupation-role-words.csv, one row per family and unit group. */
export interface Role { family: Family; fallback: string | null }
/**
 * Fields (data/reference/occupation-fields.csv): the unit group per role family (the column letters of Family; D for a title with no role word), then the
 * words. The field of a title is the first row named in the head's segment, then in the other segments in order; a weak
 * row (`weak` = yes) counts only when no other is named. O is required. A missing cell is derived: S → O, or 3341 when O is clerical;
 * E → A, or O when O is a professional; A, D and trainees → O; C → O when clerical; K → O when an associate
 * professional; otherwise the role word's own unit group.
 *
 * One row: its name, whether it is weak, and its unit group per column.
 */
export interface Field { name: string; weak: boolean; codes: Partial<Record<Column, string>> }

/** The title-guessing tables, as read from data/reference: every role word with its family and own unit group, and the field rows in order. */
export interface TitleTables {
  roles: readonly [string, Role][];
  fields: readonly (Field & { words: string[] })[];
}

const code = z.union([z.literal(''), z.string().regex(/^\d{4}$/)]);
const words = z.string().min(1).transform((text) => text.split(',').map((w) => labelKey(w)).filter(Boolean));
const roleRow = z.object({ family: z.enum(['M', 'S', 'E', 'A', 'T', 'O', 'R', 'C', 'K', 'X', 'I', 'N']), code, words });
const COLUMNS = ['M', 'S', 'E', 'A', 'T', 'O', 'R', 'K', 'C', 'X', 'D'] as const;
const fieldRow = z.object({ field: z.string().min(1), weak: z.enum(['', 'yes']), words, ...Object.fromEntries(COLUMNS.map((c) => [c, code])) as Record<Column, typeof code> });

/** Rows of a table through its zod schema; a bad row fails loudly, naming the file and line. */
function parseRows<T>(file: string, schema: z.ZodType<T>): T[] {
  return readCsvFile(file, { strict: true }).map((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw new Error(`${file} line ${i + 2}: ${parsed.error.issues.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ')}`);
    return parsed.data;
  });
}

/** Reads occupation-role-words.csv and occupation-fields.csv from a reference folder (zod-checked). */
export function readTitleTables(referenceDir: string): TitleTables {
  const roles = parseRows(path.join(referenceDir, 'occupation-role-words.csv'), roleRow).flatMap((r) =>
    r.words.map((w): [string, Role] => [w, { family: r.family, fallback: r.code || null }]));
  const fields = parseRows(path.join(referenceDir, 'occupation-fields.csv'), fieldRow).map((r) => {
    const codes: Partial<Record<Column, string>> = {};
    for (const c of COLUMNS) if (r[c]) codes[c] = r[c];
    return { name: r.field, weak: r.weak === 'yes', codes, words: r.words };
  });
  return { roles, fields };
}

/** Inconsistencies of the fallback tables: a unit group that does not exist, a field without its O column (takes any map of groups by code with their level, so this file needs nothing from occupations.ts). */
export function checkFallback(byCode: ReadonlyMap<string, { level: string }>, { roles: ROLES, fields: FIELDS }: TitleTables): string[] {
  const problems = FIELDS.filter((f) => !f.codes.O).map((f) => `title fallback field ${f.name}: no O column`);
  const codes = [...ROLES.flatMap(([w, r]) => (r.fallback ? [[w, r.fallback]] : [])), ...FIELDS.flatMap((f) => Object.values(f.codes).map((c) => [f.name, c]))];
  for (const [where, code] of codes) if (byCode.get(code!)?.level !== 'unit') problems.push(`title fallback ${where}: ${code} is not a unit group`);
  return problems;
}
