import Papa from 'papaparse';
import type { OpenDataRow, OpenDataValue } from './openDataRows';

/** A cell as CSV text before escaping: lists joined by `;`, nothing for a missing value; numbers and booleans stay typed so papaparse never escapes them. */
const csvCell = (value: OpenDataValue): string | number | boolean => (value === undefined ? '' : Array.isArray(value) ? value.join(';') : (value as string | number | boolean));

/** The CSV options of every open-data file: RFC 4180 line ends, formula cells neutralised. */
const CSV_OPTIONS = { newline: '\r\n', escapeFormulae: true } as const;

/**
 * RFC 4180 CSV (CRLF, quotes where needed, UTF-8 without BOM) with a header of the column names. A text cell a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'` (papaparse's
 * escapeFormulae); numbers are written as numbers and never escaped, so a negative number stays a number.
 */
export function toCsv(fields: readonly string[], rows: Iterable<OpenDataRow>): string {
  const data = [...rows].map((row) => fields.map((name) => csvCell(row[name])));
  return `${Papa.unparse({ fields: [...fields], data }, CSV_OPTIONS)}\r\n`;
}

/** One line of toCsv's output with its CRLF: the header when given the column names, else a row; the same bytes toCsv writes for it. */
export function csvLine(fields: readonly string[], row?: OpenDataRow): string {
  return `${Papa.unparse([row ? fields.map((name) => csvCell(row[name])) : [...fields]], CSV_OPTIONS)}\r\n`;
}

/** One line of JSON Lines: an object with every column (null where empty), the exact values without CSV escaping. */
export function jsonLine(fields: readonly string[], row: OpenDataRow): string {
  const out: Record<string, unknown> = {};
  for (const name of fields) out[name] = row[name] ?? null;
  return `${JSON.stringify(out)}\n`;
}
