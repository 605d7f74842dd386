import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { FIXTURE_BUILD_ARGS, fixtureDataDir, runBuild } from './build/buildSite';
import { tempDir } from './tempDir';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture site built once by the real build command, shared by build and browser tests. */
    fixtureSite: { dataDir: string; outDir: string; log: string };
  }
}

/** Builds the `build-site` fixture once before all tests (Astro builds sharing one project root must not run at the same time); all test folders live in one temporary folder removed at the end. */
export default function setup(project: TestProject): () => void {
  const runTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'loker-tests-'));
  process.env.LOKER_TEST_TMP = runTmp;
  const dataDir = fixtureDataDir('build-site');
  const outDir = path.join(tempDir('fixture-site'), 'dist');
  const built = runBuild(dataDir, outDir, FIXTURE_BUILD_ARGS);
  const log = built.stdout + built.stderr;
  if (built.status !== 0) throw new Error(`fixture site build failed:\n${log}`);
  project.provide('fixtureSite', { dataDir, outDir, log });
  return () => fs.rmSync(runTmp, { recursive: true, force: true });
}
