import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** Rows of a small CSV file with a header row (reference tables, sources.csv), byte-order mark ignored; `strict` throws on a malformed row. */
export function readCsvFile<Row = Record<string, string>>(file: string, options: { strict?: boolean } = {}): Row[] {
  const parsed = Papa.parse<Row>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  if (options.strict && parsed.errors.length) throw new Error(`${file}: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
  return parsed.data;
}
