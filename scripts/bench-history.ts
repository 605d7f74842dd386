// History ledger benchmark: the ledger stage alone (src/lib/history) on N vacancies made from the sample data's, twice (no ledger, then with it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readArchive, writeArchive } from '../src/lib/history/archive';
import { readLedger, writeLedger } from '../src/lib/history/ledger';
import { updateHistory } from '../src/lib/history/updateHistory';
import { ingest } from '../src/lib/ingest/ingest';
import type { Vacancy } from '../src/lib/schema/publishedVacancy';

const { values: args } = parseArgs({ options: { count: { type: 'string', default: '100000' }, 'as-of': { type: 'string', default: '2026-12-01' } } });
const count = Number(args.count);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loker-bench-history-'));
const files = { ledger: path.join(dir, 'ledger.csv'), archive: path.join(dir, 'archive.ndjson') };

// The sample's vacancies, copied under new ids until there are `count`: real field sizes, distinct addresses.
const sample = ingest({ dataDir: path.resolve('data'), asOf: args['as-of'] }).vacancies;
const vacancies: Vacancy[] = Array.from({ length: count }, (_, i) => {
  const v = sample[i % sample.length]!;
  return { ...v, id: `${v.id}-${i}`, slug: `${v.slug}-${i}` };
});

/** Reads, updates and writes the ledger and archive once; seconds per step. */
function run(asOf: string, list: Vacancy[]) {
  const time = <T>(f: () => T): [T, number] => { const s = performance.now(); const r = f(); return [r, (performance.now() - s) / 1000]; };
  const [history, read] = time(() => ({ ledger: readLedger(files.ledger), archive: readArchive(files.archive, new Set(list.map((v) => v.slug))) }));
  const [updated, update] = time(() => updateHistory(list, history, asOf));
  const [, write] = time(() => { writeLedger(files.ledger, updated.ledger); writeArchive(files.archive, updated.archive); });
  return `read ${read.toFixed(1)} s, update ${update.toFixed(1)} s, write ${write.toFixed(1)} s`;
}

const mb = (file: string) => `${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB`;
console.log(`${count} vacancies, without a ledger: ${run(args['as-of'], vacancies)}`);
// The next publication: every 10th vacancy changed, every 50th gone from the exports (withdrawn).
const next = vacancies.filter((_, i) => i % 50 !== 0).map((v, i) => (i % 10 === 0 ? { ...v, openings: v.openings + 1 } : v));
console.log(`${count} vacancies, with the ledger: ${run('2026-12-02', next)}`);
console.log(`ledger.csv ${mb(files.ledger)}, archive.ndjson ${mb(files.archive)}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
fs.rmSync(dir, { recursive: true, force: true });
