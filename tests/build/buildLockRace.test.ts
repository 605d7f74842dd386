import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDataDir } from './buildSite';
import { SAMPLE_SITE_URL } from '../../src/lib/site/siteConfig';
import { tempDir } from '../tempDir';

interface Ended {
  code: number | null;
  output: string;
}

/** Starts a process collecting its output; `ended` resolves when it exits. */
function start(args: string[]) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LOKER_SITE_URL: SAMPLE_SITE_URL } });
  let output = '';
  const said = (word: string) => new Promise<void>((resolve) => {
    const listen = () => output.includes(word) && resolve();
    child.stdout.on('data', listen);
    child.on('exit', () => resolve());
  });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const ended = new Promise<Ended>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
  return { child, said, ended };
}

const run = (args: string[]) => start(args).ended;

const LOCKED_LINE = /^BUILD GAGAL \/ FAILED \(kode keluar \/ exit 4\): Build lain sedang berjalan (?:\(proses \/ process \d+\) )?dengan .*; tunggu sampai selesai lalu jalankan lagi\. \/ Another build is running/m;

describe('builds started at the same instant', () => {
  it('admit exactly one holder of the lock; every other process fails at once with one plain line and exit code 4', async () => {
    for (let trial = 0; trial < 3; trial += 1) {
      const work = tempDir('race');
      const out = path.join(tempDir('race'), 'dist');
      const racers = Array.from({ length: 6 }, () => start(['--import', 'tsx', 'tests/build/faults/lockAt.ts', work, out]));
      // Every process loaded first, then all take the lock at one instant; the holder keeps it until every other has tried.
      await Promise.all(racers.map((r) => r.said('ready')));
      const at = String(Date.now() + 300);
      for (const r of racers) r.child.stdin.write(`${at}\n`);
      await Promise.all(racers.map((r) => r.said('HELD')));
      for (const r of racers) r.child.stdin.end();
      const ended = await Promise.all(racers.map((r) => r.ended));
      expect(ended.filter((e) => e.output.includes('HELD')).map((e) => e.code)).toEqual([0]);
      const refused = ended.filter((e) => !e.output.includes('HELD'));
      expect(refused.map((e) => e.code)).toEqual([4, 4, 4, 4, 4]);
      for (const e of refused) expect(e.output).toMatch(LOCKED_LINE);
    }
  });

  it('runs one of four real build commands on one output; the others stop before any stage', async () => {
    const data = fixtureDataDir('build-site');
    const root = tempDir('race');
    const args = ['node_modules/tsx/dist/cli.mjs', 'scripts/build.ts', '--data', data, '--out', path.join(root, 'dist'), '--work', path.join(root, 'work'), '--as-of', '2026-11-28', '--strict'];
    const ended = await Promise.all(Array.from({ length: 4 }, () => run(args)));
    // The one holder reads the data and stops on its rejected row (--strict: exit 5); the others never reach validation.
    expect(ended.map((e) => e.code).sort()).toEqual([4, 4, 4, 5]);
    expect(ended.filter((e) => e.output.includes('[1/4] validasi'))).toHaveLength(1);
    for (const e of ended.filter((e) => e.code === 4)) expect(e.output).toMatch(LOCKED_LINE);
  });
});
