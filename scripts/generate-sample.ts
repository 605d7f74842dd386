/**
 * Generates synthetic SAMPLE vacancy CSVs like the exports placement offices send (not real vacancies).
 * Usage: npx tsx scripts/generate-sample.ts [--count 1500] [--seed 1] [--out data/vacancies]
 *        [--as-of 2026-11-28] [--faults 0] [--offices 6] [--sources data/sources.csv] [--update 0.01 [--update-posted 2026-11-29]]
 *        [--archive 400000 --archive-years 4 [--data <folder with reference/>]]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateArchive } from '../tools/sample/generateArchive';
import { generateSample } from '../tools/sample/generateSample';
import { maxOffices } from '../tools/sample/offices';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1500' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'data/vacancies' },
    'as-of': { type: 'string', default: '2026-11-28' },
    faults: { type: 'string', default: '0' },
    offices: { type: 'string', default: '6' },
    sources: { type: 'string' },
    /** The day after's export: this share of the rows changed or added (e.g. 0.01), every other row the same. */
    update: { type: 'string', default: '0' },
    /** The posting date of the update's new vacancies (default --as-of). */
    'update-posted': { type: 'string' },
    /** Also write a ledger of this many past vacancies over `--archive-years` yearly publications (tools/sample/generateArchive.ts). */
    archive: { type: 'string', default: '0' },
    'archive-years': { type: 'string', default: '4' },
    /** The data folder whose reference/ the archive reads and whose ledger/ it writes; default the parent of --out. */
    data: { type: 'string' },
  },
});

const count = Number(values.count);
const seed = Number(values.seed);
const faultRate = Number(values.faults);
const offices = Number(values.offices);
const asOf = values['as-of'];
const update = Number(values.update);
const updatePosted = values['update-posted'];
const problems = [
  !(Number.isInteger(count) && count >= 0) && `--count must be a whole number ≥ 0, got ${values.count}`,
  !(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32) && `--seed must be a whole number from 0 to 4294967295, got ${values.seed}`,
  !(faultRate >= 0 && faultRate <= 1) && `--faults must be a rate from 0 to 1, got ${values.faults}`,
  !(update >= 0 && update <= 1) && `--update must be a rate from 0 to 1, got ${values.update}`,
  !(Number.isInteger(offices) && offices >= 1 && offices <= maxOffices) && `--offices must be from 1 to ${maxOffices}, got ${values.offices}`,
  !(/^\d{4}-\d{2}-\d{2}$/.test(asOf) && !Number.isNaN(Date.parse(asOf))) && `--as-of must be a date YYYY-MM-DD, got ${asOf}`,
  updatePosted !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(updatePosted) && !Number.isNaN(Date.parse(updatePosted))) && `--update-posted must be a date YYYY-MM-DD, got ${updatePosted}`,
].filter(Boolean);

if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
} else {
  const started = performance.now();
  // Generate and write every office's files, then data/sources.csv.
  const summary = generateSample({ count, seed, outDir: values.out, asOf, faultRate, offices, sourcesFile: values.sources, minimumWagesFile: 'data/reference/minimum-wages.csv', update, updatePosted });
  for (const file of summary.files) console.log(`${String(file.rows).padStart(7)}  ${values.out}/${file.file}`);
  console.log(`${String(summary.files.reduce((n, f) => n + f.rows, 0)).padStart(7)}  rows in ${summary.files.length} files; ${summary.faults.length} deliberate faults, ${summary.hostile} hostile descriptions`);
  const sources = path.relative(process.cwd(), summary.sourcesFile);
  console.log(`sources: ${sources.startsWith('..') ? summary.sourcesFile : sources}; ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (Number(values.archive) > 0) {
    const dataDir = values.data ?? path.dirname(path.resolve(values.out));
    const held = generateArchive({ count: Number(values.archive), years: Number(values['archive-years']), seed, asOf, offices, dataDir });
    console.log(`ledger: ${held} vacancies of ${values['archive-years']} past years in ${path.join(dataDir, 'ledger')}; ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
