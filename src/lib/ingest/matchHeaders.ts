import { labelKey } from '../parse/parseScalars';
import { vacancyFields } from '../schema/vacancy';
import type { SourceConfig } from './sourceConfig';

const SALARY_RANGE_HEADERS = ['gaji', 'upah', 'kisaran gaji', 'rentang gaji', 'salary', 'salary range', 'base salary', 'pay'];

let headerIndex: Map<string, string> | undefined;

/** Accepted header (normalised) → field, from the schema's `headers` meta. */
function knownHeaders(): Map<string, string> {
  if (headerIndex) return headerIndex;
  headerIndex = new Map();
  for (const [field, schema] of Object.entries(vacancyFields.shape)) {
    for (const name of [field, ...(schema.meta()?.headers ?? [])]) headerIndex.set(labelKey(name), field);
  }
  for (const name of SALARY_RANGE_HEADERS) headerIndex.set(labelKey(name), 'salary_range');
  return headerIndex;
}

/** Which field each column feeds; unmatched columns are listed so the publisher can map them. First column wins when two match one field. */
export function matchHeaders(headers: string[], config: SourceConfig): { fields: (string | undefined)[]; unknown: string[]; repeated: string[] } {
  const explicit = new Map(Object.entries(config.columns).map(([header, field]) => [labelKey(header), field]));
  const taken = new Set<string>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  const fields = headers.map((header) => {
    const key = labelKey(header);
    const field = explicit.get(key) ?? knownHeaders().get(key);
    if (!field) {
      if (header) unknown.push(header);
      return undefined;
    }
    if (field === 'ignore') return undefined;
    if (taken.has(field)) {
      repeated.push(header);
      return undefined;
    }
    taken.add(field);
    return field;
  });
  return { fields, unknown, repeated };
}
