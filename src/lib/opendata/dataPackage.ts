import type { OpenDataFile } from '../pipeline/workFolderSchemas';
import { openDataFields, type OpenDataField } from './openDataSchema';

/** A Table Schema field (Data Package v2). */
export type TableField = Record<string, unknown> & { name: string; type: string };

/** A list column's note: the Data Package v2 profiles have no `list` type, so a list is a string of items joined by `;`. */
export const LIST_NOTE = ' (daftar dipisah ";" / list separated by ";")';

/** The Table Schema type of a column: dates as `date`, lists as strings (LIST_NOTE). */
function typeOf(field: OpenDataField): Pick<TableField, 'type'> & Record<string, unknown> {
  if (field.type === 'array') return { type: 'string' };
  if (field.format === 'date') return { type: 'date' };
  if (field.type === 'string' && (field.format === 'uri' || field.format === 'email')) return { type: 'string', format: field.format };
  return { type: field.type };
}

/** The constraints a column's zod schema states that a Table Schema can say: required, enum, length, range, pattern. */
function constraintsOf(field: OpenDataField): Record<string, unknown> | undefined {
  const safe = (n: number | undefined) => (n !== undefined && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined);
  const constraints = Object.fromEntries(Object.entries({
    // An empty list is an empty cell, so a list column is never required in the CSV.
    required: (field.required && field.type !== 'array') || undefined,
    enum: field.values && [...field.values],
    maxLength: field.type === 'string' ? field.maxLength : undefined,
    minimum: safe(field.minimum), maximum: safe(field.maximum),
    pattern: field.format ? undefined : field.pattern,
  }).filter(([, value]) => value !== undefined));
  return Object.keys(constraints).length > 0 ? constraints : undefined;
}

/** The Table Schema of every open-data vacancy file, generated from the zod schema; `slug` (the page address) is the primary key. */
export function vacancyTableSchema(): Record<string, unknown> {
  const fields = openDataFields().map((field): TableField => {
    const constraints = constraintsOf(field);
    return {
      name: field.name, ...typeOf(field), description: `${field.description} / ${field.descriptionEn}${field.type === 'array' ? LIST_NOTE : ''}`,
      ...(field.example ? { example: field.example } : {}), ...(constraints ? { constraints } : {}),
    };
  });
  return { $schema: 'https://datapackage.org/profiles/2.0/tableschema.json', fields, primaryKey: ['slug'], missingValues: [''] };
}

/** What the package says about itself: the snapshot date, the licence, the publisher, the site address. */
export interface PackageFacts {
  asOf: string;
  siteUrl: string;
  licence: { name: string; path: string; title: string };
  publisher: string;
}

/** `datapackage.json` (Data Package v2): one tabular resource per CSV (plain or gzipped), each with the path of its Table Schema. */
export function dataPackage(files: readonly OpenDataFile[], facts: PackageFacts, schemaOf: (file: OpenDataFile) => string): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'loker-terbuka', title: 'Loker Terbuka: lowongan kerja yang dilaporkan ke kantor layanan penempatan tenaga kerja',
    description: 'Vacancies reported to Indonesia\'s public employment offices (not every vacancy in Indonesia), as of the snapshot date.',
    version: facts.asOf, created: `${facts.asOf}T00:00:00Z`, homepage: `${facts.siteUrl}/data/`,
    licenses: [facts.licence, { name: 'ODbL-1.0', path: 'https://opendatacommons.org/licenses/odbl/1-0/', title: 'Region codes and names: idn-area-data (ODbL 1.0)' }],
    contributors: [{ title: facts.publisher, roles: ['publisher'] }],
    sources: [{ title: 'KBJI 2014 (BPS)', path: 'https://www.bps.go.id/' }, { title: 'idn-area-data', path: 'https://github.com/fityannugroho/idn-area-data' }],
    resources: files.map((file) => ({
      name: file.name, path: file.path, title: file.title, type: 'table', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8',
      // A per-province file is gzipped CSV: `compression` as frictionless-py reads it (the v2 profiles leave it open), the path ends .csv.gz.
      ...(file.path.endsWith('.gz') ? { compression: 'gz' } : {}),
      bytes: file.bytes, hash: `sha256:${file.sha256}`, schema: schemaOf(file),
    })),
  };
}
