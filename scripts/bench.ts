// Build benchmark (issue 16): in one run, interleaved with the bare Astro + Pagefind baseline, a full build, a 1 % data
// update the next day (changed or added vacancies plus that day's closures) and a no-change rebuild the day after:
// wall time, peak memory of the process tree, files and bytes written and uploaded. Wrap 100k runs in
// `flock /tmp/loker-100k.lock`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { addDays } from '../src/lib/parse/parseDate';
import { baselineRun, prepareBaseline, projectRun, type BenchRun } from '../tools/bench/benchRuns';
import { benchReport } from '../tools/bench/benchReport';
import { generateArchive } from '../tools/sample/generateArchive';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'as-of': { type: 'string', default: '2026-11-28' },
    record: { type: 'string', default: 'BENCHMARKS.md' },
    /** Offices in the generated data: 40 spreads vacancies over all 38 provinces by population (national scale); 6 is the shipped sample's. */
    offices: { type: 'string', default: '40' },
    /** Share of vacancies changed or added in the data update. */
    update: { type: 'string', default: '0.01' },
    /** Date the update's new vacancies on the update's day (`next-day`), so the newest posting moves, instead of on --as-of. */
    'update-posted': { type: 'string' },
    /** Rounds of baseline, full, update, no change. */
    pairs: { type: 'string', default: '1' },
    /** A ready copy of ../shared/baseline (its README: copy to /tmp, npm ci); without it the baseline is not run. */
    baseline: { type: 'string' },
    /** Archived vacancies in the ledger before the first build (years of history, tools/sample/generateArchive.ts). */
    archive: { type: 'string', default: '0' },
    /** Keep the generated data and built sites (for `npm run bench:search -- --site <dist>`). */
    keep: { type: 'boolean', default: false },
  },
});
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
const work = fs.mkdtempSync(path.join(os.tmpdir(), `loker-bench-${args.count}-`));
const day = [args['as-of'], addDays(args['as-of'], 1), addDays(args['as-of'], 2)] as const;

/** Generates a data folder (reference data beside the office files, as in data/); `update` gives the next day's export. */
function generate(dir: string, update: string): void {
  fs.cpSync(path.resolve('data/reference'), path.join(dir, 'reference'), { recursive: true });
  const gen = spawnSync(process.execPath, [tsx, 'scripts/generate-sample.ts', '--count', args.count, '--seed', args.seed, '--as-of', args['as-of'], '--offices', args.offices, '--update', update, ...(update !== '0' && args['update-posted'] === 'next-day' ? ['--update-posted', day[1]] : []), '--out', path.join(dir, 'vacancies')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (gen.status !== 0) throw new Error('generator failed');
}

async function main(): Promise<void> {
  if (args['update-posted'] !== undefined && args['update-posted'] !== 'next-day') throw new Error(`--update-posted takes next-day, got ${args['update-posted']}`);
  const [first, next] = [path.join(work, 'data'), path.join(work, 'data-update')];
  generate(first, '0');
  generate(next, args.update);
  const archived = Number(args.archive) > 0 ? path.join(work, 'archive-ledger') : undefined;
  if (archived) generateArchive({ count: Number(args.archive), years: 4, seed: Number(args.seed), asOf: args['as-of'], offices: Number(args.offices), dataDir: first, ledgerDir: archived });
  if (args.baseline) prepareBaseline(args.baseline, Number(args.count));
  const runs: BenchRun[] = [];
  for (let pair = 1; pair <= Number(args.pairs); pair++) {
    if (args.baseline) runs.push(log(await baselineRun(args.baseline)));
    const site = { out: path.join(work, `site-${pair}`, 'dist'), ledger: path.join(work, `site-${pair}`, 'ledger') };
    if (archived) fs.cpSync(archived, site.ledger, { recursive: true });
    runs.push(log(await projectRun('full', work, { ...site, data: first, asOf: day[0], full: true })));
    runs.push(log(await projectRun(`update ${Number(args.update) * 100} %`, work, { ...site, data: next, asOf: day[1] })));
    runs.push(log(await projectRun('no change, next day', work, { ...site, data: next, asOf: day[2] })));
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}`;
  const command = `npm run bench -- --count ${args.count} --offices ${args.offices} --update ${args.update}${args['update-posted'] ? ` --update-posted ${args['update-posted']}` : ''} --as-of ${args['as-of']} --pairs ${args.pairs}${args.baseline ? ' --baseline <copy>' : ''}${archived ? ` --archive ${args.archive}` : ''}`;
  const text = benchReport(runs, { count: Number(args.count), machine, command, date: new Date().toISOString().slice(0, 10) });
  console.log(text);
  fs.appendFileSync(args.record, `${text}\n`);
  if (args.keep) console.log(`Kept: ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
}

function log(run: BenchRun): BenchRun {
  console.log(`${run.label}: ${run.seconds.toFixed(1)} s, ${(run.peakBytes / 2 ** 20).toFixed(0)} MB peak, ${run.delta.written.files} files written, ${run.delta.uploaded.files} uploaded${run.reused === undefined ? '' : `, ${run.reused} pages reused`}`);
  return run;
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
