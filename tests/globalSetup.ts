import type { TestProject } from 'vitest/node';
import path from 'node:path';
import { FIXTURE_BUILD_ARGS, fixtureDataDir, runBuild } from './build/buildSite';
import { tempDir } from './tempDir';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture site built once by the real build command, shared by build and browser tests. */
    fixtureSite: { dataDir: string; outDir: string; log: string };
  }
}

/** Global setup of the `site` project: builds the `build-site` fixture once before its tests (Astro builds sharing one project root must not run at the same time), inside the run's temporary folder (tests/testTmp.ts). */
export default function setup(project: TestProject): void {
  const dataDir = fixtureDataDir('build-site');
  const outDir = path.join(tempDir('fixture-site'), 'dist');
  const built = runBuild(dataDir, outDir, FIXTURE_BUILD_ARGS);
  const log = built.stdout + built.stderr;
  if (built.status !== 0) throw new Error(`fixture site build failed:\n${log}`);
  project.provide('fixtureSite', { dataDir, outDir, log });
}
