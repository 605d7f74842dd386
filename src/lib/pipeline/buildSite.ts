import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSite } from '../gates/checkSite';
import { installOpenData } from '../opendata/writeOpenData';
import { resolveSiteUrl, SITE_CONFIG_FILE, SITE_URL_VARIABLE } from '../site/siteConfig';
import { takeBuildLock } from './buildLock';
import { buildDate } from './buildDate';
import { checkOutputLocation } from './checkOutput';
import { checkSearchIndex } from './checkSearchIndex';
import { BuildFailure, classifyFailure, EXIT, historyNotKept, stageFailed } from './failure';
import { commitHistory, publishChanges, publishSnapshots } from './history';
import { indexSearch, installSearchIndex, LARGE_SHARD_WORKERS, splitShards } from './indexSearch';
import type { PrepareStageInput } from './prepare';
import { publish, settleLayout } from './publish';
import { render } from './render';
import { commitReuse, linkReusedPages, readPrevious } from './reuse';
import { runStageProcess } from './runNodeScript';
import { openStaging } from './staging';
import { asyncStepTimer, stepTimer } from './stepTimes';
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

const PREPARE_ENTRY = fileURLToPath(new URL('./prepareProcess.ts', import.meta.url));

/**
 * Builds the whole site from the data folder and publishes it at the output folder in one atomic step (publish.ts); a
 * failure anywhere throws a BuildFailure (one line, an exit code) and leaves the last good site live. Each heavy stage
 * runs in its own process, so the peak memory is the largest stage's, not their sum. One build at a time per work
 * folder and per output (buildLock.ts).
 */
export async function buildSite(options: BuildOptions): Promise<void> {
  const outDir = path.resolve(options.outDir);
  const work = workFolder(options.workDir);
  const asOf = buildDate(options.asOf);
  const ledgerDir = path.resolve(options.ledgerDir ?? path.join(options.dataDir, 'ledger'));
  // 0. Before any stage: the output location can be published to, the site has an address, no other build runs.
  checkOutputLocation({ outDir, dataDir: options.dataDir, workDir: work.dir, stagingRoot: path.resolve('.build') });
  const siteUrl = siteAddress(options.dataDir);
  const release = takeBuildLock(work, outDir);
  try {
    settleLayout(outDir);
    const timed = stepTimer();
    // 1. Find what the published site already holds from the same code and data (reused, not made again: reuse.ts), read
    // the sources, validate, plan the site and search into the work folder, check the structured data (prepareProcess.ts).
    console.log('[1/4] validasi / validate');
    const prepared: PrepareStageInput = { dataDir: options.dataDir, workDir: work.dir, asOf, strict: options.strict, partitionPages: options.partitionPages, outDir, ledgerDir, full: options.full ?? false };
    fs.rmSync(work.reusePrevious, { force: true });
    const prepareCode = await runStageProcess(PREPARE_ENTRY, prepared);
    if (prepareCode !== 0) throw classifyFailure(prepareCode === EXIT.data ? dataStopped(work.report) : stageFailed('prepare', prepareCode), [work.dir]);
    const previous = readPrevious(work);
    const plan = readShardPlan(work);
    const { small, large } = splitShards(plan);
    const staging = openStaging(process.cwd());
    try {
      // 2. Render every page with Astro while Pagefind indexes the small search shards; both finish before either failure is thrown.
      console.log('[2/4] astro + pagefind');
      const step = asyncStepTimer();
      const [rendered, smallIndexed] = await Promise.allSettled([step('astro', () => render({ outDir: staging.site, work })), step('pagefind-small', () => indexSearch(work, staging.search, small, plan, previous))]);
      if (rendered.status === 'rejected') throw rendered.reason;
      if (smallIndexed.status === 'rejected') throw smallIndexed.reason;
      // 3. Index the large shards after Astro, two processes at once, while the pages this build did not render are
      // linked from the published site; check every open vacancy was indexed, and put the index in the site.
      console.log('[3/4] pagefind');
      const [linked, largeIndexed] = await Promise.allSettled([step('link', () => linkReusedPages(work, previous, staging.site)), step('pagefind-large', () => indexSearch(work, staging.search, large, plan, previous, LARGE_SHARD_WORKERS))]);
      if (linked.status === 'rejected') throw linked.reason;
      if (largeIndexed.status === 'rejected') throw largeIndexed.reason;
      if (previous) console.log(`Bertahap / incremental: ${linked.value} berkas halaman dipakai ulang / page files reused`);
      const entries = [...smallIndexed.value, ...largeIndexed.value];
      timed('install', () => {
        checkSearchIndex(plan, entries);
        installSearchIndex(plan, entries, staging.search, staging.site);
        // The open-data files prepare wrote go beside the /data/ pages Astro rendered.
        installOpenData(work, staging.site);
        publishChanges(work, ledgerDir, staging.site, siteUrl);
        publishSnapshots(work, ledgerDir, staging.site);
      });
      // The gates: a broken link, invalid HTML, sitemap or structured data, or a vacancy without its page stops the publication.
      await step('gates', () => checkSite({ siteDir: staging.site, work, siteUrl }));
      // 4. Publish: the finished build goes live in one atomic step (publish.ts); only then does the ledger folder take this build's history.
      console.log('[4/4] publikasi / publish');
      timed('publish', () => publish(staging.site, outDir));
    } catch (error) {
      // Told while the staging folder is still there: a stage that died of a full disk leaves it full.
      throw classifyFailure(error, [staging.site, work.dir, path.dirname(outDir)], EXIT.stage);
    } finally {
      timed('remove-staging', () => staging.remove());
    }
    try {
      timed('commit-history', () => commitHistory(work, ledgerDir));
    } catch (error) {
      throw historyNotKept(error, ledgerDir);
    }
    // What the live site was built from, for the next build's reuse (reuse.ts); if it cannot be kept, the next build is a full one.
    timed('commit-reuse', () => commitReuse(work, outDir, plan));
  } finally {
    release();
  }
  console.log(`Selesai / done: ${path.relative(process.cwd(), outDir) || outDir}`);
}

/** The site's address (src/lib/site/siteConfig.ts), handed to every stage through the environment; a production build without one stops here. */
function siteAddress(dataDir: string): string {
  const address = resolveSiteUrl(dataDir);
  if ('problem' in address) throw new BuildFailure(EXIT.config, address.problem);
  process.env[SITE_URL_VARIABLE] = address.url;
  console.log(address.sample
    ? `Build CONTOH dari data contoh (${path.join(dataDir, SITE_CONFIG_FILE)}: "sample": true), alamat ${address.url} / SAMPLE build from sample data, address ${address.url}`
    : `Alamat situs / site address: ${address.url}`);
  return address.url;
}

/** The failure of a prepare stage that ended non-zero: the data stopped it (its lines above say why), the report tells the rest. */
function dataStopped(reportDir: string): BuildFailure {
  return new BuildFailure(EXIT.data, `Data menghentikan build (lihat baris di atas dan ${path.relative(process.cwd(), reportDir) || reportDir}); situs lama tetap. Perbaiki data lalu jalankan lagi. / The data stopped the build (see the lines above and the report); the last good site stays in place. Fix the data and run again.`);
}
