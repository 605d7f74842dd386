// Prepare-stage benchmark: runs the prepare stage alone (its own process, as the build starts it) on a full export, its
// next-day update and a no-change rebuild the day after, each history committed as publishing would, and prints each
// step's time and the peak memory as a Markdown section for BENCHMARKS.md.
// Usage: npm run bench:prepare -- --data <first export> [--update <next day's export>] --tmp /tmp/<name>/bench
//        [--as-of 2026-11-28] [--rounds 1] [--cpu-prof <folder>] [--code <another checkout>]
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureStages } from '../tools/bench/measureStages';
import { addDays } from '../src/lib/parse/parseDate';
import { commitHistory } from '../src/lib/pipeline/history';
import type { PrepareStageInput } from '../src/lib/pipeline/prepare';
import { STEP_TIME_LINE, STEP_TIMES_VARIABLE } from '../src/lib/pipeline/stepTimes';
import { workFolder } from '../src/lib/pipeline/workFolder';
import { DEFAULT_PARTITION_PAGES } from '../src/lib/search/searchShards';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string' }, update: { type: 'string' }, tmp: { type: 'string' },
    'as-of': { type: 'string', default: '2026-11-28' }, code: { type: 'string', default: '.' }, rounds: { type: 'string', default: '1' }, 'cpu-prof': { type: 'string' },
    /** A folder for each run's list of work-folder files and their SHA-256 (the ingest cache left out), to compare two checkouts' output. */
    hashes: { type: 'string' },
  },
});
if (!args.data || !args.tmp) throw new Error('--data and --tmp are required');
const tmp = path.resolve(args.tmp);
// The project whose prepare stage runs (default this one; another checkout to compare, with the step-time lines of prepare.ts).
const code = path.resolve(args.code);
const entry = path.join(code, 'src/lib/pipeline/prepareProcess.ts');

interface Run { label: string; seconds: number; peakBytes: number; steps: Map<string, { seconds: number; peakBytes: number }> }

/** One prepare process on `data` as of `asOf`, its history committed to `ledger` afterwards as a published build would. */
async function prepareRun(label: string, data: string, asOf: string, ledger: string, work: string): Promise<Run> {
  // Nothing published to reuse: the stage alone, as in a full build.
  const input: PrepareStageInput = { dataDir: path.resolve(data), workDir: work, asOf, strict: false, partitionPages: DEFAULT_PARTITION_PAGES, outDir: path.join(tmp, 'out'), ledgerDir: ledger, full: true };
  const prof = args['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(args['cpu-prof'], label.replace(/\W+/g, '-'))] : [];
  const started = performance.now();
  const measured = await measureStages(process.execPath, [...prof, '--import', 'tsx', entry, JSON.stringify(input)], { ...process.env, [STEP_TIMES_VARIABLE]: '1' }, 100, code);
  const seconds = (performance.now() - started) / 1000;
  if (measured.exitCode !== 0) throw new Error(`${label}: prepare exited ${measured.exitCode}\n${measured.output.slice(-2000)}`);
  const steps = new Map<string, { seconds: number; peakBytes: number }>();
  for (const line of measured.output.split('\n')) {
    const m = STEP_TIME_LINE.exec(line.trim());
    if (m) steps.set(m[1]!, { seconds: Number(m[2]), peakBytes: Number(m[3]) });
  }
  if (args.hashes) {
    const files = fs.readdirSync(work, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('ingest-cache') && fs.statSync(path.join(work, f)).isFile()).sort();
    fs.mkdirSync(args.hashes, { recursive: true });
    fs.writeFileSync(path.join(args.hashes, `${label.replace(/\W+/g, '-')}.txt`), files.map((f) => `${createHash('sha256').update(fs.readFileSync(path.join(work, f))).digest('hex')}  ${f}\n`).join(''));
  }
  commitHistory(workFolder(work), ledger);
  return { label, seconds, peakBytes: Math.max(...steps.values().map((s) => s.peakBytes)), steps };
}

const rounds = Number(args.rounds);
const runs: Run[] = [];
for (let round = 0; round < rounds; round++) {
  const [ledger, work] = [path.join(tmp, 'ledger'), path.join(tmp, 'work')];
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(ledger, { recursive: true });
  const day = (n: number) => addDays(args['as-of'], n);
  runs.push(await prepareRun('full', args.data, day(0), ledger, work));
  if (args.update) runs.push(await prepareRun('update', args.update, day(1), ledger, work));
  runs.push(await prepareRun('no change, next day', args.update ?? args.data, day(args.update ? 2 : 1), ledger, work));
  for (const run of runs.slice(-3)) console.error(`${run.label}: ${run.seconds.toFixed(1)} s, peak ${(run.peakBytes / 2 ** 20).toFixed(0)} MB`);
}

const labels = [...new Set(runs.map((r) => r.label))];
const stepNames = [...new Set(runs.flatMap((r) => [...r.steps.keys()]))];
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const of = (label: string) => runs.filter((r) => r.label === label);
const cell = (label: string, step: string) => `${median(of(label).map((r) => r.steps.get(step)?.seconds ?? NaN)).toFixed(2)} s`;
console.log([
  '', `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end.`,
  `Command: \`npm run bench:prepare -- --data ${args.data}${args.update ? ` --update ${args.update}` : ''} --rounds ${rounds}${args.code === '.' ? '' : ` --code ${args.code}`}\` (medians of ${rounds}).`, '',
  `| step | ${labels.join(' | ')} |`, `| --- | ${labels.map(() => '---:').join(' | ')} |`,
  ...stepNames.map((step) => `| ${step} | ${labels.map((l) => cell(l, step)).join(' | ')} |`),
  `| **whole process** | ${labels.map((l) => `**${median(of(l).map((r) => r.seconds)).toFixed(1)} s**`).join(' | ')} |`,
  `| peak RSS | ${labels.map((l) => `${(median(of(l).map((r) => r.peakBytes)) / 2 ** 20).toFixed(0)} MB`).join(' | ')} |`,
].join('\n'));
