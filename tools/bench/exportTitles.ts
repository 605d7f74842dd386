import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

/** The job-title column of each real export folder: job portals, and JobStreet scrapes (semicolon or comma, BOM). */
export const REAL_EXPORTS: readonly [folder: string, column: string][] = [
  ['job-portals-id', 'job_title'],
  ['jobstreet-id-small', 'Job Position'],
];

/** The distinct, trimmed job titles of every CSV of the real exports below `realdataDir`. */
export function readExportTitles(realdataDir: string): Set<string> {
  const titles = new Set<string>();
  for (const [folder, column] of REAL_EXPORTS) {
    for (const file of readdirSync(path.join(realdataDir, folder)).filter((f) => f.endsWith('.csv'))) {
      const text = readFileSync(path.join(realdataDir, folder, file), 'utf8').replace(/^\uFEFF/, '');
      const header = text.slice(0, text.indexOf('\n'));
      const delimiter = header.split(';').length > header.split(',').length ? ';' : ',';
      const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, delimiter }).data;
      for (const row of rows) if (row[column]?.trim()) titles.add(row[column].trim());
    }
  }
  return titles;
}
