import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installOpenData } from '../opendata/writeOpenData';
import { takeBuildLock } from './buildLock';
import { buildDate } from './buildDate';
import { checkSearchIndex } from './checkSearchIndex';
import { commitHistory, publishChanges, publishSnapshots } from './history';
import { indexSearch, installSearchIndex, splitShards } from './indexSearch';
import type { PrepareInput } from './prepare';
import { publish } from './publish';
import { render } from './render';
import { commitReuse, linkReusedPages, prepareReuse } from './reuse';
import { runStageProcess } from './runNodeScript';
import { openStaging } from './staging';
import { readShardPlan, workFolder } from './workFolder';

/** What `npm run build` is asked to do (scripts/build.ts). */
export interface BuildOptions {
  dataDir: string;
  outDir: string;
  workDir: string;
  /** The history folder (ledger, archive, change files); default `<dataDir>/ledger`, so each data folder has its own. */
  ledgerDir?: string;
  /** YYYY-MM-DD; default today in Asia/Jakarta. */
  asOf?: string;
  /** Fail when any row is rejected. */
  strict: boolean;
  /** Open vacancies per nationwide search partition (src/lib/search/searchShards.ts). */
  partitionPages: number;
  /** Render every page and index every search shard, reusing nothing of the published site. */
  full?: boolean;
}

/** The site's address, as astro.config.mjs sets it: the change feed's links. */
const SITE_URL = process.env.LOKER_SITE_URL ?? 'https://loker-terbuka.example.id';

const PREPARE_ENTRY = fileURLToPath(new URL('./prepareProcess.ts', import.meta.url));

/**
 * Builds the whole site from the data folder and swaps it into the output folder atomically; a failure anywhere leaves
 * the published site untouched. Each heavy stage runs in its own process, so the peak memory is the largest stage's,
 * not their sum. One build at a time per work folder: builds share its site data, search records and report.
 */
export async function buildSite(options: BuildOptions): Promise<void> {
  const outDir = path.resolve(options.outDir);
  const work = workFolder(options.workDir);
  const asOf = buildDate(options.asOf);
  const ledgerDir = path.resolve(options.ledgerDir ?? path.join(options.dataDir, 'ledger'));
  const release = takeBuildLock(work);
  try {
    // 1. Read the sources, validate, plan the site and search into the work folder, check the structured data (prepare.ts).
    console.log('[1/4] validasi / validate');
    const prepared: PrepareInput = { dataDir: options.dataDir, workDir: work.dir, asOf, strict: options.strict, partitionPages: options.partitionPages, outDir, ledgerDir };
    if ((await runStageProcess(PREPARE_ENTRY, prepared)) !== 0) throw new Error('validasi gagal / validation failed');
    const plan = readShardPlan(work);
    const { small, large } = splitShards(plan);
    // What the published site already holds from the same code and data: those pages and search shards are linked, not made again (reuse.ts).
    const previous = prepareReuse(work, outDir, options.full ?? false);
    const staging = openStaging(process.cwd());
    try {
      // 2. Render every page with Astro while Pagefind indexes the small search shards; both finish before either failure is thrown.
      console.log('[2/4] astro + pagefind');
      const [rendered, smallIndexed] = await Promise.allSettled([render({ outDir: staging.site, work }), indexSearch(work, staging.search, small, plan, previous)]);
      if (rendered.status === 'rejected') throw rendered.reason;
      if (smallIndexed.status === 'rejected') throw smallIndexed.reason;
      const linked = linkReusedPages(work, previous, staging.site);
      if (previous) console.log(`Bertahap / incremental: ${linked} berkas halaman dipakai ulang / page files reused`);
      // 3. Index the large shards after Astro, one at a time, check every open vacancy was indexed, and put the index in the site.
      console.log('[3/4] pagefind');
      const entries = [...smallIndexed.value, ...(await indexSearch(work, staging.search, large, plan, previous))];
      checkSearchIndex(plan, entries);
      installSearchIndex(plan, entries, staging.search, staging.site);
      // The open-data files prepare wrote go beside the /data/ pages Astro rendered.
      installOpenData(work, staging.site);
      publishChanges(work, ledgerDir, staging.site, SITE_URL);
      publishSnapshots(work, ledgerDir, staging.site);
      // 4. Publish: swap the finished build in place of the output folder; only then does the ledger folder take this build's history.
      console.log('[4/4] publikasi / publish');
      publish(staging.site, outDir);
      commitHistory(work, ledgerDir);
      commitReuse(work, outDir, plan);
    } finally {
      staging.remove();
    }
  } finally {
    release();
  }
  console.log(`Selesai / done: ${path.relative(process.cwd(), outDir) || outDir}`);
}
