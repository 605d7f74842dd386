import { z } from 'zod';
import { publishedVacancySchema, type Vacancy } from '../schema/publishedVacancy';

/** One published field as stored in the site data: its JSON type, its item type for lists, its accepted values for options. */
interface StoredField {
  type?: string;
  items?: string;
  values?: ReadonlySet<unknown>;
}

interface JsonProperty {
  type?: string;
  items?: { type?: string };
  enum?: unknown[];
}

// Derived from the published schema (its output JSON Schema), so the field list is never written twice.
const published = z.toJSONSchema(publishedVacancySchema, { io: 'output', unrepresentable: 'any' }) as { properties: Record<string, JsonProperty>; required?: string[] };
const fields = new Map<string, StoredField>(Object.entries(published.properties).map(([name, p]) => [name, { type: p.type, items: p.items?.type, values: p.enum && new Set(p.enum) }]));
const required = published.required ?? [];

const jsonType = (value: unknown) => (Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : value === null ? 'null' : typeof value);
const typeFits = (actual: string, expected: string | undefined) => expected === undefined || actual === expected || (expected === 'number' && actual === 'integer');

/**
 * What is wrong with a stored vacancy's shape, or undefined: every field known to the published schema, of its JSON
 * type (an option among its values), and every required field present. The value rules (dates, links, ranges) were
 * checked when the row was ingested; this catches a file from another version of the code or edited by hand, for
 * 0.4 s per 100,000 vacancies where parsing each again with the schema takes 4.5 s and ~300 MB more in the Astro process.
 */
export function storedVacancyProblem(value: unknown): string | undefined {
  if (jsonType(value) !== 'object') return `bukan objek / not an object (${jsonType(value)})`;
  const vacancy = value as Record<string, unknown>;
  for (const name in vacancy) {
    const field = fields.get(name);
    if (!field) return `kolom tidak dikenal / unknown field "${name}"`;
    const actual = jsonType(vacancy[name]);
    const fits = typeFits(actual, field.type) && (!field.values || field.values.has(vacancy[name]))
      && (actual !== 'array' || (vacancy[name] as unknown[]).every((item) => typeFits(jsonType(item), field.items)));
    if (!fits) return `kolom "${name}" tidak sesuai skema / field "${name}" does not fit the schema (${JSON.stringify(vacancy[name])})`;
  }
  const missing = required.find((name) => !(name in vacancy));
  return missing && `kolom wajib "${missing}" tidak ada / required field "${missing}" missing`;
}

/** A vacancy of the site data, checked by shape (storedVacancyProblem) and kept as read, so no second copy is made. */
export const storedVacancySchema = z.custom<Vacancy>((value) => storedVacancyProblem(value) === undefined, { error: (issue) => storedVacancyProblem(issue.input) });
