// Builds the whole site from data/: validate → Astro pages → Pagefind index → swap into dist/ atomically.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { indexWithPagefind } from '../src/lib/build/indexWithPagefind';
import { runAstroBuild } from '../src/lib/build/runAstroBuild';
import { swapDirectory } from '../src/lib/build/swapDirectory';
import { writeSiteData } from '../src/lib/build/writeSiteData';
import { ingest } from '../src/lib/ingest/ingest';
import { todayInJakarta } from '../src/lib/parse/parseDate';
import { formatBalance } from '../src/lib/report/formatReport';
import { writeReport } from '../src/lib/report/writeReport';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'dist' },
    work: { type: 'string', default: '.build' },
    'as-of': { type: 'string', default: process.env.LOKER_AS_OF },
    strict: { type: 'boolean', default: false },
  },
});
const root = process.cwd();
const dataDir = path.resolve(args.data);
const outDir = path.resolve(args.out);
const workDir = path.resolve(args.work);
const asOf = args['as-of'] ?? todayInJakarta();

async function main(): Promise<void> {
  // 1. Read, validate, resolve and de-duplicate every office's rows.
  console.log('[1/4] validasi / validate');
  const result = ingest({ dataDir, asOf });
  // 2. Tell the publisher where every row went, and write the validation report.
  for (const line of formatBalance(result)) console.log(line);
  const reportFiles = writeReport(result, path.join(workDir, 'report'));
  console.log(`Laporan validasi / validation report: ${reportFiles.join(', ')}`);
  // 3. In strict mode any rejected row stops here, before anything is replaced.
  const rejected = result.sources.reduce((n, s) => n + s.rejected, 0);
  if (args.strict && rejected > 0) throw new Error(`--strict: ${rejected} baris ditolak; situs tidak diperbarui. / ${rejected} rows rejected; site not updated.`);
  // 4. Hand the validated data to Astro, build into a fresh folder beside dist/.
  const siteDataFile = path.join(workDir, 'site-data.json');
  writeSiteData(result, dataDir, siteDataFile);
  console.log('[2/4] astro');
  const staging = path.join(workDir, 'dist-next');
  fs.rmSync(staging, { recursive: true, force: true });
  await runAstroBuild({ root, outDir: staging, siteDataFile });
  // 5. Index the open vacancies for search.
  console.log('[3/4] pagefind');
  const { pages } = await indexWithPagefind(staging);
  const open = result.vacancies.filter((v) => v.is_open).length;
  console.log(`Pagefind: ${open} lowongan dibuka diindeks dari ${pages} halaman lowongan / open vacancies indexed of ${pages} vacancy pages`);
  // 6. Publish: swap the finished build in; a failure above leaves the previous dist/ untouched.
  console.log('[4/4] publikasi / publish');
  swapDirectory(staging, outDir);
  console.log(`Selesai / done: ${path.relative(root, outDir) || outDir}`);
}

main().catch((error: Error) => {
  console.error(`BUILD GAGAL / FAILED: ${error.message}`);
  process.exitCode = 1;
});
