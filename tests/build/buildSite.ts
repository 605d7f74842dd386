import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../tempDir';
import { SAMPLE_SITE_URL } from '../../src/lib/site/siteConfig';

/** A data folder made of the project's reference data and a fixture's vacancies, as a publisher would lay it out. */
export function fixtureDataDir(fixture: string): string {
  const dir = tempDir('data');
  fs.cpSync(path.resolve('data/reference'), path.join(dir, 'reference'), { recursive: true });
  fs.cpSync(path.resolve('tests/fixtures', fixture), dir, { recursive: true });
  return dir;
}

/** Build options of the shared fixture site: small nationwide partitions, so a nationwide search of its 16 open vacancies spans several, as at national scale. */
export const FIXTURE_BUILD_ARGS = ['--search-partition-pages', '6'];

/** Runs the real build command (`npm run build` does the same) on a data folder, into `out`; a fixture without site.json is a production build, published at the sample address. */
export function runBuild(dataDir: string, out: string, extra: string[] = []) {
  const work = `${out}.work`;
  return spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--data', dataDir, '--out', out, '--work', work, '--as-of', '2026-11-28', ...extra], {
    encoding: 'utf8', env: { LOKER_SITE_URL: SAMPLE_SITE_URL, ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

/** Relative path → SHA-256 of every file under a folder, for comparing two builds. */
export function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const full = path.join(file.parentPath, file.name);
    out.set(path.relative(dir, full), createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
  }
  return out;
}
