import path from 'node:path';
import type { IngestResult } from '../ingest/ingest';
import { formatBalance } from '../report/formatReport';
import { writeReport } from '../report/writeReport';

/** How to report a validation: where the report goes, and whether a rejected row fails it. */
export interface ValidateInput {
  reportDir: string;
  strict: boolean;
}

/**
 * Prints where every row went (read = accepted + duplicates + rejected, per office) and writes the validation report.
 * Returns whether the data may be published: always, except in strict mode when a row was rejected.
 */
export function validate(result: IngestResult, input: ValidateInput): boolean {
  for (const line of formatBalance(result)) console.log(line);
  console.log(`Laporan validasi / validation report: ${writeReport(result, path.resolve(input.reportDir)).join(', ')}`);
  const rejected = result.sources.reduce((n, s) => n + s.rejected, 0);
  if (input.strict && rejected > 0) {
    console.error(`--strict: ${rejected} baris ditolak; situs tidak diperbarui. / ${rejected} rows rejected; site not updated.`);
    return false;
  }
  return true;
}
