import Papa from 'papaparse';
import type { OpenDataRow, OpenDataValue } from './openDataRows';

/** A cell as CSV text before escaping: lists joined by `;`, nothing for a missing value; numbers and booleans stay typed so papaparse never escapes them. */
const csvCell = (value: OpenDataValue): string | number | boolean => (value === undefined ? '' : Array.isArray(value) ? value.join(';') : (value as string | number | boolean));

/**
 * RFC 4180 CSV (CRLF, quotes where needed, UTF-8 without BOM) with a header of the column names. A text cell a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'` (papaparse's
 * escapeFormulae); numbers are written as numbers and never escaped, so a negative number stays a number.
 */
export function toCsv(fields: readonly string[], rows: Iterable<OpenDataRow>): string {
  const data = [...rows].map((row) => fields.map((name) => csvCell(row[name])));
  return `${Papa.unparse({ fields: [...fields], data }, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}

/** JSON Lines: one object per row with every column (null where empty), the exact values without CSV escaping. */
export function toJsonLines(fields: readonly string[], rows: Iterable<OpenDataRow>): string {
  let out = '';
  for (const row of rows) out += `${JSON.stringify(Object.fromEntries(fields.map((name) => [name, row[name] ?? null])))}\n`;
  return out;
}
