// Builds the whole site from data/ and publishes it into dist/ atomically (src/lib/pipeline/buildSite.ts).
import { parseArgs } from 'node:util';
import { buildSite } from '../src/lib/pipeline/buildSite';
import { DEFAULT_WORK_DIR } from '../src/lib/pipeline/workFolder';
import { DEFAULT_PARTITION_PAGES } from '../src/lib/search/searchShards';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'dist' },
    work: { type: 'string', default: DEFAULT_WORK_DIR },
    /** The history folder (ledger, archive, change files); default <data>/ledger. */
    ledger: { type: 'string' },
    'as-of': { type: 'string', default: process.env.LOKER_AS_OF },
    strict: { type: 'boolean', default: false },
    /** Render every page and index every shard again, reusing nothing of the published site. */
    full: { type: 'boolean', default: false },
    /** Open vacancies per nationwide recent search partition (src/lib/search/searchShards.ts). */
    'search-partition-pages': { type: 'string', default: String(DEFAULT_PARTITION_PAGES) },
  },
});

try {
  await buildSite({
    dataDir: args.data, ledgerDir: args.ledger, outDir: args.out, workDir: args.work, asOf: args['as-of'], strict: args.strict, partitionPages: Number(args['search-partition-pages']), full: args.full,
  });
} catch (error) {
  console.error(`BUILD GAGAL / FAILED: ${(error as Error).message}`);
  process.exitCode = 1;
}
