import path from 'node:path';
import { loadReferences } from '../reference/loadReferences';
import { readLedgerOrError } from '../history/ledger';
import { buildDate } from './buildDate';
import { readSources } from './readSources';
import { validate } from './validate';

/** What `npm run validate` is asked to do (scripts/validate.ts). */
export interface ValidateSourcesOptions {
  dataDir: string;
  reportDir: string;
  /** YYYY-MM-DD; default today in Asia/Jakarta. */
  asOf?: string;
  /** Fail when any row is rejected. */
  strict: boolean;
  /** A published site whose vacancy pages keep their addresses, as the build would read it. */
  publishedDir?: string;
}

/** Validates the data folder without building: prints where every row went and writes the report. Returns whether it passed. */
export function validateSources(options: ValidateSourcesOptions): boolean {
  const asOf = buildDate(options.asOf);
  const references = loadReferences(options.dataDir);
  const result = readSources({ dataDir: options.dataDir, asOf, references, publishedDir: options.publishedDir, ledger: readLedgerOrError(path.join(options.dataDir, 'ledger', 'ledger.csv')) });
  return validate(result, { reportDir: options.reportDir, strict: options.strict });
}
