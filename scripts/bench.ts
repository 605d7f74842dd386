// Build benchmark: generates N synthetic vacancies, runs the real build, records per-stage wall time and peak memory in BENCHMARKS.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { measureStages } from '../tools/bench/measureStages';
import { treeSize } from '../tools/bench/treeSize';
import { SAMPLE_SITE_URL } from '../src/lib/site/siteConfig';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'as-of': { type: 'string', default: '2026-11-28' },
    record: { type: 'string', default: 'BENCHMARKS.md' },
    /** Offices in the generated data: 40 spreads vacancies over all 38 provinces by population (national scale); 6 is the shipped sample's. */
    offices: { type: 'string', default: '40' },
    /** Keep the generated data and built site (for `npm run bench:search -- --site <dist>`). */
    keep: { type: 'boolean', default: false },
  },
});
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
const work = fs.mkdtempSync(path.join(os.tmpdir(), `loker-bench-${args.count}-`));
const dataDir = path.join(work, 'data');
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  // 1. Generate the data set with the reference data beside it, as in data/.
  fs.cpSync(path.resolve('data/reference'), path.join(dataDir, 'reference'), { recursive: true });
  const gen = spawnSync(process.execPath, [tsx, 'scripts/generate-sample.ts', '--count', args.count, '--seed', args.seed, '--as-of', args['as-of'], '--offices', args.offices, '--out', path.join(dataDir, 'vacancies')], { stdio: 'inherit' });
  if (gen.status !== 0) throw new Error('generator failed');
  // 2. Run the real build, sampling the memory of its whole process tree per stage.
  const out = path.join(work, 'dist');
  const started = performance.now();
  const run = await measureStages(process.execPath, [tsx, 'scripts/build.ts', '--data', dataDir, '--out', out, '--work', path.join(work, 'build'), '--as-of', args['as-of']],
    { ASTRO_TELEMETRY_DISABLED: '1', LOKER_SITE_URL: SAMPLE_SITE_URL, ...process.env });
  const total = (performance.now() - started) / 1000;
  if (run.exitCode !== 0) throw new Error(`build failed:\n${run.output}`);
  // 3. Measure the output and record it.
  const size = treeSize(out);
  const search = treeSize(path.join(out, 'pagefind'));
  const peak = Math.max(...run.stages.map((s) => s.peakBytes));
  const lines = [
    '', `### ${args.count} vacancies — ${new Date().toISOString().slice(0, 10)}`, '',
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${mb(os.totalmem())} RAM, Node ${process.version}. Command: \`npm run bench -- --count ${args.count} --offices ${args.offices}\`.`, '',
    '| stage | wall | peak memory (process tree) |', '| --- | --- | --- |',
    ...run.stages.map((s) => `| ${s.stage} | ${s.seconds.toFixed(1)} s | ${mb(s.peakBytes)} |`),
    `| **whole build** | **${total.toFixed(1)} s** | **${mb(peak)}** |`, '',
    `Output: ${size.files.toLocaleString('en')} files, ${mb(size.bytes)}; Pagefind index ${search.files.toLocaleString('en')} files, ${mb(search.bytes)}.`,
    run.output.split('\n').filter((l) => l.startsWith('TOTAL') || l.startsWith('Pagefind:')).map((l) => `\`${l}\``).join('  \n'),
  ];
  console.log(lines.join('\n'));
  fs.appendFileSync(args.record, `${lines.join('\n')}\n`);
  if (args.keep) console.log(`Kept: ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
