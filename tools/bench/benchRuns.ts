import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { measureStages, type StageMeasure } from './measureStages';
import { keepSite, siteDelta, type SiteDelta } from './siteDelta';
import { treeSize } from './treeSize';
import { SAMPLE_SITE_URL } from '../../src/lib/site/siteConfig';
import { STEP_TIME_LINE, STEP_TIMES_VARIABLE } from '../../src/lib/pipeline/stepTimes';

/** One measured run: the project's build (full, data update, no change) or the bare baseline's. */
export interface BenchRun {
  label: string;
  seconds: number;
  peakBytes: number;
  stages: StageMeasure[];
  delta: SiteDelta;
  /** Page files linked from the published site instead of rendered (the build's `Bertahap` line). */
  reused?: number;
  /** Closed vacancies settled: their pages unchanged, their records left out of the site data (src/lib/pipeline/settledPages.ts). */
  settled?: number;
  /** Each step's seconds as the build printed them (LOKER_STEP_TIMES: prepare's steps, then the build's own and its stages'). */
  steps?: [string, number][];
}

const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
const env = { LOKER_SITE_URL: SAMPLE_SITE_URL, ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
/** The project's builds print their step times (src/lib/pipeline/stepTimes.ts); the baseline ignores it. */
const projectEnv = { ...env, [STEP_TIMES_VARIABLE]: '1' };

/** Runs `npm run build` on a data folder into `out`, measuring wall time, the process tree's peak memory, and what it wrote compared with the site before it. */
export async function projectRun(label: string, work: string, build: { data: string; out: string; ledger: string; asOf: string; full?: boolean }): Promise<BenchRun> {
  const kept = path.join(work, 'kept-site');
  // The build checks its output's folder before any stage (src/lib/pipeline/checkOutput.ts): it must exist.
  fs.mkdirSync(path.dirname(build.out), { recursive: true });
  keepSite(build.out, kept);
  const args = [tsx, 'scripts/build.ts', '--data', build.data, '--out', build.out, '--work', `${build.out}.work`, '--ledger', build.ledger, '--as-of', build.asOf, ...(build.full ? ['--full'] : [])];
  const started = performance.now();
  const run = await measureStages(process.execPath, args, projectEnv);
  const seconds = (performance.now() - started) / 1000;
  if (run.exitCode !== 0) throw new Error(`${label}: build failed:\n${run.output}`);
  const delta = siteDelta(kept, build.out);
  fs.rmSync(kept, { recursive: true, force: true });
  const reused = /Bertahap \/ incremental: (\d+) berkas halaman dipakai ulang/.exec(run.output)?.[1];
  const settled = /Bertahap \/ incremental: (\d+) halaman lowongan tertutup tidak berubah/.exec(run.output)?.[1];
  const steps = run.output.split('\n').flatMap((line): [string, number][] => {
    const m = STEP_TIME_LINE.exec(line.trim());
    return m ? [[m[1]!, Number(m[2])]] : [];
  });
  const number = (text: string | undefined) => (text === undefined ? undefined : Number(text));
  return { label, seconds, peakBytes: Math.max(...run.stages.map((s) => s.peakBytes)), stages: run.stages, delta, reused: number(reused), settled: number(settled), steps };
}

/** Generates the baseline's data set of `count` vacancies (untimed), in its own folder. */
export function prepareBaseline(dir: string, count: number): void {
  fs.mkdirSync(path.join(dir, 'data'), { recursive: true });
  const gen = spawnSync(process.execPath, ['scripts/gen.mjs', String(count), 'data/vacancies.csv'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (gen.status !== 0) throw new Error(`baseline generator failed in ${dir}`);
}

/** Runs the bare Astro + Pagefind baseline's build from its folder (its README: `astro build`, then `pagefind --site dist`), from clean. */
export async function baselineRun(dir: string): Promise<BenchRun> {
  for (const stale of ['dist', 'node_modules/.astro', '.astro']) fs.rmSync(path.join(dir, stale), { recursive: true, force: true });
  const script = 'echo "[1/2] astro"; npm run build >/dev/null 2>&1 || exit 1; echo "[2/2] pagefind"; npm run index >/dev/null 2>&1';
  const started = performance.now();
  const run = await measureStages('bash', ['-c', script], { ...env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` }, 100, dir);
  const seconds = (performance.now() - started) / 1000;
  if (run.exitCode !== 0) throw new Error(`baseline build failed in ${dir}:\n${run.output}`);
  const site = treeSize(path.join(dir, 'dist'));
  return { label: 'baseline (full)', seconds, peakBytes: Math.max(...run.stages.map((s) => s.peakBytes)), stages: run.stages, delta: { written: site, uploaded: site, removed: 0, site } };
}
