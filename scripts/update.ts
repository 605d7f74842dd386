// The publisher's update routine: validate the data, build and publish the site (src/lib/pipeline/buildSite.ts), then
// say what changed: new, changed, closed, withdrawn and rejected vacancies. Same flags and exit codes as `npm run build`
// (README, "Publishing an update"); run daily by a scheduler, it also closes vacancies past their deadline.
import path from 'node:path';
import { buildSite, type BuildOptions } from '../src/lib/pipeline/buildSite';
import { buildOptionsFromArgs, runCommand } from '../src/lib/pipeline/command';
import { updateSummary } from '../src/lib/pipeline/updateSummary';
import { workFolder } from '../src/lib/pipeline/workFolder';

const started = Date.now();
let options: BuildOptions | undefined;
await runCommand(async () => {
  options = buildOptionsFromArgs();
  let published = false;
  try {
    await buildSite(options);
    published = true;
  } finally {
    const summary = updateSummary(workFolder(options.workDir), started);
    for (const line of summary) console.log(line);
    if (published) console.log(`Hasil / result: DITERBITKAN / PUBLISHED di / at ${path.resolve(options.outDir)}`);
    else if (summary.length > 0) console.log('Hasil / result: TIDAK DITERBITKAN, situs lama tetap / NOT PUBLISHED, the last good site stays (alasan di baris berikut / reason on the next line)');
  }
}, () => (options ? [options.workDir, path.dirname(path.resolve(options.outDir)), '.build'] : []));
