import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readCsvFile } from '../readCsvFile';
import { minimumWageSchema, type MinimumWage } from './statsSchema';

/** The provincial minimum wages the site shows: `<dataDir>/reference/ump.csv`, only values traced to a named decree. */
export const MINIMUM_WAGE_FILE = path.join('reference', 'ump.csv');

const rowSchema = z.object({ province_code: z.string(), year: z.coerce.number(), amount: z.coerce.number(), decree: z.string(), source_url: z.string() });

/** Each province's latest traced UMP (`province_code,year,amount,decree,source_url`); no file, no values. */
export function loadMinimumWages(dataDir: string): MinimumWage[] {
  const file = path.join(dataDir, MINIMUM_WAGE_FILE);
  if (!fs.existsSync(file)) return [];
  const latest = new Map<string, MinimumWage>();
  for (const [i, raw] of readCsvFile(file, { strict: true }).entries()) {
    const row = rowSchema.parse(raw);
    const parsed = minimumWageSchema.safeParse({ provinceCode: row.province_code, year: row.year, amount: row.amount, decree: row.decree, source: row.source_url });
    if (!parsed.success) throw new Error(`${file} baris ${i + 2}: ${parsed.error.issues.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ')}`);
    const before = latest.get(parsed.data.provinceCode);
    if (!before || before.year < parsed.data.year) latest.set(parsed.data.provinceCode, parsed.data);
  }
  return [...latest.values()];
}
