import fs from 'node:fs';
import iconv from 'iconv-lite';
import { z } from 'zod';
import type { MappingFailure, MappingProblem } from '../issues/issue';
import { vacancyFieldNames } from '../schema/vacancy';
import { enumeratedFields } from '../schema/fieldEnums';

/** Pseudo-fields a mapping may target besides contract fields: `salary_range` (one cell `5-7 juta` → salary_min and salary_max), `ignore`. */
export const extraTargets = ['salary_range', 'ignore'] as const;

const target = z.enum([...vacancyFieldNames, ...extraTargets] as unknown as [string, ...string[]]);

/** Per field with an enumeration: the export's own label → one of the field's accepted values. A field without one is an unknown key. */
const valuesSchema = z.strictObject(Object.fromEntries(Object.entries(enumeratedFields).map(([field, accepted]) => [field, z.record(z.string(), z.enum(accepted)).optional()])));

/** A source's optional mapping file (`<source>.mapping.json` beside its CSV, or `mapping.json` in its folder): what its export needs to meet the contract. */
export const sourceConfigSchema = z.strictObject({
  /** Display name of the publishing office, when not in data/sources.csv. */
  name: z.string().optional(),
  /** Cell separator, when detection from the header line is not enough. */
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
  /** Text encoding, e.g. `windows-1252`, when it is not UTF-8. */
  encoding: z.string().refine((e) => iconv.encodingExists(e), { params: { rule: 'unknown-encoding' } }).optional(),
  /** Column header as in the file → contract field (or `salary_range`, `ignore`). */
  columns: z.record(z.string(), target).default({}),
  /** Values for fields the export lacks or leaves empty; the report marks them as defaulted. */
  defaults: z.partialRecord(target, z.string()).default({}),
  /** The export's own labels translated per field, e.g. `{"employment_type": {"Contractual": "contract"}}`; matched ignoring case and spaces; a label not listed is read as usual. */
  values: valuesSchema.default({}),
  /** Cell texts meaning "no value" besides an empty cell (always: N/A, -, null). */
  placeholders: z.array(z.string()).default([]),
  /** Fields computed when absent: `id` from a hash of other columns, `valid_through` as days after date_posted, `occupation_code` from the title. */
  derive: z.strictObject({
    id: z.array(z.string()).min(1).optional(),
    valid_through_days: z.number().int().min(1).max(365).optional(),
    occupation_from_title: z.boolean().optional(),
  }).default({}),
});

/** A parsed mapping file. */
export type SourceConfig = z.output<typeof sourceConfigSchema>;

/** A mapping file read and checked: its settings, or why it cannot be used. */
export type LoadedConfig = { ok: true; config: SourceConfig } | { ok: false; failure: MappingFailure };

/** Reads a mapping file (none: the empty mapping); problems come back as data naming each key to fix. */
export function loadSourceConfig(file: string | undefined): LoadedConfig {
  if (!file) return { ok: true, config: sourceConfigSchema.parse({}) };
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')); // Notepad saves a byte-order mark
  } catch (error) {
    return { ok: false, failure: { kind: 'not-json', error: (error as Error).message } };
  }
  const result = sourceConfigSchema.safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, failure: { kind: 'invalid', problems: result.error.issues.map(mappingProblem) } };
}

/** One zod problem of a mapping file as data: its key path and what the schema expected there. */
function mappingProblem(issue: z.core.$ZodIssue): MappingProblem {
  const path = issue.path.join('.');
  switch (issue.code) {
    case 'unrecognized_keys':
      return path === 'values' ? { path, kind: 'no-enumeration', keys: issue.keys, fields: Object.keys(enumeratedFields) } : { path, kind: 'unknown-keys', keys: issue.keys };
    case 'invalid_value': return { path, kind: 'not-allowed', values: issue.values.map(String), ...(typeof issue.input === 'string' && { value: issue.input }) };
    case 'invalid_type': return { path, kind: 'wrong-type', expected: issue.expected };
    case 'too_small': return { path, kind: 'too-small', minimum: Number(issue.minimum) };
    case 'too_big': return { path, kind: 'too-large', maximum: Number(issue.maximum) };
    case 'custom': return { path, kind: issue.params?.rule === 'unknown-encoding' ? 'unknown-encoding' : 'invalid' };
    default: return { path, kind: 'invalid' };
  }
}
