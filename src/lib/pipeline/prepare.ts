import { writeOpenData } from '../opendata/writeOpenData';
import { loadReferences } from '../reference/loadReferences';
import { loadRecordWords } from '../search/build/recordWords';
import { readSiteConfig } from '../site/siteConfig';
import { writeStats } from '../stats/writeStats';
import { checkStructuredData } from './checkStructuredData';
import { readLedgerOrError } from '../history/ledger';
import { historyFiles, recordHistory, recordSnapshot } from './history';
import { planSite } from './planSite';
import { readSources } from './readSources';
import { stepTimer } from './stepTimes';
import { validate } from './validate';
import { workFolder } from './workFolder';

/** What the prepare stage needs; plain values, as it runs in a process of its own (prepareProcess.ts). */
export interface PrepareInput {
  dataDir: string;
  workDir: string;
  asOf: string;
  strict: boolean;
  partitionPages: number;
  /** The build's output folder: its published vacancy pages keep their addresses. */
  outDir: string;
  /** The history folder (ledger, archive, change files); default `<dataDir>/ledger`. */
  ledgerDir: string;
}

/** What the prepare stage's process is given (prepareProcess.ts): the prepare input, and whether the build reuses nothing of the published site. */
export interface PrepareStageInput extends PrepareInput {
  full: boolean;
}

/**
 * The data half of the build, everything that holds the whole data set in memory: read the sources, validate, plan the
 * site into the work folder, and check the structured data. Returns whether the build may go on.
 */
export function prepare(input: PrepareInput): boolean {
  const work = workFolder(input.workDir);
  const step = stepTimer();
  // Regions and occupations, loaded once for the ingest, the site data and the JobPosting checks.
  const references = step('references', () => loadReferences(input.dataDir));
  // The ledger, read once: it names each published address's office for the ingest, and the history stage updates it.
  const ledger = step('ledger', () => readLedgerOrError(historyFiles(input.ledgerDir).ledger));
  // 1. Read, validate, resolve and de-duplicate every office's rows (an unchanged file's rows as the previous build found them).
  const result = step('ingest', () => readSources({ dataDir: input.dataDir, asOf: input.asOf, references, publishedDir: input.outDir, ledger, cacheDir: work.ingestCache }));
  // 2. Print the balance and write the report; in strict mode a rejected row stops here and nothing is handed on.
  const valid = step('report', () => validate(result, { reportDir: work.report, strict: input.strict }));
  // 3. The ledger: each vacancy's dates, and the vacancies no export names any more, from the archive (pipeline/history.ts).
  const recorded = valid && step('history', () => recordHistory(result, input.ledgerDir, work, ledger));
  // 4. Write the site data (with the publisher's settings, data/site.json), the search shard plan with each shard's records (with the words searchers use for each occupation), and the sitemap facts.
  if (recorded) step('plan-site', () => planSite({ result, references, work, partitionPages: input.partitionPages, searchWords: loadRecordWords(input.dataDir, references.occupations), site: readSiteConfig(input.dataDir) }));
  // 5. The open-data files of /data/ (CSV, JSON Lines, per province, datapackage.json, SHA256SUMS) and their manifest.
  if (recorded) step('open-data', () => writeOpenData({ result, references, work }));
  // 5b. The labour-demand statistics of /statistik/ (src/lib/stats/), with the minimum wages and the province map.
  if (recorded) step('statistics', () => writeStats({ result, references, dataDir: input.dataDir, work }));
  // 6. This publication's dated snapshot of the open vacancies (kept in the ledger folder once published) and the list of all of them.
  if (recorded) step('snapshot', () => recordSnapshot(work, input.ledgerDir, input.asOf));
  // 7. An open vacancy whose JobPosting JSON-LD breaks a Google required rule stops the build.
  const structured = step('structured-data', () => checkStructuredData(result, references));
  return recorded && structured;
}
