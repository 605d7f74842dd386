import { writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { OfficeSpec } from './offices';

/** Writes `sources.csv` (`source,name,url`): display names of the sample offices, each marked as sample data. */
export function writeSources(file: string, offices: readonly OfficeSpec[]): void {
  const rows = offices.map((o) => [o.slug, o.name, `https://www.example.com/${o.slug}`]);
  writeFileSync(file, `${Papa.unparse([['source', 'name', 'url'], ...rows], { newline: '\n' })}\n`);
}
