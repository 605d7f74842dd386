// Validates data/: prints where every row went and writes the validation report (src/lib/pipeline/validateSources.ts).
import { parseArgs } from 'node:util';
import { validateSources } from '../src/lib/pipeline/validateSources';
import { DEFAULT_WORK_DIR, workFolder } from '../src/lib/pipeline/workFolder';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    report: { type: 'string', default: workFolder(DEFAULT_WORK_DIR).report },
    'as-of': { type: 'string', default: process.env.LOKER_AS_OF },
    strict: { type: 'boolean', default: false },
    /** A published site (a build's output folder): its vacancy pages keep their addresses. */
    published: { type: 'string' },
  },
});

try {
  const passed = validateSources({ dataDir: args.data, reportDir: args.report, asOf: args['as-of'], strict: args.strict, publishedDir: args.published });
  if (!passed) process.exitCode = 1;
} catch (error) {
  console.error(`VALIDASI GAGAL / FAILED: ${(error as Error).message}`);
  process.exitCode = 1;
}
