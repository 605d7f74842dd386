// Builds the whole site from data/ and publishes it at dist/ in one atomic step (src/lib/pipeline/buildSite.ts); exit codes in src/lib/pipeline/failure.ts.
import path from 'node:path';
import { buildSite, type BuildOptions } from '../src/lib/pipeline/buildSite';
import { buildOptionsFromArgs, runCommand } from '../src/lib/pipeline/command';

let options: BuildOptions | undefined;
await runCommand(
  async () => buildSite((options = buildOptionsFromArgs())),
  () => (options ? [options.workDir, path.dirname(path.resolve(options.outDir)), '.build'] : []),
);
