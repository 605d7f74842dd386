// Ingest at scale: the ingest and validation report of a data folder (e.g. a 200k-row sample made with
// `scripts/generate-sample.ts --count 200000 --out DIR/vacancies --sources DIR/sources.csv`), timed, with the peak
// memory of this process and the sizes of the reports. Run it through `flock /tmp/loker-100k.lock` at scale.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingest } from '../src/lib/ingest/ingest';
import { loadReferences } from '../src/lib/reference/loadReferences';
import { totals } from '../src/lib/report/formatReport';
import { writeReport } from '../src/lib/report/writeReport';

const { values: args } = parseArgs({ options: { data: { type: 'string', default: 'data' }, 'as-of': { type: 'string', default: '2026-12-01' } } });
const dataDir = path.resolve(args.data);
const reportDir = fs.mkdtempSync(path.join(dataDir, '.bench-report-'));
const started = performance.now();
const references = loadReferences(fs.existsSync(path.join(dataDir, 'reference')) ? dataDir : path.resolve('data'));
const result = ingest({ dataDir, asOf: args['as-of'], references });
const ingested = performance.now();
const files = writeReport(result, reportDir);
const done = performance.now();
const t = totals(result);
const size = (f: string) => `${(fs.statSync(f).size / 1e6).toFixed(1)} MB`;
console.log([
  `rows read ${t.read.toLocaleString('en')} = published ${t.accepted.toLocaleString('en')} + merged ${t.duplicates.toLocaleString('en')} + rejected ${t.rejected.toLocaleString('en')}; ${result.issues.length.toLocaleString('en')} issues`,
  `ingest ${((ingested - started) / 1000).toFixed(1)} s, report ${((done - ingested) / 1000).toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  ...files.map((f) => `${path.basename(f)} ${size(f)}`),
].join('\n'));
fs.rmSync(reportDir, { recursive: true });
